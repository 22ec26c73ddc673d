// Writes the npm package's package.json and README into a staged folder (scripts/release.sh).
// Usage: node scripts/release-package.mjs VERSION DIR
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [version, dir] = process.argv.slice(2);
const pkg = {
  name: 'intimacy-check',
  version,
  description: 'A private "Do we have emotional intimacy?" quiz and rebuild plan for counselling practices: one snippet, no server, nothing leaves the visitor\'s device.',
  license: 'MIT',
  type: 'module',
  browser: 'intimacy-check.js',
  exports: { '.': './intimacy-check.js' },
  files: ['intimacy-check.js', 'qr.js', 'widget.css', 'frame.html', 'frame.js', 'frame.css', 'app/', 'texts/', 'first-screen/', 'CHANGELOG.md'],
  keywords: ['counselling', 'couples', 'relationship', 'quiz', 'web-component', 'wasm', 'privacy'],
};
writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(join(dir, 'README.md'), `# intimacy-check ${version}

A private "Do we have emotional intimacy?" quiz for a counselling practice's website. The
visitor's answers never leave their browser.

\`\`\`html
<script type="module" crossorigin="anonymous"
        src="https://cdn.jsdelivr.net/npm/intimacy-check@${version}/intimacy-check.js"
        integrity="(the hash in SNIPPET.html of this release)"></script>
<intimacy-check practice-name="Your practice"></intimacy-check>
\`\`\`

The loader checks every file it loads against the hashes built into it. Every setting is
in the project's docs/embedding.md.
`);
