#!/usr/bin/env bash
# `npm test`: every suite, against real services, on a fresh machine or a warm one.
#   1. installs dependencies if node_modules is missing;
#   2. starts Postgres, Redis, Kafka and the schema registry (scripts/services.sh up);
#   3. builds every workspace once (turbo caches unchanged ones);
#   4. runs unit, integration and browser suites, then prints one summary line.
# TESSERA_TEST_SUITES=unit,integration,e2e picks suites (default: all).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=scripts/lib/common.sh
source "$ROOT/scripts/lib/common.sh"

SUITES="${TESSERA_TEST_SUITES:-unit,integration,e2e}"
REPORT_DIR="$ROOT/.data/test-reports"
rm -rf "$REPORT_DIR" && mkdir -p "$REPORT_DIR"

ensure_dependencies
bash scripts/services.sh up
eval "$(bash scripts/services.sh env)"
export TEST_DATABASE_ADMIN_URL="$DATABASE_URL"

step "build"
npx turbo run build --output-logs=errors-only

failed=0
run_suite() { # run_suite NAME COMMAND...
  local name=$1
  shift
  step "$name tests"
  if ! "$@" --reporter=default --reporter=json --outputFile.json="$REPORT_DIR/$name-$(date +%s%N).json"; then
    failed=1
  fi
}

if [[ ",$SUITES," == *",unit,"* ]]; then
  run_suite unit npx vitest run --root packages/contracts --passWithNoTests
  run_suite unit npx vitest run --root packages/cli
  run_suite unit npx vitest run --root apps/api --project unit
  run_suite unit npx vitest run --root apps/web --project unit
fi
if [[ ",$SUITES," == *",integration,"* ]]; then
  run_suite integration npx vitest run --root apps/api --project integration
fi
if [[ ",$SUITES," == *",e2e,"* ]]; then
  run_suite e2e npx vitest run --root apps/web --project e2e
fi

node scripts/lib/summarise-tests.mjs "$REPORT_DIR"
exit "$failed"
