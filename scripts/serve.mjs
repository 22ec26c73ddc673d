// A small static file server for dist/ and the example pages, bound to 127.0.0.1 only.
// Usage: node scripts/serve.mjs --dir dist --port 8080 [--cors] [--csp "policy"]
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
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^([/\\])+/, '');
  let file = join(root, clean);
  if (file !== root && !file.startsWith(root + sep)) return null;
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
  if (csp && type.startsWith('text/html')) headers['Content-Security-Policy'] = csp;
  res.writeHead(200, { ...headers, 'Content-Type': type });
  res.end(req.method === 'HEAD' ? undefined : await readFile(file));
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${port}/`);
});
