// One version, from Cargo.toml, everywhere a practice or a package manager reads one: the
// loader, the WordPress plugin's header, constant and readme, and the changelogs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (f) => readFileSync(f, 'utf8');
/** The package version in Cargo.toml's [package] table. */
export const cargoVersion = () => read('Cargo.toml').match(/^\[package\][\s\S]*?^version = "([^"]+)"/m)[1];

test('every place that names the version names the one in Cargo.toml', () => {
  const v = cargoVersion();
  assert.match(v, /^\d+\.\d+\.\d+$/);
  const plugin = read('wordpress/intimacy-check/intimacy-check.php');
  const readme = read('wordpress/intimacy-check/readme.txt');
  const found = {
    loader: read('web/intimacy-check.js').match(/export const VERSION = '([^']+)'/)?.[1],
    'plugin header': plugin.match(/^ \* Version:\s+(\S+)/m)?.[1],
    'plugin constant': plugin.match(/define\( 'INTIMACY_CHECK_VERSION', '([^']+)' \)/)?.[1],
    'readme.txt stable tag': readme.match(/^Stable tag: (\S+)/m)?.[1],
    'readme.txt changelog': readme.match(/== Changelog ==\s+= (\S+) =/)?.[1],
    'readme.txt upgrade notice': readme.match(/== Upgrade Notice ==\s+= (\S+) =/)?.[1],
    'CHANGELOG.md': read('CHANGELOG.md').match(/^## \[(\d+\.\d+\.\d+)\]/m)?.[1],
  };
  for (const [where, version] of Object.entries(found)) assert.equal(version, v, `${where} says ${version}, Cargo.toml ${v}`);
});
