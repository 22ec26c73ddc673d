#!/usr/bin/env bash
# make release: the files of one version, in release/, ready to publish (nothing is published
# from here or from CI):
#   intimacy-check-X.Y.Z-dist.zip        the dist/ folder, to upload to your own host
#   intimacy-check-wordpress-X.Y.Z.zip   the WordPress plugin
#   intimacy-check-X.Y.Z.tgz             the npm package (`npm pack`) a public npm CDN serves
#   SNIPPET.html                         the CDN snippet, with the loader's real integrity hash
#   SHA256SUMS                           the checksums of all of the above
# Run after `make dist` and `make wordpress`; the version is Cargo.toml's.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(sed -n '/^\[package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
OUT=release
STAGE=target/release-stage
for f in dist/intimacy-check.js dist/app/intimacy-check_bg.wasm dist-wordpress/intimacy-check.zip; do
  [ -f "$f" ] || { echo "release: $f is missing: run make dist and make wordpress first" >&2; exit 1; }
done
grep -q "\"$VERSION\"" dist/intimacy-check.js || { echo "release: dist/ is not version $VERSION" >&2; exit 1; }

rm -rf "$OUT" "$STAGE"
mkdir -p "$OUT" "$STAGE"

# The dist/ folder as a zip, in a folder named for the version.
cp -R dist "$STAGE/intimacy-check-$VERSION"
(cd "$STAGE" && zip -qr -X "../../$OUT/intimacy-check-$VERSION-dist.zip" "intimacy-check-$VERSION")
cp dist-wordpress/intimacy-check.zip "$OUT/intimacy-check-wordpress-$VERSION.zip"

# The npm package: the files a page loads from a CDN, and nothing else.
PKG="$STAGE/package"
mkdir -p "$PKG/app" "$PKG/texts" "$PKG/first-screen"
cp dist/intimacy-check.js dist/qr.js dist/widget.css dist/frame.html dist/frame.js dist/frame.css "$PKG/"
cp dist/app/intimacy-check.js dist/app/intimacy-check_bg.wasm "$PKG/app/"
cp dist/texts/*.json "$PKG/texts/"
cp dist/first-screen/*.json "$PKG/first-screen/"
cp LICENSE CHANGELOG.md "$PKG/"
node scripts/release-package.mjs "$VERSION" "$PKG"
(cd "$PKG" && npm pack --quiet --pack-destination "../../../$OUT" >/dev/null)

# The snippet for that exact version on an npm CDN, with the loader's hash.
HASH=$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write("sha384-"+c.createHash("sha384").update(f.readFileSync(process.argv[1])).digest("base64"))' dist/intimacy-check.js)
cat > "$OUT/SNIPPET.html" <<HTML
<!-- intimacy-check $VERSION from a public npm CDN, checked by the browser (integrity). -->
<script type="module" crossorigin="anonymous"
        src="https://cdn.jsdelivr.net/npm/intimacy-check@$VERSION/intimacy-check.js"
        integrity="$HASH"></script>
<intimacy-check practice-name="Your practice"></intimacy-check>
HTML

(cd "$OUT" && sha256sum -- *.zip *.tgz SNIPPET.html > SHA256SUMS)
echo "release $VERSION in $OUT/:"
(cd "$OUT" && for f in *; do printf '  %-44s %9s bytes\n' "$f" "$(stat -c %s "$f")"; done)
