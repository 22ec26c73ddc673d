// A small static file server for dist/ and the example pages, bound to 127.0.0.1 only.
// Usage: node scripts/serve.mjs --dir dist --port 8080 [--cors] [--csp "policy" [--csp-match text]]
//          [--alias /vendor/=node_modules/bootstrap/dist/css/]
// --csp sends a Content-Security-Policy with HTML pages (only those whose path contains
// --csp-match, if given); --alias serves a URL prefix from another folder.
// It sends the right MIME type for .wasm (application/wasm, needed for streaming compile).
import { createServer } from 'node:http';
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

createServer(async (req, res) => {
  const file = await resolvePath(req.url || '/');
  const headers = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
  if (cors) headers['Access-Control-Allow-Origin'] = '*';
  if (!file) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
    res.end('Not found');
    return;
  }
  const type = TYPES[extname(file)] || 'application/octet-stream';
  if (csp && type.startsWith('text/html') && file.includes(cspMatch)) headers['Content-Security-Policy'] = csp;
  res.writeHead(200, { ...headers, 'Content-Type': type });
  res.end(req.method === 'HEAD' ? undefined : await readFile(file));
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${port}/`);
});
