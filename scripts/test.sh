#!/usr/bin/env bash
# Runs every test: formatting and lints, native tests, wasm tests, then the release site built
# under the /kliping/ sub-path and driven end to end in headless Chromium.
# Installs whatever is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_web_toolchain
ensure_chromium

log "cargo fmt --check"
cargo fmt --all -- --check

log "clippy (native)"
cargo clippy --workspace --all-targets -- -D warnings
log "clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown -p kliping -p kliping-core --lib --bins --test wasm -- -D warnings

log "native tests"
cargo test --workspace

log "wasm tests (core compiled to wasm32, run by wasm-bindgen-test-runner under node)"
cargo test --target wasm32-unknown-unknown -p kliping-core --test wasm

log "release build under the /kliping/ sub-path"
rm -rf dist
trunk build --release --public-url /kliping/
report_wasm_size

log "browser end-to-end tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
