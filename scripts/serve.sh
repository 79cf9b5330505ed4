#!/usr/bin/env bash
# Builds Kliping and serves it at http://127.0.0.1:8080/ ("Try the sample articles" loads the
# built-in sample corpus). Installs whatever is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_web_toolchain
log "serving on http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve --release "$@"
