# Shared setup for scripts/serve.sh and scripts/test.sh. Every step checks first and installs
# only what is missing, so running a script twice costs nothing extra. Only registries are used
# (crates.io, npm, Debian apt): nothing is downloaded from GitHub release pages.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm-bindgen CLI must be exactly the version of the `wasm-bindgen` crate in Cargo.lock,
# otherwise Trunk would try to download a matching one.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
    log "installing trunk $TRUNK_VERSION from crates.io (about 8 minutes, once per machine)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_version)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q "$want"; then
    log "installing wasm-bindgen-cli $want from crates.io (about 2-3 minutes, once per machine)"
    # No --locked: its lockfile wants a webpki-roots version this registry lacks.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

# wasm-opt from npm `binaryen` (Debian's binaryen is too old and breaks the app at run time),
# plus playwright-core for the browser tests. package-lock.json pins both.
ensure_node_modules() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing node tooling (binaryen, playwright-core) from npm"
    npm ci --no-audit --no-fund
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "installing chromium and chromium-driver from apt"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  fi
}

ensure_web_toolchain() {
  ensure_wasm_target
  ensure_node_modules
  ensure_wasm_bindgen
  ensure_trunk
}

# Prints the gzipped size of the release .wasm in dist/.
report_wasm_size() {
  local wasm
  for wasm in dist/*.wasm; do
    printf 'wasm: %s  raw %s bytes, gzipped %s bytes\n' "$wasm" "$(wc -c <"$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"
  done
}
