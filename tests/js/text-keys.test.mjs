// The key list in docs/languages.md is the one scripts/text-keys.mjs makes from texts/en.json, and every
// language file has exactly the English file's keys (the native tests check texts and
// placeholders; this checks the files the loader fetches are the ones in the repo).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { withKeyList } from '../../scripts/text-keys.mjs';

const english = JSON.parse(readFileSync('texts/en.json', 'utf8'));

test('docs/languages.md lists every text key with its English text', () => {
  const readme = readFileSync('docs/languages.md', 'utf8');
  assert.equal(withKeyList(readme, english), readme, 'run: node scripts/text-keys.mjs');
});

test('every language file has the English keys in the same order', () => {
  for (const name of readdirSync('texts')) {
    const keys = Object.keys(JSON.parse(readFileSync(`texts/${name}`, 'utf8')));
    assert.deepEqual(keys, Object.keys(english), name);
  }
});

test('the loader guesses only languages that have a file', () => {
  const loader = readFileSync('web/intimacy-check.js', 'utf8');
  const langs = JSON.parse(loader.match(/const LANGS = (\[[^\]]*\])/)[1].replace(/'/g, '"'));
  assert.deepEqual(langs.sort(), readdirSync('texts').map((n) => n.replace('.json', '')).sort());
});
