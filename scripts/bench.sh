#!/usr/bin/env bash
# `npm run bench [-- name ...]`: starts the services, builds, and prints benchmark figures as JSON.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib/common.sh
source "$ROOT/scripts/lib/common.sh"
ensure_dependencies
TESSERA_SKIP_CHROMIUM=1 bash scripts/services.sh up
eval "$(bash scripts/services.sh env)"
npx turbo run build --output-logs=errors-only >&2
node bench/run.mjs "$@"
