// Every relative link in README.md, CHANGELOG.md and docs/*.md leads somewhere: the file
// exists, and a #fragment names a heading in it (GitHub's heading anchors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const pages = ['README.md', 'CHANGELOG.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
const slug = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, '').replace(/ /g, '-');

function anchors(file) {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1].replace(/`/g, ''))));
}

/** The links of a page, outside code blocks and inline code. */
function links(file) {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

test('every relative link in the docs resolves', () => {
  const broken = [];
  let checked = 0;
  for (const page of pages) {
    for (const link of links(page)) {
      if (/^(https?:|mailto:)/.test(link)) continue;
      checked++;
      const [path, fragment] = link.split('#');
      const target = path ? normalize(join(dirname(page), path)) : page;
      if (!existsSync(target)) {
        broken.push(`${page}: ${link} (no ${target})`);
        continue;
      }
      if (fragment && statSync(target).isFile() && target.endsWith('.md') && !anchors(target).has(fragment)) {
        broken.push(`${page}: ${link} (no heading #${fragment} in ${target})`);
      }
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(checked >= 20, `only ${checked} links checked`);
});

test('the README is short: at most 150 lines', () => {
  const lines = readFileSync('README.md', 'utf8').split('\n').length;
  assert.ok(lines <= 150, `${lines} lines`);
});
