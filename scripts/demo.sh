#!/usr/bin/env bash
# `npm run demo`: the whole platform (API, worker, portal) with demo data, on one machine.
#   - Postgres: DATABASE_URL if set, else an embedded Postgres (PGlite) under .data/demo/pglite,
#     served on 127.0.0.1:$DEMO_DB_PORT, with the same migrations.
#   - Redis: REDIS_URL if set, else a local redis-server (installed from Debian's packages
#     when we are root and it is missing), else one line saying how to get one.
#   - Kafka and the schema registry: used when KAFKA_BROKERS / SCHEMA_REGISTRY_URL are set;
#     otherwise the features that need them report "not configured".
# Stops everything it started on Ctrl-C or SIGTERM.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib/common.sh
source "$ROOT/scripts/lib/common.sh"

DEMO_DIR="${TESSERA_DEMO_DIR:-$ROOT/.data/demo}"
API_PORT="${API_PORT:-4000}"
WEB_PORT="${WEB_PORT:-3000}"
DEMO_DB_PORT="${DEMO_DB_PORT:-55433}"
DEMO_REDIS_PORT="${DEMO_REDIS_PORT:-56380}"
LOGS="$DEMO_DIR/logs"
mkdir -p "$LOGS"

children=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${children[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [[ -n "${STARTED_REDIS:-}" ]]; then redis-cli -p "$DEMO_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_http() { # wait_http NAME URL SECONDS LOG
  local deadline=$((SECONDS + $3))
  until curl -sf -o /dev/null --max-time 2 "$2"; do
    if ((SECONDS > deadline)); then
      echo "demo: $1 did not come up at $2; last lines of $4:" >&2
      tail -n 30 "$4" >&2 || true
      exit 1
    fi
    sleep 0.5
  done
}

ensure_dependencies
step "build"
npx turbo run build --output-logs=errors-only

# --- Redis -------------------------------------------------------------------------------
if [[ -z "${REDIS_URL:-}" ]]; then
  if ! command -v redis-server >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      step "install redis-server"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; }
    else
      echo "demo: Redis is needed: set REDIS_URL, or install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis)." >&2
      exit 1
    fi
  fi
  if ! redis-cli -p "$DEMO_REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --bind 127.0.0.1 --port "$DEMO_REDIS_PORT" --save '' --appendonly no --daemonize yes --logfile "$LOGS/redis.log" >/dev/null
    STARTED_REDIS=1
  fi
  export REDIS_URL="redis://127.0.0.1:$DEMO_REDIS_PORT"
fi

# --- Postgres ----------------------------------------------------------------------------
if [[ -z "${DATABASE_URL:-}" ]]; then
  step "embedded Postgres (PGlite) in $DEMO_DIR/pglite"
  node apps/api/dist/cli/embedded-database.js "$DEMO_DIR/pglite" "$DEMO_DB_PORT" >"$LOGS/database.log" 2>&1 &
  children+=($!)
  deadline=$((SECONDS + 120))
  until grep -q 'embedded postgres ready' "$LOGS/database.log"; do
    if ! kill -0 "${children[-1]}" 2>/dev/null || ((SECONDS > deadline)); then
      echo "demo: the embedded database did not start:" >&2
      tail -n 30 "$LOGS/database.log" >&2
      exit 1
    fi
    sleep 0.3
  done
  export DATABASE_URL="postgresql://postgres:postgres@127.0.0.1:$DEMO_DB_PORT/postgres?sslmode=disable"
  # PGlite serves one session at a time behind a multiplexer: keep pools small.
  export DATABASE_POOL_SIZE="${DATABASE_POOL_SIZE:-3}"
else
  step "migrate $DATABASE_URL"
  node apps/api/dist/cli/migrate.js
fi

# --- Demo data ---------------------------------------------------------------------------
step "demo data"
node apps/api/dist/cli/seed-demo.js "$DEMO_DIR/demo-login.txt"

# --- API, worker, portal -----------------------------------------------------------------
export API_PORT API_HOST="${API_HOST:-127.0.0.1}" NODE_ENV="${NODE_ENV:-development}"
step "start API, worker and portal"
node --enable-source-maps apps/api/dist/main.js >"$LOGS/api.log" 2>&1 &
children+=($!)
node --enable-source-maps apps/api/dist/worker.js >"$LOGS/worker.log" 2>&1 &
children+=($!)
wait_http API "http://127.0.0.1:$API_PORT/healthz" 60 "$LOGS/api.log"
# Connections, principals, schema versions, a contract, objectives and subscriptions, through the API.
node scripts/demo/enrich.mjs "http://127.0.0.1:$API_PORT" || echo "demo: some demo data could not be added; see above" >&2
# next's own binary, not npx: a signal to npx would leave the server running.
(cd apps/web && TESSERA_API_URL="http://127.0.0.1:$API_PORT" exec node ../../node_modules/next/dist/bin/next start --port "$WEB_PORT" --hostname 127.0.0.1) >"$LOGS/web.log" 2>&1 &
children+=($!)
wait_http portal "http://127.0.0.1:$WEB_PORT/" 90 "$LOGS/web.log"

cat <<TEXT

Tessera is running.
  Portal        http://127.0.0.1:$WEB_PORT/
  GraphQL API   http://127.0.0.1:$API_PORT/graphql   (GraphiQL: http://127.0.0.1:$API_PORT/graphiql)
  Readiness     http://127.0.0.1:$API_PORT/readyz
  Logs          $LOGS
$(cat "$DEMO_DIR/demo-login.txt" 2>/dev/null || true)
Press Ctrl-C to stop.
TEXT

# Exit (and stop the rest) as soon as any component dies.
wait -n "${children[@]}"
echo "demo: a component exited; see $LOGS" >&2
exit 1
