# Shared by scripts/test.sh and scripts/demo.sh.
step() { printf '\n==> %s\n' "$*" >&2; }

# Prisma's CLI wants a schema-engine path even for `generate`, which never runs it; the
# engine itself is a download this machine cannot make. Telemetry off for Prisma and Next.
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$ROOT/scripts/lib/no-schema-engine}"
export CHECKPOINT_DISABLE=1
export NEXT_TELEMETRY_DISABLED=1
export TURBO_TELEMETRY_DISABLED=1

ensure_dependencies() {
  if [[ ! -d "$ROOT/node_modules" || "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]]; then
    step "install dependencies (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}
