// The loader's own "could not load" words, shown when the widget itself cannot load, are the
// wasm's built-in ones (src/core/catalog/offline.rs), in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('the loader says "could not load" in the same words as the widget', () => {
  const rust = readFileSync('src/core/catalog/offline.rs', 'utf8');
  const js = readFileSync('web/intimacy-check.js', 'utf8');
  const own = Object.fromEntries([...rust.matchAll(/Lang::(\w+) => \("([^"]+)", "([^"]+)"\)/g)].map((m) => [m[1].toLowerCase(), [m[2], m[3]]]));
  const loader = Object.fromEntries([...js.matchAll(/^\s+(\w+): \['([^']+)', '([^']+)'\],$/gm)].map((m) => [m[1], [m[2], m[3]]]));
  assert.deepEqual(Object.keys(own).sort(), ['en', 'es']);
  assert.deepEqual(loader, own);
});
