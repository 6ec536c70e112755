// Prints the size of the browser bundle (raw and brotli, as served), for build reports.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dir = process.argv[2];
const rows = readdirSync(dir)
  .filter((f) => /\.(wasm|js|css)$/.test(f))
  .map((f) => {
    const raw = readFileSync(join(dir, f));
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { file: f, raw: raw.length, br };
  });
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";
for (const r of rows) console.log(`${r.file.padEnd(48)} ${kb(r.raw)} raw ${kb(r.br)} brotli`);
const code = rows.filter((r) => /\.(wasm|js)$/.test(r.file));
console.log(`${"wasm + js".padEnd(48)} ${kb(code.reduce((s, r) => s + r.raw, 0))} raw ${kb(code.reduce((s, r) => s + r.br, 0))} brotli`);
