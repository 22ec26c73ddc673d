#!/usr/bin/env bash
# The WordPress plugin on a real WordPress, offline from the package registries only.
#
# Installs (once, then skips what is in place):
#   - Debian 12 packages: PHP 8.2 (php8.2-cli, -mysql, -xml, -mbstring, -zip), mariadb-server,
#     and the libraries Debian's WordPress links to (php-getid3, libjs-underscore,
#     libjs-lodash, libjs-cropper);
#   - WordPress itself from Debian 13 ("trixie"): its `wordpress` and
#     `wordpress-theme-twentytwentyfive` .debs, fetched with `apt-get download` through a
#     scratch apt configuration in a temporary folder (the system's apt sources are not
#     touched) and unpacked with `dpkg-deb -x`, not installed.
# Everything is cached in $IC_WP_CACHE (default /var/tmp/intimacy-check-wp).
#
# Each run: starts MariaDB (its own socket, no TCP) and PHP's built-in server on
# 127.0.0.1:$IC_WP_PORT, installs a fresh site, runs `php -l` on every PHP file and the
# output-escaping check, uploads dist-wordpress/intimacy-check.zip through
# Plugins → Add New → Upload in headless Chromium and drives the site
# (tests/wordpress/), then uninstalls the plugin through WordPress. Stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CACHE=${IC_WP_CACHE:-/var/tmp/intimacy-check-wp}
PORT=${IC_WP_PORT:-8095}
ZIP=${IC_WP_ZIP:-$ROOT/dist-wordpress/intimacy-check.zip}
DEBIAN_PACKAGES=(php8.2-cli php8.2-mysql php8.2-xml php8.2-mbstring php8.2-zip mariadb-server
  php-getid3 libjs-underscore libjs-lodash libjs-cropper)
WP_DEBS=(wordpress wordpress-theme-twentytwentyfive)

say() { printf '\033[1mtest-wordpress:\033[0m %s\n' "$*"; }
die() { printf '\033[1;31mtest-wordpress: %s\033[0m\n' "$*" >&2; exit 1; }
trap 'die "failed at line $LINENO: $BASH_COMMAND"' ERR
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
if ! flock -n 9; then
  say "another test-wordpress run is using $CACHE; waiting for it (15 minutes at most)"
  flock -w 900 9 || die "another test-wordpress run still holds $CACHE/.lock"
fi

# --- Debian 12 packages -------------------------------------------------------------------
missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  # A policy-rc.d that says no, so the package does not start the system's MariaDB service:
  # this script runs its own.
  added_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod +x /usr/sbin/policy-rc.d
    added_policy=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || { [ -z "$added_policy" ] || as_root rm -f /usr/sbin/policy-rc.d; die "apt-get install failed"; }
  [ -z "$added_policy" ] || as_root rm -f /usr/sbin/policy-rc.d
fi

