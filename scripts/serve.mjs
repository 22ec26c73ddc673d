// A small static file server for dist/ and the example pages, bound to 127.0.0.1 only.
// Usage: node scripts/serve.mjs --dir dist --port 8080 [--cors] [--csp "policy" [--csp-match text]]
//          [--alias /vendor/=node_modules/bootstrap/dist/css/] [--inject file.js] [--rewrite from=to] [--gzip]
//          [--precompressed] [--hold suffix] [--h2 certdir]
// --csp sends a Content-Security-Policy with HTML pages (only those whose path contains
// --csp-match, if given); --alias serves a URL prefix from another folder.
// For tests only: --inject serves file.js at /__inject.js and puts a classic
// <script src="/__inject.js"> first in every HTML page's <head>, so it runs before the
// page's own scripts (same origin, not inline: strict CSPs allow it); --rewrite replaces
// every `from` with `to` in HTML and JS files (e.g. to point example pages at another host).
// --gzip sends text and wasm gzip -9 compressed to clients that accept it, as a real host
// would (compressed once per file and kept in memory, so timings don't include compressing).
// --precompressed sends the `.br` or `.gz` file `make dist` wrote beside a file, to clients
// that accept it (brotli first), with `Content-Encoding` and `Vary: Accept-Encoding`, as a
// CDN or nginx `brotli_static`/`gzip_static` does; a file without them is sent as it is (or
// gzipped, with --gzip too). `make serve` uses it.
// For tests only: --hold holds back every request whose path ends with `suffix` (say the
// wasm) until a request for /__release; /__hold holds them back again.
// --h2 serves HTTP/2 over TLS (and HTTP/1.1 to clients without it), as a CDN does, with the
// key.pem and cert.pem in `certdir` (self-signed: `make bench` makes them with openssl).
// It sends the right MIME type for .wasm (application/wasm, needed for streaming compile).
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(opt('dir', 'dist'));
const port = Number(opt('port', '8080'));
const cors = args.includes('--cors');
const csp = opt('csp', null);
const cspMatch = opt('csp-match', '');
const aliasArg = opt('alias', null);
const alias = aliasArg && { prefix: aliasArg.split('=')[0], dir: resolve(aliasArg.split('=')[1]) };
const inject = opt('inject', null) && resolve(opt('inject'));
const gzip = args.includes('--gzip');
const precompressed = args.includes('--precompressed');
const gzipped = new Map();
const rewriteArg = opt('rewrite', null);
const rewrite = rewriteArg && {
  from: rewriteArg.slice(0, rewriteArg.indexOf('=')),
  to: rewriteArg.slice(rewriteArg.indexOf('=') + 1),
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function resolvePath(urlPath) {
  let path = decodeURIComponent(urlPath.split('?')[0]);
  let base = root;
  if (alias && path.startsWith(alias.prefix)) {
    base = alias.dir;
    path = path.slice(alias.prefix.length);
  }
  const clean = normalize(path).replace(/^([/\\])+/, '');
  let file = join(base, clean);
  if (file !== base && !file.startsWith(base + sep)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

/** The precompressed copies beside `file` that exist, brotli first. */
async function siblings(file) {
  const found = [];
  for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    try {
      if ((await stat(file + ext)).isFile()) found.push({ name, path: file + ext });
    } catch { /* none */ }
  }
  return found;
}

const holdSuffix = opt('hold', null);
let holding = Boolean(holdSuffix);
let held = [];

const h2 = opt('h2', null);
const listen = (handler) => (h2
  ? createSecureServer({ allowHTTP1: true, key: readFileSync(join(h2, 'key.pem')), cert: readFileSync(join(h2, 'cert.pem')) }, handler)
  : createServer(handler));

listen(async (req, res) => {
  const path = (req.url || '').split('?')[0];
  if (holdSuffix && (path === '/__release' || path === '/__hold')) {
    holding = path === '/__hold';
    if (!holding) for (const go of held.splice(0)) go();
    res.writeHead(204, { 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' });
    res.end();
    return;
  }
  if (holding && path.endsWith(holdSuffix)) await new Promise((go) => held.push(go));
  const file = inject && (req.url || '').split('?')[0] === '/__inject.js' ? inject : await resolvePath(req.url || '/');
  const headers = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
  if (cors) headers['Access-Control-Allow-Origin'] = '*';
  if (!file) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
    res.end('Not found');
    return;
  }
  const type = TYPES[extname(file)] || 'application/octet-stream';
  if (csp && type.startsWith('text/html') && file.includes(cspMatch)) headers['Content-Security-Policy'] = csp;
  let body = await readFile(file);
  const html = type.startsWith('text/html');
  if ((inject && html) || (rewrite && (html || type.startsWith('text/javascript')))) {
    let text = body.toString('utf8');
    if (rewrite) text = text.split(rewrite.from).join(rewrite.to);
    if (inject && html) text = text.replace(/<head(\s[^>]*)?>/i, (tag) => `${tag}\n<script src="/__inject.js"></script>`);
    body = Buffer.from(text, 'utf8');
  }
  const changed = (inject && html) || (rewrite && (html || type.startsWith('text/javascript')));
  const accepts = req.headers['accept-encoding'] || '';
  const ready = precompressed && !changed
    && (await siblings(file)).find((s) => new RegExp(`\\b${s.name}\\b`).test(accepts));
  if (ready) {
    headers.Vary = 'Accept-Encoding';
    headers['Content-Encoding'] = ready.name;
    body = await readFile(ready.path);
  } else if (precompressed && (await siblings(file)).length) {
    headers.Vary = 'Accept-Encoding';
  }
  if (!ready && gzip && /^(text\/|application\/(wasm|json)|image\/svg)/.test(type)) {
    headers.Vary = 'Accept-Encoding';
    if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      const key = `${file}:${(await stat(file)).mtimeMs}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key);
      headers['Content-Encoding'] = 'gzip';
    }
  }
  res.writeHead(200, { ...headers, 'Content-Type': type });
  res.end(req.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} on ${h2 ? 'https' : 'http'}://127.0.0.1:${port}/`);
});
