// `make size`: what every change costs a visitor.
//   1. Raw, gzip -9 and brotli q11 bytes of each file a visitor of the embedded widget
//      downloads (loader, styles, JS glue, wasm), and their total, against size-budget.json.
//   2. The wasm by group (our modules, Yew, serde, std collections and sort, the allocator,
//      the data section, …), from a names-kept build of the same code: built with v0 symbol
//      names in target/size, run through wasm-bindgen and `wasm-opt -Oz -g` (names kept,
//      code the same size). Each group's share of the gzip is measured as the gzip of the
//      whole code section minus the gzip without that group's function bodies.
// Set SIZE_BREAKDOWN=0 to skip part 2 (it builds the crate once more).
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { ON_DEMAND_FILES, brotli, budget, gzip, visitorBytes } from './size-lib.mjs';

const pad = (s, n) => String(s).padStart(n);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

const { rows, total } = visitorBytes('dist');
const limit = budget().gzip_bytes;
console.log('What a visitor of the embedded widget downloads (bytes):');
console.log(`${'file'.padEnd(30)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(30)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'total'.padEnd(30)}${pad(total.raw, 10)}${pad(total.gzip, 10)}${pad(total.brotli, 10)}`);
console.log(`gzip total ${kib(total.gzip)}; budget ${limit} bytes (${kib(limit)}), ${limit - total.gzip} to spare`);
const brLimit = budget().brotli_bytes;
console.log(`brotli total ${kib(total.brotli)}; budget ${brLimit} bytes (${kib(brLimit)}), ${brLimit - total.brotli} to spare`);
// Fetched only when a visitor opens "Your code": every other visitor pays nothing for it.
for (const [when, file] of ON_DEMAND_FILES) {
  const buf = readFileSync(`dist/${file}`);
  console.log(`${when}: ${file} ${buf.length} raw, ${gzip(buf)} gzip, ${brotli(buf)} brotli`);
}

if (process.env.SIZE_BREAKDOWN === '0') process.exit(0);

// A names-kept build of the same code.
const env = { ...process.env, RUSTFLAGS: '-C symbol-mangling-version=v0', CARGO_TARGET_DIR: 'target/size' };
execFileSync('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'intimacy-check', '--quiet'],
  { env, stdio: 'inherit' });
const built = 'target/size/wasm32-unknown-unknown/release/intimacy-check.wasm';
execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', 'target/size/bindgen', built], { stdio: 'inherit' });
const named = 'target/size/named.wasm';
execFileSync('wasm-opt', ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
  'target/size/bindgen/intimacy-check_bg.wasm', '-o', named], { stdio: 'inherit' });
if (!existsSync(named)) process.exit(1);

/** The function bodies (with their names) and the data segments' bytes of a wasm module. */
function anatomy(buf) {
  let pos = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = buf[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  };
  const str = () => {
    const len = u32();
    const s = buf.toString('utf8', pos, pos + len);
    pos += len;
    return s;
  };
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = 0;
  while (pos < buf.length) {
    const id = buf[pos++];
    const size = u32();
    const end = pos + size;
    if (id === 2) {
      for (let n = u32(); n > 0; n--) {
        str();
        str();
        const kind = buf[pos++];
        if (kind === 0) { u32(); imported++; } else if (kind === 1) { pos++; const f = u32(); u32(); if (f & 1) u32(); }
        else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 3) { pos += 2; } else { pos += 1; u32(); }
      }
    } else if (id === 10) {
      for (let n = u32(), i = 0; i < n; i++) {
        const len = u32();
        bodies.push({ index: imported + i, start: pos, end: pos + len });
        pos += len;
      }
    } else if (id === 11) {
      data += size;
    } else if (id === 0) {
      const name = str();
      if (name === 'name') {
        while (pos < end) {
          const sub = buf[pos++];
          const subSize = u32();
          const subEnd = pos + subSize;
          if (sub === 1) for (let n = u32(); n > 0; n--) { const idx = u32(); names.set(idx, str()); }
          pos = subEnd;
        }
      }
    }
    pos = end;
  }
  return { bodies: bodies.map((b) => ({ ...b, name: names.get(b.index) || '' })), data };
}

// Groups by the crate that owns a function: the first `crate[hash]` in its demangled name.
// Generic code from Yew or std made for our types (a component's run, drop glue) is its
// own group, since each component or type adds one.
const VIEWS = /::(components|hooks|provider|quiz|app|embed|download|crypto|storage)::/;
function groupOf(name) {
  const crates = [...name.matchAll(/([a-z_][a-z0-9_]*)\[[0-9a-f]{16}\]/g)].map((m) => m[1]);
  const owner = crates[0] || '';
  if (owner === 'intimacy_check') return VIEWS.test(name) ? 'our views and shell' : 'our core (state, plan, partner, saved, catalog)';
  if (crates.includes('intimacy_check')) return 'Yew and std generics made for our types';
  if (/^(yew|implicit_clone|prokio|tokise)$/.test(owner)) return 'Yew runtime';
  if (/^serde/.test(owner)) return 'serde + serde_json';
  if (/btree/.test(name)) return 'std collections (BTreeMap/BTreeSet)';
  if (/sort/.test(name) && /^(core|alloc)$/.test(owner)) return 'std sort';
  if (owner === 'dlmalloc' || owner === 'lol_alloc') return 'allocator';
  if (owner === 'hashbrown') return 'hashbrown (Yew\'s maps)';
  if (/^(wasm_bindgen|js_sys|web_sys|gloo)/.test(owner)) return 'wasm-bindgen, js-sys, web-sys, gloo';
  if (/^(core|alloc|std)$/.test(owner)) return 'core / alloc / std misc';
  return 'other (unnamed, glue)';
}

const wasm = readFileSync(named);
const { bodies, data } = anatomy(wasm);
const codeBytes = (keep) => Buffer.concat(bodies.filter(keep).map((b) => wasm.subarray(b.start, b.end)));
const wholeGzip = gzip(codeBytes(() => true));
const byGroup = new Map();
for (const b of bodies) {
  const g = groupOf(b.name);
  const e = byGroup.get(g) || { raw: 0, count: 0 };
  e.raw += b.end - b.start;
  e.count++;
  byGroup.set(g, e);
}
console.log(`\nThe wasm by group (names-kept build; code ${kib(bodies.reduce((s, b) => s + b.end - b.start, 0))} raw, ${kib(wholeGzip)} gzip; data section ${kib(data)} raw):`);
console.log(`${'group'.padEnd(58)}${pad('functions', 10)}${pad('raw', 10)}${pad('gzip share', 12)}`);
const sorted = [...byGroup.entries()].sort((a, b) => b[1].raw - a[1].raw);
for (const [g, e] of sorted) {
  const share = wholeGzip - gzip(codeBytes((b) => groupOf(b.name) !== g));
  console.log(`${g.padEnd(58)}${pad(e.count, 10)}${pad(e.raw, 10)}${pad(share, 12)}`);
}
console.log(`${'data section (texts, tables, strings)'.padEnd(58)}${pad('', 10)}${pad(data, 10)}${pad('', 12)}`);
