// What one visitor of the embedded widget downloads, and what it costs: shared by
// `make size` (scripts/size.mjs) and the size budget test (tests/size/budget.test.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** The files a visitor of an embedded widget fetches, from the loader to the plan screen. */
/** One language file: an English visitor's (the largest language costs about the same). */
export const VISITOR_FILES = ['intimacy-check.js', 'widget.css', 'app/intimacy-check.js', 'app/intimacy-check_bg.wasm',
  'texts/en.json'];

/** Files a visitor fetches only sometimes, and when: the QR encoder, and the first screen in
 * a language the loader does not hold (it holds English). */
export const ON_DEMAND_FILES = [['on "Your code" only', 'qr.js'], ['in Spanish only, instead of the loader\'s English first screen', 'first-screen/es.json']];

export const gzipBuffer = (buf) => gzipSync(buf, { level: 9 });
export const brotliBuffer = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
export const gzip = (buf) => gzipBuffer(buf).length;
export const brotli = (buf) => brotliBuffer(buf).length;

/** Raw, gzip and brotli bytes of each visitor file in `dist`, and their totals. */
export function visitorBytes(dist = 'dist') {
  const rows = VISITOR_FILES.map((file) => {
    const buf = readFileSync(join(dist, file));
    return { file, raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

/** The budget: one place in the repo, raised only on purpose (see size-budget.json). */
export function budget() {
  return JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
}
