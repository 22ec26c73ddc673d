// `make dist`, after `trunk build`: minifies the JS a visitor downloads, in place, with esbuild
// (about 3 KiB less gzip), then writes into the loader the SHA-384 hash of every file it
// fetches, so it refuses any that was changed after the build. Each file stays an ES module
// with its own name and exports: `import.meta.url` and the dynamic imports are kept, and esbuild adds no eval, so the files still run under a strict
// Content-Security-Policy. The configurator's files (configure*.js, preview.js) are left
// readable: a visitor never downloads them.
// The loader alone is bundled, with web/first-screen.js. The first screen's markup
// (web/first-screen.json) is split into one small file per language, first-screen/<lang>.json,
// fetched beside the stylesheet (which it waits for anyway).
// Last, the preload hints of index.html and frame.html get the same hashes, so the browser
// uses what they fetched early.
// Usage: node scripts/minify.mjs [dist]
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync, transformSync } from 'esbuild';

const dir = process.argv[2] ?? 'dist';
// What a visitor downloads: the wasm-bindgen glue, the standalone page's start script, the
// iframe page's script, the QR encoder (loaded on "Your code" only), and the embed loader,
// last, once the files it checks are final.
const FILES = ['app/intimacy-check.js', 'start.js', 'frame.js', 'qr.js', 'intimacy-check.js'];
// The oldest engines the wasm itself needs (reference types, bulk memory): esbuild writes no
// syntax newer than they understand.
const TARGET = ['chrome96', 'firefox91', 'safari15', 'edge96'];

/** `sha384-…` of a file in `dir`, as an `integrity` attribute takes it. */
const sri = (name) => `sha384-${createHash('sha384').update(readFileSync(join(dir, name))).digest('base64')}`;

const first = JSON.parse(readFileSync('web/first-screen.json', 'utf8'));
mkdirSync(join(dir, 'first-screen'), { recursive: true });
for (const lang of Object.keys(first).filter((k) => k.length === 2)) {
  writeFileSync(join(dir, 'first-screen', `${lang}.json`), JSON.stringify({ composed: first.composed, runs: first.runs, [lang]: first[lang] }));
}

for (const name of FILES) {
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const define = {};
  if (name === 'intimacy-check.js') {
    // Every file the loader fetches from its own folder (the practice's own words are not).
    const checked = ['app/intimacy-check.js', 'app/intimacy-check_bg.wasm', 'widget.css', 'qr.js',
      ...readdirSync(join(dir, 'texts')).filter((f) => f.endsWith('.json')).map((f) => `texts/${f}`),
      ...readdirSync(join(dir, 'first-screen')).map((f) => `first-screen/${f}`)];
    define.__IC_INTEGRITY__ = JSON.stringify(Object.fromEntries(checked.map((f) => [f, sri(f)])));
  }
  const options = { minify: true, format: 'esm', target: TARGET, legalComments: 'none', charset: 'utf8', define };
  const { code, warnings } = name === 'intimacy-check.js'
    ? (({ outputFiles, warnings: w }) => ({ code: outputFiles[0].text, warnings: w }))(
      buildSync({ ...options, entryPoints: [path], bundle: true, write: false }))
    : transformSync(source, options);
  for (const w of warnings) console.warn(`minify ${name}: ${w.text}`);
  writeFileSync(path, code);
  console.log(`minified ${name}: ${source.length} -> ${code.length} bytes`);
}

// The early fetches of the two pages, checked like the loader's own.
for (const page of ['index.html', 'frame.html']) {
  const path = join(dir, page);
  // A preload `as="fetch"` takes no integrity (Chromium warns and ignores it); the fetch that
  // uses it checks the hash itself.
  const html = readFileSync(path, 'utf8').replace(/<link rel="(modulepreload|preload)" href="([^"]+)"( as="fetch")?/g,
    (all, rel, href, fetchAs) => (fetchAs ? all : `${all} integrity="${sri(href.replace(/^\.\//, ''))}"`));
  writeFileSync(path, html);
}
