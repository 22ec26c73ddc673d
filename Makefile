# The two commands a newcomer needs: `make serve` and `make test`.
# Both install whatever is missing first (scripts/setup.sh) and skip what is in place.

SHELL := bash
# The npm wasm-opt (binaryen 132) must come before any older one on the system.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup serve dist release test test-native test-browser test-e2e test-release test-size test-engines test-wordpress wordpress bench size readability clean examples

setup:
	@bash scripts/setup.sh

## Release build into dist/, then the visitor's JS minified in place (scripts/minify.mjs).
dist: setup
	trunk build --release
	node scripts/minify.mjs dist
	node scripts/precompress.mjs dist

## Build, then serve dist/ on http://127.0.0.1:$(PORT).
serve: dist
	node scripts/serve.mjs --dir dist --port $(PORT) --precompressed

## Every test: native core tests, component tests in headless Chromium, end-to-end tests,
## then the widget in Firefox and WebKit, and the WordPress plugin on a real WordPress.
test: setup test-native test-browser test-e2e test-release test-size test-engines test-wordpress

test-native: test-js
	cargo test --lib --bins

## The configurator's rules and snippets (web/configure-core.js), in Node; runs with test-native.
.PHONY: test-js
test-js:
	node --test tests/js/

test-browser:
	cargo test --target wasm32-unknown-unknown --test browser --test store

test-e2e: release
	@python3 -c 'import importlib.metadata as m, sys; sys.exit(m.version("icalendar") != "6.1.3")' 2>/dev/null \
	  || python3 -m pip install --quiet -r scripts/requirements-tests.txt
	npx playwright test --config tests/e2e/playwright.config.mjs

## The size budget (size-budget.json): what a visitor downloads, gzip, must not grow past it.
test-size: dist
	node --test tests/size/

## What each shipped file costs (raw, gzip, brotli) and the wasm by group (a names-kept build).
size: dist
	node scripts/size.mjs

## The standalone page and the embeds in Firefox ESR and WebKitGTK over WebDriver (ports 8190-8195).
test-engines: dist
	node tests/engines/run.mjs

## The WordPress plugin, zipped with the release build: dist-wordpress/intimacy-check.zip.
wordpress: dist
	bash scripts/package-wordpress.sh

## The files of one release in release/: dist/ and the plugin as zips, the npm package, the CDN
## snippet with its integrity hash, and SHA256SUMS (see docs/development.md). Publishes nothing.
release: wordpress
	bash scripts/release.sh

## The release files against their SHA256SUMS, the package's contents and the snippet's hash.
test-release: release
	node --test tests/release/

## The plugin on a real WordPress 6.8 (installs PHP, MariaDB and WordPress once; see README).
test-wordpress: wordpress
	bash scripts/test-wordpress.sh

## Sizes (gzip, brotli) and load timings of the release build, against a minimal Yew counter
## (bench/counter) built the same way, alternating A B, then again on a slow-phone profile.
bench: dist bench-counter
	node scripts/bench.mjs

## The counter baseline into target/bench-counter/dist; rebuilt only when its sources change.
COUNTER_DIST := target/bench-counter/dist/index.html
.PHONY: bench-counter
bench-counter: $(COUNTER_DIST)
$(COUNTER_DIST): $(wildcard bench/counter/src/*.rs) bench/counter/Cargo.toml bench/counter/Cargo.lock \
		bench/counter/Trunk.toml bench/counter/index.html bench/counter/start.js | setup
	cd bench/counter && trunk build --release
	@touch $@

## Readability of every language's texts: English Flesch-Kincaid grade (target <= 6), Spanish
## Szigriszt-Pazos / INFLESZ (target >= 65). Installs textstat 0.7.3 from PyPI if missing.
readability:
	@python3 -c 'import importlib.metadata as m, sys; sys.exit(m.version("textstat") != "0.7.3")' 2>/dev/null \
	  || python3 -m pip install --quiet -r scripts/requirements-readability.txt
	python3 scripts/readability.py texts

clean:
	rm -rf dist dist-wordpress target/wasm-bindgen

## The example host pages on http://127.0.0.1:8091/, the widget's files on :8092 (cross-origin).
examples: dist
	node scripts/serve.mjs --dir dist --port 8092 --cors --alias /practices/=examples/practices/ & \
	node scripts/serve.mjs --dir examples --port 8091 --alias /vendor/=node_modules/bootstrap/dist/css/ \
	  --csp "default-src 'self'; script-src 'self' http://127.0.0.1:8092 'wasm-unsafe-eval'; style-src 'self' http://127.0.0.1:8092; connect-src 'self' http://127.0.0.1:8092; object-src 'none'; base-uri 'none'" \
	  --csp-match strict-csp; kill %1
