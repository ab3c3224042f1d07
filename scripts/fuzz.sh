#!/usr/bin/env bash
# Schema-driven fuzzing of the GraphQL API with schemathesis (PyPI), bounded in time and examples.
#   scripts/fuzz.sh <graphql url> [bearer token]
# Generates operations from the committed SDL (apps/api/schema.graphql), since production
# refuses introspection, and fails on a 5xx, an INTERNAL_SERVER_ERROR, an error without a
# stable code, or a body that leaks internals (scripts/fuzz/hooks.py).
# `npm test` runs it against a freshly seeded API (apps/api/test/api/fuzz.int-test.ts).
#
# Settings: FUZZ_MAX_EXAMPLES (per operation, default 25), FUZZ_MAX_TIME (seconds, default 120),
# FUZZ_SEED (default fixed, so CI runs are reproducible), FUZZ_WORKERS (default 2),
# FUZZ_REPORT_DIR (JUnit report), TESSERA_FUZZ_VENV (where the Python tools live; default
# .data/fuzz-venv, created on first use).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
URL="${1:?usage: scripts/fuzz.sh <graphql url> [bearer token]}"
TOKEN="${2:-}"
VENV="${TESSERA_FUZZ_VENV:-$ROOT/.data/fuzz-venv}"
REQUIREMENTS="$ROOT/scripts/fuzz/requirements.txt"

# Every Python package pinned (schemathesis and its dependencies), installed once per
# requirements change into a virtualenv of our own, never into the system Python.
if ! cmp -s "$REQUIREMENTS" "$VENV/requirements.txt" 2>/dev/null; then
  printf '==> installing schemathesis into %s\n' "$VENV" >&2
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check --no-input -r "$REQUIREMENTS"
  cp "$REQUIREMENTS" "$VENV/requirements.txt"
fi

args=(
  run "$ROOT/apps/api/schema.graphql"
  --url "$URL"
  --phases examples,coverage,fuzzing
  --max-examples "${FUZZ_MAX_EXAMPLES:-25}"
  --max-time "${FUZZ_MAX_TIME:-120}"
  --seed "${FUZZ_SEED:-20261128}"
  --workers "${FUZZ_WORKERS:-2}"
  --request-timeout 20
  --suppress-health-check all
  --no-shrink
  --warnings off
  # Operations that reach systems outside the API (brokers, registries, webhooks, mail) by
  # design would make the fuzzer probe the network with made-up hosts; their validation is
  # covered by their own suites.
  --exclude-name-regex '^Mutation\.(testConnection|sendTestNotification)$'
)
[[ -n "$TOKEN" ]] && args+=(--header "Authorization: Bearer $TOKEN")
[[ -n "${FUZZ_REPORT_DIR:-}" ]] && args+=(--report junit --report-dir "$(realpath -m "$FUZZ_REPORT_DIR")")

export SCHEMATHESIS_HOOKS=hooks
export PYTHONPATH="$ROOT/scripts/fuzz${PYTHONPATH:+:$PYTHONPATH}"
# schemathesis keeps a crash cache in ./.schemathesis: keep it out of the source tree.
mkdir -p "$ROOT/.data/fuzz" && cd "$ROOT/.data/fuzz"
exec "$VENV/bin/st" --config-file "$ROOT/scripts/fuzz/schemathesis.toml" "${args[@]}"
