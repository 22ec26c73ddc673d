#!/usr/bin/env bash
# Packages the WordPress plugin: wordpress/intimacy-check/ plus the widget's files from dist/
# (the loader, its stylesheet and app/) into dist-wordpress/intimacy-check.zip, the file an
# office manager uploads in Plugins → Add New → Upload Plugin. Run after `make dist`.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=dist-wordpress
STAGE=$OUT/intimacy-check

for f in dist/intimacy-check.js dist/qr.js dist/widget.css dist/app/intimacy-check.js dist/app/intimacy-check_bg.wasm dist/texts/en.json; do
  [ -f "$f" ] || { echo "package-wordpress: $f is missing: run make dist first" >&2; exit 1; }
done
if ! command -v zip >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends zip
  else sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends zip; fi
fi

rm -rf "$OUT"
mkdir -p "$STAGE/widget/app"
cp -R wordpress/intimacy-check/. "$STAGE/"
cp dist/intimacy-check.js dist/qr.js dist/widget.css "$STAGE/widget/"
cp -R dist/app/. "$STAGE/widget/app/"
mkdir -p "$STAGE/widget/texts" && cp -R dist/texts/. "$STAGE/widget/texts/"
mkdir -p "$STAGE/widget/first-screen" && cp -R dist/first-screen/. "$STAGE/widget/first-screen/"
# WordPress hosts compress on the fly (or not at all): the precompressed copies stay out.
find "$STAGE/widget" \( -name '*.br' -o -name '*.gz' \) -delete
(cd "$OUT" && zip -qr -X intimacy-check.zip intimacy-check)
echo "package-wordpress: $OUT/intimacy-check.zip ($(du -k "$OUT/intimacy-check.zip" | cut -f1) KB)"
unzip -l "$OUT/intimacy-check.zip" | tail -n +4 | head -n -2 | awk '{print "  " $4}'
