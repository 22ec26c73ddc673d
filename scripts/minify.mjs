// `make dist`, after `trunk build`: minifies the JS a visitor downloads, in place, with esbuild
// (about 3 KiB less gzip), then writes into the loader the SHA-384 hash of every file it
// fetches, so it refuses any that was changed after the build. Each file stays an ES module
// with its own name and exports: `import.meta.url` and the dynamic imports are kept, and esbuild adds no eval, so the files still run under a strict
// Content-Security-Policy. The configurator's files (configure*.js, preview.js) are left
// readable: a visitor never downloads them.
// The loader alone is bundled, with web/first-screen.js and the first screen's markup in the
// default language (web/first-screen.json), so the intro comes with the loader and needs no
// request of its own: on the slow phone that was faster than a small file per language,
// fetched beside the stylesheet (`make bench` compares the two, see firstScreenFiles). Every
// other language's first screen is such a file, first-screen/<lang>.json: each language held
// in the loader would cost every visitor about 1.9 KB gzip.
// Last, the preload hints of index.html and frame.html get the same hashes, so the browser
// uses what they fetched early.
// Usage: node scripts/minify.mjs [dist]. `make bench` also imports it, to build the loader
// with a first-screen file per language and compare the two (issue 21).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync, transformSync } from 'esbuild';

// What a visitor downloads: the wasm-bindgen glue, the standalone page's start script, the
// iframe page's script, the QR encoder (loaded on "Your code" only), and the embed loader,
// last, once the files it checks are final.
const FILES = ['app/intimacy-check.js', 'start.js', 'frame.js', 'qr.js', 'intimacy-check.js'];
// The oldest engines the wasm itself needs (reference types, bulk memory): esbuild writes no
// syntax newer than they understand.
const TARGET = ['chrome96', 'firefox91', 'safari15', 'edge96'];
const OPTIONS = { minify: true, format: 'esm', target: TARGET, legalComments: 'none', charset: 'utf8' };

/** `sha384-…` of a file in `dir`, as an `integrity` attribute takes it. */
const sri = (dir, name) => `sha384-${createHash('sha384').update(readFileSync(join(dir, name))).digest('base64')}`;

/** The hash of every file the loader fetches from its own folder `dir` (the practice's own
 * words are not the widget's and are not checked); `more` are other files it fetches. */
export function integrity(dir, more = []) {
  const checked = ['app/intimacy-check.js', 'app/intimacy-check_bg.wasm', 'widget.css', 'qr.js',
    ...readdirSync(join(dir, 'texts')).filter((f) => f.endsWith('.json')).map((f) => `texts/${f}`), ...more];
  return Object.fromEntries(checked.map((f) => [f, sri(dir, f)]));
}

/** The language whose first screen the loader holds (the widget's default). */
export const INLINE_LANG = 'en';

/** The first screen's markup in `lang`, with the parts every language shares (written by
 * src/first_screen.rs into web/first-screen.json). */
export const firstScreen = (lang) => {
  const { composed, runs, [lang]: words } = JSON.parse(readFileSync('web/first-screen.json', 'utf8'));
  return { composed, runs, [lang]: words };
};
/** Every language the first screen is in. */
const firstScreenLangs = () => Object.keys(JSON.parse(readFileSync('web/first-screen.json', 'utf8'))).filter((k) => k.length === 2);

/** One file per language in `dir`, first-screen/<lang>.json, for each language but `inlined`
 * (all of them for `make bench`'s other way, a loader bundled with `first` null). Returns
 * their paths. */
export function firstScreenFiles(dir, inlined = null) {
  mkdirSync(join(dir, 'first-screen'), { recursive: true });
  return firstScreenLangs().filter((lang) => lang !== inlined).map((lang) => {
    writeFileSync(join(dir, 'first-screen', `${lang}.json`), JSON.stringify(firstScreen(lang)));
    return `first-screen/${lang}.json`;
  });
}

/** The loader `entry` bundled with web/first-screen.js and minified. `first` is the first
 * screen's markup it holds (the release: the default language's), or null to fetch each. */
export function bundleLoader(entry, hashes, first = null) {
  const define = { __IC_INTEGRITY__: JSON.stringify(hashes), __IC_FIRST__: first ? JSON.stringify(first) : 'undefined' };
  const { outputFiles, warnings } = buildSync({ ...OPTIONS, define, entryPoints: [entry], bundle: true, write: false });
  for (const w of warnings) console.warn(`minify ${entry}: ${w.text}`);
  return outputFiles[0].text;
}

function main(dir) {
  for (const name of FILES) {
    const path = join(dir, name);
    const source = readFileSync(path, 'utf8');
    let code;
    if (name === 'intimacy-check.js') {
      code = bundleLoader(path, integrity(dir, firstScreenFiles(dir, INLINE_LANG)), firstScreen(INLINE_LANG));
    }
    else {
      const out = transformSync(source, OPTIONS);
      for (const w of out.warnings) console.warn(`minify ${name}: ${w.text}`);
      code = out.code;
    }
    writeFileSync(path, code);
    console.log(`minified ${name}: ${source.length} -> ${code.length} bytes`);
  }
  // Bundled into the loader above: the copy Trunk put beside it is never fetched.
  rmSync(join(dir, 'first-screen.js'), { force: true });

  // The early fetches of the two pages, checked like the loader's own.
  for (const page of ['index.html', 'frame.html']) {
    const path = join(dir, page);
    // A preload `as="fetch"` takes no integrity (Chromium warns and ignores it); the fetch that
    // uses it checks the hash itself.
    const html = readFileSync(path, 'utf8').replace(/<link rel="(modulepreload|preload)" href="([^"]+)"( as="fetch")?/g,
      (all, rel, href, fetchAs) => (fetchAs ? all : `${all} integrity="${sri(dir, href.replace(/^\.\//, ''))}"`));
    writeFileSync(path, html);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv[2] ?? 'dist');
