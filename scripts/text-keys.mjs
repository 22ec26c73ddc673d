// Writes docs/languages.md's list of text keys from texts/en.json (the catalog's keys, in order, with
// their English text), between the `text-keys` markers. `--check` only says whether the
// list there is current (tests/js/text-keys.test.mjs), so the list can never drift by hand.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- text-keys:start (made by `node scripts/text-keys.mjs`; do not edit by hand) -->';
const END = '<!-- text-keys:end -->';

export function keyList(english) {
  const cell = (s) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = Object.entries(english).map(([key, text]) => `| \`${key}\` | ${cell(text)} |`);
  return [START, '', `<details><summary>All ${rows.length} keys, with their English text</summary>`, '',
    '| key | English text |', '|---|---|', ...rows, '', '</details>', '', END].join('\n');
}

export function withKeyList(readme, english) {
  const a = readme.indexOf(START.slice(0, 20));
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('docs/languages.md has no text-keys markers');
  return readme.slice(0, a) + keyList(english) + readme.slice(b + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('docs/languages.md', 'utf8');
  const next = withKeyList(readme, JSON.parse(readFileSync('texts/en.json', 'utf8')));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('docs/languages.md: the text key list is out of date; run node scripts/text-keys.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync('docs/languages.md', next);
    console.log('docs/languages.md: text key list written');
  }
}
