// `make dist` writes a .gz and a .br beside every file a host sends compressed, each the same
// bytes once decompressed, and `make serve` (serve.mjs --precompressed) sends them as a CDN
// does: brotli to clients that take it, then gzip, else the file as it is, with Vary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressible } from '../../scripts/precompress.mjs';

const DIST = 'dist';

test('every wasm, JS, CSS, HTML and JSON file has a .gz and a .br with the same content', () => {
  const files = compressible(DIST);
  for (const must of ['app/intimacy-check_bg.wasm', 'intimacy-check.js', 'widget.css', 'index.html', 'texts/en.json']) {
    assert.ok(files.includes(must), must);
  }
  for (const rel of files) {
    const body = readFileSync(join(DIST, rel));
    assert.ok(existsSync(join(DIST, `${rel}.gz`)) && existsSync(join(DIST, `${rel}.br`)), `${rel} has both`);
    assert.deepEqual(gunzipSync(readFileSync(join(DIST, `${rel}.gz`))), body, `${rel}.gz`);
    assert.deepEqual(brotliDecompressSync(readFileSync(join(DIST, `${rel}.br`))), body, `${rel}.br`);
  }
});

/** One raw response: status, headers and the bytes as sent. */
const fetchRaw = (port, path, encoding) => new Promise((done, fail) => {
  const headers = encoding ? { 'Accept-Encoding': encoding } : {};
  get({ host: '127.0.0.1', port, path, headers }, (res) => {
    const parts = [];
    res.on('data', (c) => parts.push(c));
    res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) }));
  }).on('error', fail);
});

test('make serve sends the precompressed files with Content-Encoding and Vary, brotli first', async () => {
  const port = 8099;
  const server = spawn('node', ['scripts/serve.mjs', '--dir', DIST, '--port', String(port), '--precompressed'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ready) => server.stdout.once('data', ready));
  try {
    const wasm = 'app/intimacy-check_bg.wasm';
    const raw = readFileSync(join(DIST, wasm));
    const br = await fetchRaw(port, `/${wasm}`, 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['content-type'], 'application/wasm');
    assert.match(br.headers.vary, /Accept-Encoding/);
    assert.deepEqual(br.body, readFileSync(join(DIST, `${wasm}.br`)));
    const gz = await fetchRaw(port, `/${wasm}`, 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gz.body), raw);
    const plain = await fetchRaw(port, `/${wasm}`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(plain.headers.vary, /Accept-Encoding/);
    assert.deepEqual(plain.body, raw);
    const page = await fetchRaw(port, '/', 'br');
    assert.equal(page.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(page.body), readFileSync(join(DIST, 'index.html')));
  } finally {
    server.kill();
  }
});
