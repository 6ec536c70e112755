// Prints the size of the browser bundle (raw and brotli, as served), for build reports.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

// Also JavaScript of every page: the step navigator, inline in the HTML (comment lines and
// indentation removed, as app/src/lib.rs serves it).
const navigator = readFileSync(new URL("../app/src/step_navigator.js", import.meta.url), "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("//"))
  .join("\n");
const navBr = brotliCompressSync(Buffer.from(navigator), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${"step navigator (inline in each page)".padEnd(48)} ${kb(navigator.length)} raw ${kb(navBr)} brotli`);
const codeBr = code.reduce((s, r) => s + r.br, 0) + navBr;
console.log(`${"wasm + js of a first visit (target 100 KB)".padEnd(48)} ${" ".repeat(15)} ${kb(codeBr)} brotli`);
// Not part of a page's first visit: the offline engine, fetched by the service worker once installed.
const engine = join(dirname(dir), "moteur", "hors-ligne.wasm");
if (existsSync(engine)) {
  const raw = readFileSync(engine);
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${"offline engine (service worker, after install)".padEnd(48)} ${kb(raw.length)} raw ${kb(br)} brotli`);
}
