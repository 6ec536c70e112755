// Writes .br (quality 11) and .gz (level 9) next to every compressible file of the built site, so the
// server sends them as they are instead of compressing on each request (tower-http ServeDir picks
// them by Accept-Encoding). Run after `cargo leptos build --release`.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = /\.(wasm|js|css|svg|webmanifest|txt|json)$/;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (COMPRESSIBLE.test(name)) {
      const raw = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
    }
  }
}

walk(process.argv[2]);
