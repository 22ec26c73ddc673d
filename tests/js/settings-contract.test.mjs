// The configurator's checks against the one settings contract (tests/fixtures/settings-cases.json),
// which the widget's Rust tests and the WordPress plugin's PHP tests read too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { check, hex, langsList, parseColour, rustTrim } from '../../web/configure-core.js';

const { cases } = JSON.parse(readFileSync('tests/fixtures/settings-cases.json', 'utf8'));

/** What the configurator keeps, in the contract's terms. */
function kept(setting, value) {
  if (value === null) return '';
  if (setting === 'accent') return hex(parseColour(value));
  if (setting === 'lang') return rustTrim(value).toLowerCase() === 'auto' ? 'auto' : langsList(value);
  if (setting === 'langs') return langsList(value);
  return value;
}

test('the configurator agrees with every case of the settings contract', () => {
  assert.ok(cases.length >= 100, `${cases.length} cases`);
  const wrong = [];
  for (const { setting, value, ok, cleaned } of cases) {
    const got = check(setting, value);
    const verdict = got.error === '';
    if (verdict !== ok) wrong.push(`${setting} ${JSON.stringify(value)}: ${verdict ? 'taken' : `refused (${got.error})`}, the contract says ${ok ? 'taken' : 'refused'}`);
    else if (ok && kept(setting, got.value) !== cleaned) wrong.push(`${setting} ${JSON.stringify(value)}: kept ${JSON.stringify(kept(setting, got.value))}, the contract says ${JSON.stringify(cleaned)}`);
  }
  assert.deepEqual(wrong, []);
});