# --- WordPress from Debian 13, unpacked into the cache ------------------------------------
WP=$CACHE/wordpress
if [ ! -f "$WP/.ready" ]; then
  say "fetching WordPress from Debian 13 (trixie) with apt-get download"
  rm -rf "$WP" "$CACHE/apt"
  A=$CACHE/apt
  mkdir -p "$A/state/lists/partial" "$A/cache/archives/partial" "$A/debs" "$A/x"
  # The same mirror as the system's own Debian source.
  mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | sed -nE 's/^(deb(\s+\[[^]]*\])?|URIs:)\s+(https?:\/\/\S+\/debian)\/?(\s.*)?$/\3/p' | head -1 || true)
  mirror=${mirror:-http://deb.debian.org/debian}
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror%/} trixie main" > "$A/sources.list"
  APT_OPTS=(-o "Dir::Etc::SourceList=$A/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State=$A/state" -o Dir::State::status=/var/lib/dpkg/status -o "Dir::Cache=$A/cache"
    -o APT::Sandbox::User=root)
  apt-get "${APT_OPTS[@]}" update -qq
  (cd "$A/debs" && apt-get "${APT_OPTS[@]}" download -qq "${WP_DEBS[@]}")
  for deb in "$A"/debs/*.deb; do dpkg-deb -x "$deb" "$A/x"; done
  mv "$A/x/usr/share/wordpress" "$WP"
  # The theme package unpacks into the same wp-content/themes.
  [ -d "$WP/wp-content/themes/twentytwentyfive" ] || die "twentytwentyfive theme not found in the .deb"
  # Debian's links are relative to /usr/share/wordpress: point them at the system's files.
  while IFS= read -r link; do
    rel=${link#"$WP"/}
    target=$(readlink "$link")
    case $target in
      /*) abs=$target ;;
      *) abs=$(realpath -m "/usr/share/wordpress/$(dirname "$rel")/$target") ;;
    esac
    if [ "$rel" = .htaccess ]; then rm "$link"; continue; fi
    ln -sfn "$abs" "$link"
    [ -e "$link" ] || die "WordPress file $rel links to $abs, which is missing"
  done < <(find "$WP" -type l)
  rm -f "$WP/wp-config.php"
  grep -q "wp_version = '6\.\([5-9]\|[1-9][0-9]\)\|wp_version = '[7-9]" "$WP/wp-includes/version.php" \
    || die "WordPress in the .deb is older than 6.5"
  rm -rf "$A"
  touch "$WP/.ready"
fi
WP_VERSION=$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "$WP/wp-includes/version.php")
say "WordPress $WP_VERSION, PHP $(php -r 'echo PHP_VERSION;')"

# --- MariaDB: a data folder of its own, a socket, no TCP ----------------------------------
RUN=$CACHE/run
DATA=$CACHE/mysql
mkdir -p "$RUN"
SOCK=$RUN/mysqld.sock
me=$(id -un)
if [ ! -f "$DATA/.ready" ]; then
  say "creating the MariaDB data folder"
  rm -rf "$DATA"
  mariadb-install-db --no-defaults --datadir="$DATA" --user="$me" \
    --auth-root-authentication-method=normal --skip-test-db >"$RUN/install-db.log" 2>&1 \
    || { cat "$RUN/install-db.log"; die "mariadb-install-db failed"; }
  touch "$DATA/.ready"
fi

pids=()
cleanup() {
  local rc=$?
  # Each service runs in its own process group (setsid): PHP's server forks workers.
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ $rc = 0 ] || say "failed (exit $rc); logs in $RUN"
  exit $rc
}
trap cleanup EXIT

setsid mariadbd --no-defaults --datadir="$DATA" --socket="$SOCK" --pid-file="$RUN/mysqld.pid" \
  --skip-networking --user="$me" --log-error="$RUN/mysqld.log" 2>>"$RUN/mysqld.log" 9>&- &
pids+=($!)
for _ in $(seq 100); do
  mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || { cat "$RUN/mysqld.log"; die "MariaDB did not start"; }
  sleep 0.2
done
mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null || die "MariaDB did not answer"
mariadb --no-defaults --socket="$SOCK" -uroot -e \
  "DROP DATABASE IF EXISTS wordpress; CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"

# --- A fresh site each run --------------------------------------------------------------
URL=http://127.0.0.1:$PORT
cat >"$WP/wp-config.php" <<PHP
<?php
// Written by scripts/test-wordpress.sh for a throwaway test site.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:$SOCK' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '$URL' );
define( 'WP_SITEURL', '$URL' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$RUN/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'AUTH_KEY', 'test' ); define( 'SECURE_AUTH_KEY', 'test' ); define( 'LOGGED_IN_KEY', 'test' );
define( 'NONCE_KEY', 'test' ); define( 'AUTH_SALT', 'test' ); define( 'SECURE_AUTH_SALT', 'test' );
define( 'LOGGED_IN_SALT', 'test' ); define( 'NONCE_SALT', 'test' );
\$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
PHP
rm -rf "$WP/wp-content/plugins/intimacy-check" "$WP/wp-content/upgrade" "$WP/wp-content/uploads"
mkdir -p "$WP/wp-content/mu-plugins"
cp tests/wordpress/offline-site.php "$WP/wp-content/mu-plugins/"
rm -rf "$WP/wp-content/themes/intimacy-check-classic-test"
cp -R tests/wordpress/classic-theme "$WP/wp-content/themes/intimacy-check-classic-test"
: >"$RUN/debug.log"
export WP_ROOT=$WP
php tests/wordpress/install.php "$URL"

# --- Static checks ----------------------------------------------------------------------
say "php -l on every PHP file"
while IFS= read -r f; do php -l "$f" >/dev/null || die "php -l failed on $f"; done \
  < <(find wordpress tests/wordpress -name '*.php')
say "output-escaping check"
php tests/wordpress/check-escaping.php wordpress/intimacy-check

# --- The browser tests ------------------------------------------------------------------
[ -f "$ZIP" ] || die "$ZIP is missing: run make wordpress first"
PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$PORT" -t "$WP" tests/wordpress/router.php \
  >"$RUN/php-server.log" 2>&1 9>&- &
pids+=($!)
for _ in $(seq 100); do
  curl -fsS -o /dev/null "$URL/wp-login.php" 2>/dev/null && break
  kill -0 "${pids[1]}" 2>/dev/null || { cat "$RUN/php-server.log"; die "PHP's server did not start"; }
  sleep 0.2
done
curl -fsS -o /dev/null "$URL/wp-login.php" || die "PHP's server did not answer on $URL"
say "browser tests against $URL"
WP_URL=$URL WP_ZIP=$ZIP npx playwright test --config tests/wordpress/playwright.config.mjs "$@"

# --- The plugin's rules inside WordPress, then uninstall through WordPress ----------------
IC_CONTRACT=tests/fixtures/settings-cases.json php tests/wordpress/sanitize.php
php tests/wordpress/uninstall.php

if [ -s "$RUN/debug.log" ]; then
  cat "$RUN/debug.log"
  die "WordPress logged PHP notices, warnings or errors (above)"
fi
say "passed"
