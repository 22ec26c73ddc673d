// `make dist`, after `trunk build`: minifies the JS a visitor downloads, in place, with esbuild
// (about 3 KiB less gzip). Each file stays an ES module with its own name and exports:
// nothing is bundled, `import.meta.url` and the relative imports are kept, and esbuild adds
// no eval, so the files still run under a strict Content-Security-Policy. The configurator's
// files (configure*.js, preview.js) are left readable: a visitor never downloads them.
// Usage: node scripts/minify.mjs [dist]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.argv[2] ?? 'dist';
// What a visitor downloads: the wasm-bindgen glue, the embed loader, the standalone page's
// start script, the iframe page's script, and the QR encoder (loaded on "Your code" only).
const FILES = ['app/intimacy-check.js', 'intimacy-check.js', 'start.js', 'frame.js', 'qr.js'];
// The oldest engines the wasm itself needs (reference types, bulk memory): esbuild writes no
// syntax newer than they understand.
const TARGET = ['chrome96', 'firefox91', 'safari15', 'edge96'];

for (const name of FILES) {
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const { code, warnings } = transformSync(source, {
    minify: true, format: 'esm', target: TARGET, legalComments: 'none', charset: 'utf8',
  });
  for (const w of warnings) console.warn(`minify ${name}: ${w.text}`);
  writeFileSync(path, code);
  console.log(`minified ${name}: ${source.length} -> ${code.length} bytes`);
}
