// `make dist`, last: writes a `.gz` (gzip -9) and a `.br` (brotli 11) beside every wasm, JS,
// CSS, HTML and JSON file, so a host can send them as they are (nginx `gzip_static` and
// `brotli_static`, Caddy `precompressed`, Apache rewrite rules: docs/embedding.md) instead of
// compressing on each request, or at a lower level. `make serve` sends them the same way.
// Usage: node scripts/precompress.mjs [dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliBuffer, gzipBuffer } from './size-lib.mjs';

export const PRECOMPRESSED = /\.(wasm|js|css|html|json)$/;

/** Every file under `dir` that gets precompressed copies. */
export function compressible(dir, prefix = '') {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) return compressible(dir, rel);
    return PRECOMPRESSED.test(name) ? [rel] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  let raw = 0, gz = 0, br = 0;
  for (const rel of compressible(dir)) {
    const body = readFileSync(join(dir, rel));
    const g = gzipBuffer(body), b = brotliBuffer(body);
    writeFileSync(join(dir, `${rel}.gz`), g);
    writeFileSync(join(dir, `${rel}.br`), b);
    raw += body.length; gz += g.length; br += b.length;
  }
  console.log(`precompressed ${dir}: ${raw} bytes -> ${gz} gzip, ${br} brotli`);
}
