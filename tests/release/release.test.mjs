// `make release`: every file in release/ matches SHA256SUMS, the npm package is this version
// with the widget's files and nothing else, its loader carries the hash of each file it
// loads, and SNIPPET.html carries the hash of its loader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const version = readFileSync('Cargo.toml', 'utf8').match(/^\[package\][\s\S]*?^version = "([^"]+)"/m)[1];
const hash = (algo, buf, enc = 'hex') => createHash(algo).update(buf).digest(enc);

test('every release file matches SHA256SUMS, and every file is listed', () => {
  const sums = readFileSync('release/SHA256SUMS', 'utf8').trim().split('\n').map((l) => l.split(/\s+/));
  const listed = sums.map(([, name]) => name).sort();
  assert.deepEqual(listed, readdirSync('release').filter((f) => f !== 'SHA256SUMS').sort());
  assert.deepEqual(listed, [`intimacy-check-${version}-dist.zip`, `intimacy-check-${version}.tgz`,
    `intimacy-check-wordpress-${version}.zip`, 'SNIPPET.html'].sort());
  for (const [sum, name] of sums) assert.equal(hash('sha256', readFileSync(join('release', name))), sum, name);
});

test('the npm package is this version, holds the widget, and its hashes are its files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ic-package-'));
  execFileSync('tar', ['xzf', `release/intimacy-check-${version}.tgz`, '-C', dir]);
  const pkg = join(dir, 'package');
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'intimacy-check');
  assert.equal(manifest.version, version);
  assert.equal(manifest.license, 'MIT');
  for (const f of ['intimacy-check.js', 'qr.js', 'widget.css', 'app/intimacy-check.js', 'app/intimacy-check_bg.wasm',
    'texts/en.json', 'texts/es.json', 'first-screen/es.json', 'frame.html', 'LICENSE']) {
    assert.ok(readFileSync(join(pkg, f)).length > 0, f);
  }
  const loader = readFileSync(join(pkg, 'intimacy-check.js'), 'utf8');
  assert.ok(loader.includes(`"${version}"`), 'the loader names its version');
  const hashes = [...loader.matchAll(/"([\w/.-]+\.(?:js|wasm|css|json))":"(sha384-[A-Za-z0-9+/=]+)"/g)];
  assert.deepEqual(hashes.map((m) => m[1]).sort(),
    ['app/intimacy-check.js', 'app/intimacy-check_bg.wasm', 'first-screen/es.json', 'qr.js', 'texts/en.json',
      'texts/es.json', 'widget.css']);
  for (const [, file, sri] of hashes) assert.equal(`sha384-${hash('sha384', readFileSync(join(pkg, file)), 'base64')}`, sri, file);
  // The snippet's hash is the packaged loader's, at this exact version's address.
  const snippet = readFileSync('release/SNIPPET.html', 'utf8');
  assert.ok(snippet.includes(`https://cdn.jsdelivr.net/npm/intimacy-check@${version}/intimacy-check.js`));
  assert.ok(snippet.includes(`integrity="sha384-${hash('sha384', Buffer.from(loader), 'base64')}"`));
  assert.ok(snippet.includes('crossorigin="anonymous"'));
});
