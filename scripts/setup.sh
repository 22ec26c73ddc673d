#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already in place, so a
# second run takes seconds. Everything comes from the package registries (crates.io,
# Debian, npm): Trunk's own downloads are never used (Trunk.toml sets offline = true).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# geckodriver drives Firefox ESR 153 for the engine suite (tests/engines); built from crates.io.
GECKODRIVER_VERSION=0.37.1
# wasm-bindgen-cli must equal the wasm-bindgen crate pinned in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
export PATH="$HOME/.cargo/bin:$PATH"
# Same CPU time, but both cores busy: roughly halves the one-off tool builds.
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

# The engine suite (tests/engines): Firefox ESR headless, and WebKitGTK's MiniBrowser through
# WebKitWebDriver under Xvfb (xvfb-run needs xauth; DejaVu so pages have a font to lay out).
if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null \
   || ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null; then
  say "installing Debian's firefox-esr, webkit2gtk-driver and xvfb"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    firefox-esr webkit2gtk-driver xvfb xauth fonts-dejavu-core
fi

# Read the version into a variable first: with pipefail, `grep -q` closing the pipe early
# makes geckodriver's multi-line output fail with SIGPIPE, which looked like "not installed".
gecko_version=$(geckodriver --version 2>/dev/null || true)
if [[ "$gecko_version" != "geckodriver $GECKODRIVER_VERSION"* ]]; then
  say "installing geckodriver $GECKODRIVER_VERSION (a few minutes, once)"
  cargo install --locked --force geckodriver --version "$GECKODRIVER_VERSION"
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install --locked --force "trunk@$TRUNK_VERSION" --no-default-features --features rustls
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
  # Not --locked: its lock file wants a crate version the registry lacks.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm ci only when package-lock.json changed since the last install.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.setup-stamp 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm tools (binaryen for wasm-opt, esbuild, Playwright, axe-core, selenium-webdriver)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.setup-stamp
fi

# Trunk runs `cargo metadata`, which may want crates even when offline.
cargo fetch --quiet
