#!/usr/bin/env bash
# Local backing services for Tessera's tests and dev runs: PostgreSQL, Redis, Kafka (KRaft,
# with a SASL/ACL listener) and Apicurio Registry (Confluent-compatible schema registry API).
#
#   scripts/services.sh up|down|status|env [postgres|redis|kafka|registry ...]   (default: all)
#
#   up      install/fetch what is missing, start what is not running, wait until healthy
#   down    stop (gracefully, then SIGKILL)
#   status  one line per service; exits non-zero if any requested service is down
#   env     `export` lines for the app/tests:  eval "$(scripts/services.sh env)"
#
# Everything binds to 127.0.0.1. State lives in the repo (both git-ignored):
#   .tools/   Kafka jars and Apicurio Registry fetched from Maven Central (version-stamped)
#   .data/    <service>/ data + pid files, logs/ for every log
# Nothing here needs Docker: Debian packages for Postgres/Redis/Chromium, Maven Central
# for the two JVM services. Safe to run repeatedly; works as root (CI) or as a normal
# user when the Debian packages are already installed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HERE="$ROOT/scripts/services"
DATA_DIR="${TESSERA_DATA_DIR:-$ROOT/.data}"
TOOLS_DIR="${TESSERA_TOOLS_DIR:-$ROOT/.tools}"
LOG_DIR="$DATA_DIR/logs"

PG_PORT="${TESSERA_PG_PORT:-55432}"
REDIS_PORT="${TESSERA_REDIS_PORT:-56379}"
KAFKA_PORT="${TESSERA_KAFKA_PORT:-59092}"
KAFKA_SASL_PORT="${TESSERA_KAFKA_SASL_PORT:-59093}"
KAFKA_CONTROLLER_PORT="${TESSERA_KAFKA_CONTROLLER_PORT:-59094}"
REGISTRY_PORT="${TESSERA_REGISTRY_PORT:-58081}"

# Kafka 4.x runs on Java 17. Changing a version here re-fetches (the stamp changes).
KAFKA_VERSION="${TESSERA_KAFKA_VERSION:-4.4.0}"
LOG4J_VERSION="2.25.3"
# Apicurio Registry: Maven Central serves only 3.0.9, 3.3.2 and 3.3.3 of the 3.x app, and
# 3.3.x is compiled for Java 21 (UnsupportedClassVersionError on Debian 12's Java 17).
# 3.0.9 is the newest 3.x that runs here; set TESSERA_REGISTRY_VERSION=3.3.3 on Java 21.
REGISTRY_VERSION="${TESSERA_REGISTRY_VERSION:-3.0.9}"

# Extra SASL/PLAIN users for Kafka, "name:secret name2:secret2" (admin, alice, bob always exist).
KAFKA_EXTRA_USERS="${TESSERA_KAFKA_EXTRA_USERS:-}"
# A fixed cluster id (base64url of the 16 bytes "tessera-kafka-01"): no JVM run needed to make one.
KAFKA_CLUSTER_ID="dGVzc2VyYS1rYWZrYS0wMQ"

START_TIMEOUT="${TESSERA_START_TIMEOUT:-180}"   # seconds, per service
STOP_TIMEOUT="${TESSERA_STOP_TIMEOUT:-30}"

ALL_SERVICES=(postgres redis kafka registry)

# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------

# Chatter goes to stderr so that `env` (and `status`) stdout stays machine-readable.
log() { printf '[services] %s\n' "$*" >&2; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }
is_root() { [[ $(id -u) -eq 0 ]]; }
rel() { printf '%s' "${1#"$ROOT"/}"; }

# Something accepts TCP connections on 127.0.0.1:$1 (bash's /dev/tcp, no nc needed).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Print the last lines of a log, for "why did it not start" errors.
show_log() {
  local f="$1" n="${2:-40}"
  if [[ -s $f ]]; then
    printf -- '----- last %s lines of %s -----\n' "$n" "$(rel "$f")" >&2
    tail -n "$n" "$f" >&2
    printf -- '-----\n' >&2
  else
    log "(no output in $(rel "$f"))"
  fi
}

# The pid in a pid file, if that process is alive and its command line contains $2.
# The marker check stops a recycled pid (after a reboot or a kill -9) from counting as ours.
live_pid() {
  local pidfile="$1" marker="$2" pid
  [[ -s $pidfile ]] || return 1
  pid="$(head -n1 "$pidfile" | tr -dc '0-9')"
  [[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker" || return 1
  printf '%s' "$pid"
}

# Poll "$@" every half second until it succeeds. Gives up after $START_TIMEOUT seconds or
# as soon as the process in $pidfile has died, then prints the log tail.
wait_for() {
  local what="$1" logfile="$2" alive_fn="$3"; shift 3
  local start=$SECONDS deadline=$((SECONDS + START_TIMEOUT))
  until "$@" >/dev/null 2>&1; do
    # A few seconds' grace: postgres writes its pid file a moment after pg_ctl returns.
    if ((SECONDS - start >= 5)) && ! "$alive_fn" >/dev/null 2>&1; then
      log "$what: process exited during startup"
      show_log "$logfile"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      log "$what: not healthy after ${START_TIMEOUT}s"
      show_log "$logfile"
      return 1
    fi
    sleep 0.5
  done
}

# SIGTERM, wait up to $STOP_TIMEOUT seconds, then SIGKILL.
stop_pid() {
  local what="$1" pid="$2" i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < STOP_TIMEOUT * 4; i++)); do
    [[ -d /proc/$pid ]] || return 0
    sleep 0.25
  done
  log "$what: still running after ${STOP_TIMEOUT}s, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  sleep 0.5
}

# apt-get install, non-interactive. Waits for a concurrent apt/dpkg (lock timeout) instead
# of failing, and runs `apt-get update` only when the package lists are empty or the
# install fails (stale lists), because an update costs tens of seconds.
apt_install() {
  is_root || die "need to install Debian package(s) '$*' but not root: sudo apt-get install -y $*"
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=900)
  local out="$LOG_DIR/apt.log"
  log "installing Debian package(s): $* (log: $(rel "$out"))"
  if ! compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null; then
    "${apt[@]}" update >>"$out" 2>&1 || { show_log "$out"; die "apt-get update failed"; }
  fi
  if ! "${apt[@]}" install -y --no-install-recommends "$@" >>"$out" 2>&1; then
    log "install failed; running apt-get update and retrying"
    "${apt[@]}" update >>"$out" 2>&1 || { show_log "$out"; die "apt-get update failed"; }
    "${apt[@]}" install -y --no-install-recommends "$@" >>"$out" 2>&1 ||
      { show_log "$out"; die "apt-get install $* failed"; }
  fi
}

# ensure_cmd COMMAND PACKAGE...: install PACKAGEs if COMMAND is not on PATH.
ensure_cmd() {
  local cmd="$1"; shift
  command -v "$cmd" >/dev/null 2>&1 || apt_install "$@"
  command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' still missing after installing $*"
}

java_major() {
  local v
  v="$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
  printf '%s' "${v%%.*}"
}

ensure_java() {
  ensure_cmd java openjdk-17-jre-headless
  [[ $(java_major) -ge 17 ]] || die "Java 17+ needed for Kafka 4 (found Java $(java_major))"
}

# Chromium is not a service, but the UI tests drive Debian's build through playwright-core
# (browsers cannot be downloaded here), so `up` makes sure it is installed.
ensure_chromium() {
  [[ ${TESSERA_SKIP_CHROMIUM:-} == 1 ]] && return 0
  command -v chromium >/dev/null 2>&1 && return 0
  if is_root; then
    apt_install chromium
  else
    log "warning: chromium is not installed (sudo apt-get install -y chromium); UI tests will fail"
  fi
}

# ---------------------------------------------------------------------------------------
# fetching from Maven Central (cached in .tools/ behind a stamp file)
# ---------------------------------------------------------------------------------------

KAFKA_HOME="$TOOLS_DIR/kafka-$KAFKA_VERSION"
REGISTRY_HOME="$TOOLS_DIR/apicurio-registry-$REGISTRY_VERSION"

# Kafka has no "distribution" artifact on Maven Central, but kafka_2.13 (broker) and
# kafka-tools (CLI classes) plus a log4j2 binding, with their runtime dependencies, are the
# same jars as the tarball's libs/. The stamp includes the pom's hash so editing it re-fetches.
fetch_kafka() {
  local stamp tmp out="$LOG_DIR/fetch-kafka.log"
  stamp="kafka=$KAFKA_VERSION log4j=$LOG4J_VERSION pom=$(sha256sum "$HERE/kafka-pom.xml" | cut -c1-16)"
  [[ -f $KAFKA_HOME/.stamp && $(<"$KAFKA_HOME/.stamp") == "$stamp" ]] && return 0
  ensure_java
  ensure_cmd mvn maven
  log "kafka: fetching Kafka $KAFKA_VERSION jars from Maven Central into $(rel "$KAFKA_HOME")"
  tmp="$KAFKA_HOME.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp/libs"
  # -f on a pom outside the cwd; Maven's own target/ is pointed into the temp dir.
  if ! mvn -B -f "$HERE/kafka-pom.xml" \
      -Dkafka.version="$KAFKA_VERSION" -Dlog4j.version="$LOG4J_VERSION" \
      -Dproject.build.directory="$tmp/target" \
      dependency:copy-dependencies -DoutputDirectory="$tmp/libs" >"$out" 2>&1; then
    rm -rf "$tmp"
    show_log "$out"
    die "kafka: fetching jars with Maven failed"
  fi
  rm -rf "$tmp/target"
  printf '%s\n' "$stamp" >"$tmp/.stamp"
  rm -rf "$KAFKA_HOME" && mv "$tmp" "$KAFKA_HOME"
}

# Apicurio publishes the whole Quarkus app as io.apicurio:apicurio-registry-app:V:tar.gz:all.
# Its pom's parent (io.apicurio:apicurio-registry:3.0.9) is missing from Maven Central, and
# dependency-plugin 3.x reads that pom even for `copy` or `get -Dtransitive=false`, failing.
# The old 2.8 `get` with -Dtransitive=false does not, so it downloads just the archive into
# the local Maven repository, and we unpack it from there.
fetch_registry() {
  local stamp="apicurio-registry-app=$REGISTRY_VERSION" tmp repo tgz out="$LOG_DIR/fetch-registry.log"
  [[ -f $REGISTRY_HOME/.stamp && $(<"$REGISTRY_HOME/.stamp") == "$stamp" ]] && return 0
  ensure_java
  ensure_cmd mvn maven
  log "registry: fetching Apicurio Registry $REGISTRY_VERSION from Maven Central into $(rel "$REGISTRY_HOME")"
  if ! (cd "$TOOLS_DIR" && mvn -B org.apache.maven.plugins:maven-dependency-plugin:2.8:get \
      -Dartifact="io.apicurio:apicurio-registry-app:$REGISTRY_VERSION:tar.gz:all" \
      -Dtransitive=false) >"$out" 2>&1; then
    show_log "$out"
    die "registry: fetching apicurio-registry-app $REGISTRY_VERSION with Maven failed"
  fi
  repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
  tgz="$repo/io/apicurio/apicurio-registry-app/$REGISTRY_VERSION/apicurio-registry-app-$REGISTRY_VERSION-all.tar.gz"
  if [[ ! -f $tgz ]]; then # a settings.xml with another localRepository
    repo="$(cd "$TOOLS_DIR" && mvn -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null)"
    tgz="$repo/io/apicurio/apicurio-registry-app/$REGISTRY_VERSION/apicurio-registry-app-$REGISTRY_VERSION-all.tar.gz"
  fi
  [[ -f $tgz ]] || die "registry: downloaded archive not found at $tgz"
  tmp="$REGISTRY_HOME.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  tar -xzf "$tgz" -C "$tmp" || { rm -rf "$tmp"; die "registry: cannot unpack $tgz"; }
  printf '%s\n' "$stamp" >"$tmp/.stamp"
  rm -rf "$REGISTRY_HOME" && mv "$tmp" "$REGISTRY_HOME"
}

# 3.3.x uses Quarkus' fast-jar layout (quarkus-run.jar); 3.0.x the legacy *-runner.jar.
registry_jar() {
  local j
  for j in "$REGISTRY_HOME/quarkus-run.jar" "$REGISTRY_HOME"/*-runner.jar; do
    [[ -f $j ]] && { printf '%s' "$j"; return 0; }
  done
  return 1
}

# ---------------------------------------------------------------------------------------
# postgres
# ---------------------------------------------------------------------------------------

# initdb/postgres refuse to run as root, so as root everything server-side runs as the
# Debian `postgres` user; as a normal user, as that user.
as_pg() {
  if is_root; then (cd / && runuser -u postgres -- "$@"); else (cd / && "$@"); fi
}

# The data dir is .data/postgres, unless we are root and the postgres user cannot traverse
# the path to it (e.g. a checkout under /root, mode 700): then a per-checkout folder under
# postgres' home is used instead (not removed by wiping .data; `rm -rf` it by hand).
pg_datadir() {
  local d="$DATA_DIR"
  while [[ ! -e $d ]]; do d="$(dirname "$d")"; done # .data may not exist yet
  if is_root && id postgres >/dev/null 2>&1 && ! runuser -u postgres -- test -x "$d"; then
    printf '/var/lib/postgresql/tessera-%s' "$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)"
  else
    printf '%s' "$DATA_DIR/postgres"
  fi
}

# Debian installs server binaries off PATH, in /usr/lib/postgresql/<major>/bin. Use the
# major version the data dir was created with, else the newest installed.
pg_bindir() {
  local pgdata="$1" d
  if [[ -f $pgdata/PG_VERSION && -x /usr/lib/postgresql/$(<"$pgdata/PG_VERSION")/bin/postgres ]]; then
    printf '%s' "/usr/lib/postgresql/$(<"$pgdata/PG_VERSION")/bin"; return 0
  fi
  [[ -f $pgdata/PG_VERSION ]] && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null &&
    die "postgres: $pgdata was created by PostgreSQL $(<"$pgdata/PG_VERSION"), which is not installed; delete that folder to re-create it"
  d="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  [[ -d $d ]] || d=""
  [[ -z $d ]] && command -v initdb >/dev/null 2>&1 && d="$(dirname "$(command -v initdb)")"
  [[ -n $d ]] || return 1
  printf '%s' "$d"
}

postgres_pid() {
  local pgdata; pgdata="$(pg_datadir)"
  [[ -r $pgdata/postmaster.pid ]] || return 1
  live_pid "$pgdata/postmaster.pid" "$pgdata"
}

pg_psql() { # pg_psql DB SQL
  PGPASSWORD=tessera PGCONNECT_TIMEOUT=5 PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U tessera -d "$1" -tAc "$2"
}

init_postgres() {
  local pgdata="$1" bin="$2" pwfile out="$LOG_DIR/postgres.log"
  log "postgres: initdb into $pgdata"
  mkdir -p "$pgdata"
  is_root && chown postgres:postgres "$pgdata"
  chmod 700 "$pgdata"
  pwfile="$(mktemp)"
  printf 'tessera\n' >"$pwfile"
  is_root && chown postgres "$pwfile"
  # The superuser is `tessera` (no `postgres` role); password auth, UTF-8, C.UTF-8 collation
  # (deterministic ordering, present on every Debian).
  if ! as_pg "$bin/initdb" -D "$pgdata" -U tessera --pwfile="$pwfile" --auth=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >>"$out" 2>&1; then
    rm -f "$pwfile"
    show_log "$out"
    die "postgres: initdb failed"
  fi
  rm -f "$pwfile"
  # Appending/truncating keeps the files owned by postgres even when we are root.
  cat >>"$pgdata/postgresql.conf" <<'EOF'

# ---- added by scripts/services.sh (the port is passed on the command line) ----
listen_addresses = '127.0.0.1'
# TCP only: no socket in /var/run/postgresql (root-owned when we are not root) and no
# 107-byte socket path limit for deep checkouts. Connect with -h 127.0.0.1.
unix_socket_directories = ''
max_connections = 300
# Throwaway test data: durability off for speed.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  cat >"$pgdata/pg_hba.conf" <<'EOF'
# written by scripts/services.sh: password auth over loopback TCP only
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128      scram-sha-256
EOF
}

prepare_postgres() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null 2>&1 ||
    apt_install postgresql postgresql-contrib
  ensure_cmd psql postgresql-client
  ensure_cmd pg_isready postgresql-client
}

start_postgres() {
  local pgdata bin out="$LOG_DIR/postgres.log"
  pgdata="$(pg_datadir)"
  bin="$(pg_bindir "$pgdata")" || die "postgres: no PostgreSQL server binaries found"
  port_open "$PG_PORT" && die "postgres: port $PG_PORT is already taken by another process (set TESSERA_PG_PORT)"
  [[ -f $pgdata/PG_VERSION ]] || init_postgres "$pgdata" "$bin"
  log "postgres: starting on 127.0.0.1:$PG_PORT"
  # pg_ctl without -l leaves the server's stderr on ours, i.e. the log file opened here by
  # us (so it works even though the postgres user cannot write .data/logs). setsid: the
  # server must not share the caller's process group, or a CI step ending would kill it.
  # -W: do not wait here; wait_postgres does, in parallel with the other services.
  as_pg setsid "$bin/pg_ctl" -D "$pgdata" -o "-p $PG_PORT" -W start >>"$out" 2>&1 </dev/null 9>&- ||
    { show_log "$out"; die "postgres: pg_ctl start failed"; }
}

wait_postgres() {
  local pgdata; pgdata="$(pg_datadir)"
  wait_for postgres "$LOG_DIR/postgres.log" postgres_pid \
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" -t 2 || return 1
  # The application database, and the extensions the schema uses (Debian's server package
  # ships contrib). Idempotent, so it runs after every start.
  if [[ -z $(pg_psql postgres "select 1 from pg_database where datname = 'tessera'") ]]; then
    pg_psql postgres 'create database tessera' || return 1
  fi
  pg_psql tessera 'create extension if not exists pg_trgm; create extension if not exists pgcrypto' ||
    { log "postgres: pg_trgm/pgcrypto not available (apt-get install postgresql-contrib)"; return 1; }
}

stop_postgres() {
  local pgdata bin pid
  pgdata="$(pg_datadir)"
  pid="$(postgres_pid)" || return 0
  bin="$(pg_bindir "$pgdata")" || return 1
  log "postgres: stopping (pid $pid)"
  # fast = roll back open transactions and close connections, then a clean shutdown.
  as_pg "$bin/pg_ctl" -D "$pgdata" -m fast -w -t "$STOP_TIMEOUT" stop >/dev/null 2>&1 ||
    stop_pid postgres "$pid"
}

health_postgres() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT" -t 2; }

# ---------------------------------------------------------------------------------------
# redis
# ---------------------------------------------------------------------------------------

redis_pid() { live_pid "$DATA_DIR/redis/redis.pid" redis-server; }

prepare_redis() {
  ensure_cmd redis-server redis-server
  ensure_cmd redis-cli redis-tools
}

start_redis() {
  port_open "$REDIS_PORT" && die "redis: port $REDIS_PORT is already taken by another process (set TESSERA_REDIS_PORT)"
  mkdir -p "$DATA_DIR/redis"
  log "redis: starting on 127.0.0.1:$REDIS_PORT"
  # No persistence at all (tests own their data); --daemonize detaches and writes the pid file.
  # shellcheck disable=SC2094 # --logfile is a path for redis, not a read of redis.log
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
    --daemonize yes --pidfile "$DATA_DIR/redis/redis.pid" --dir "$DATA_DIR/redis" \
    --logfile "$LOG_DIR/redis.log" </dev/null >>"$LOG_DIR/redis.log" 2>&1 9>&- ||
    { show_log "$LOG_DIR/redis.log"; die "redis: redis-server failed to start"; }
}

health_redis() { [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]; }

wait_redis() { wait_for redis "$LOG_DIR/redis.log" redis_pid health_redis; }

stop_redis() {
  local pid; pid="$(redis_pid)" || return 0
  log "redis: stopping (pid $pid)"
  stop_pid redis "$pid" # SIGTERM is redis' clean shutdown; nothing is saved (--save '')
  rm -f "$DATA_DIR/redis/redis.pid"
}

# ---------------------------------------------------------------------------------------
# kafka
# ---------------------------------------------------------------------------------------

KAFKA_DATA="$DATA_DIR/kafka"
KAFKA_MARKER="-Dtessera.service=kafka"

kafka_pid() { live_pid "$KAFKA_DATA/kafka.pid" "$KAFKA_MARKER"; }

# Run one of Kafka's command-line classes (StorageTool, TopicCommand, ConsoleProducer ...).
kafka_tool() {
  java -Xmx256m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$HERE/kafka-tools-log4j2.xml" \
    -cp "$KAFKA_HOME/libs/*" "$@"
}

render_kafka_config() {
  local users='user_admin="admin-secret" user_alice="alice-secret" user_bob="bob-secret"' u
  for u in $KAFKA_EXTRA_USERS; do
    [[ $u =~ ^[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$ ]] || die "kafka: bad TESSERA_KAFKA_EXTRA_USERS entry '$u' (want name:secret)"
    users+=" user_${u%%:*}=\"${u#*:}\""
  done
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
      -e "s|@KAFKA_SASL_PORT@|$KAFKA_SASL_PORT|g" \
      -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
      -e "s|@KAFKA_LOG_DIRS@|$KAFKA_DATA/data|g" \
      -e "s|@KAFKA_SASL_USERS@|$users|g" \
      "$HERE/kafka-server.properties.in" >"$KAFKA_DATA/server.properties"
}

prepare_kafka() {
  ensure_java
  fetch_kafka
}

start_kafka() {
  local p out="$LOG_DIR/kafka.out"
  for p in "$KAFKA_PORT" "$KAFKA_SASL_PORT" "$KAFKA_CONTROLLER_PORT"; do
    port_open "$p" && die "kafka: port $p is already taken by another process (set TESSERA_KAFKA_*PORT)"
  done
  mkdir -p "$KAFKA_DATA/data"
  render_kafka_config
  # KRaft storage must be formatted once (writes meta.properties and the bootstrap
  # checkpoint with this node as the single voter); re-formatting would refuse anyway.
  if [[ ! -f $KAFKA_DATA/data/meta.properties ]]; then
    log "kafka: formatting storage in $(rel "$KAFKA_DATA/data")"
    kafka_tool kafka.tools.StorageTool format -t "$KAFKA_CLUSTER_ID" \
      -c "$KAFKA_DATA/server.properties" --standalone >>"$out" 2>&1 ||
      { show_log "$out"; die "kafka: formatting storage failed"; }
  fi
  log "kafka: starting on 127.0.0.1:$KAFKA_PORT (PLAINTEXT), :$KAFKA_SASL_PORT (SASL_PLAINTEXT/PLAIN), :$KAFKA_CONTROLLER_PORT (controller)"
  # The same JVM flags as kafka-server-start.sh, with a small heap. stdout/stderr (GC
  # warnings, early crashes) go to kafka.out, the broker's own log to kafka.log.
  (
    cd "$KAFKA_DATA"
    exec setsid nohup java -Xms256m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent \
      -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
      "$KAFKA_MARKER" -Dkafka.logs.dir="$LOG_DIR" \
      -Dlog4j2.configurationFile="$HERE/kafka-log4j2.xml" \
      -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$KAFKA_DATA/server.properties"
  ) >>"$out" 2>&1 </dev/null 9>&- &
  # In a non-interactive shell the background job is no process-group leader, so setsid
  # and nohup exec in place and $! is the JVM's pid.
  printf '%s\n' "$!" >"$KAFKA_DATA/kafka.pid"
}

health_kafka() { port_open "$KAFKA_PORT" && port_open "$KAFKA_SASL_PORT"; }

# A real metadata round trip through the PLAINTEXT listener, not just an open port.
kafka_metadata_ok() {
  timeout 60 java -Xmx128m -XX:TieredStopAtLevel=1 \
    -Dlog4j2.configurationFile="$HERE/kafka-tools-log4j2.xml" -cp "$KAFKA_HOME/libs/*" \
    org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --list
}

wait_kafka() {
  # kafka.out has JVM-level failures (bad flags, missing classes), kafka.log the broker's own.
  if ! wait_for kafka "$LOG_DIR/kafka.out" kafka_pid health_kafka; then
    [[ -f $LOG_DIR/kafka.log ]] && show_log "$LOG_DIR/kafka.log"
    return 1
  fi
  wait_for kafka "$LOG_DIR/kafka.log" kafka_pid kafka_metadata_ok
}

stop_kafka() {
  local pid; pid="$(kafka_pid)" || return 0
  log "kafka: stopping (pid $pid)"
  stop_pid kafka "$pid" # SIGTERM = controlled shutdown, flushes and closes the logs cleanly
  rm -f "$KAFKA_DATA/kafka.pid"
}

# ---------------------------------------------------------------------------------------
# registry (Apicurio)
# ---------------------------------------------------------------------------------------

REGISTRY_DATA="$DATA_DIR/registry"
REGISTRY_MARKER="-Dtessera.service=registry"

registry_pid() { live_pid "$REGISTRY_DATA/registry.pid" "$REGISTRY_MARKER"; }

prepare_registry() {
  ensure_java
  ensure_cmd curl curl
  if [[ $REGISTRY_VERSION != 3.0.* && $(java_major) -lt 21 ]]; then
    log "registry: warning: Apicurio Registry $REGISTRY_VERSION is built for Java 21 and this is Java $(java_major); expect UnsupportedClassVersionError"
  fi
  fetch_registry
}

start_registry() {
  local jar
  jar="$(registry_jar)" || die "registry: no quarkus-run.jar / *-runner.jar in $REGISTRY_HOME"
  port_open "$REGISTRY_PORT" && die "registry: port $REGISTRY_PORT is already taken by another process (set TESSERA_REGISTRY_PORT)"
  mkdir -p "$REGISTRY_DATA"
  log "registry: starting Apicurio Registry $REGISTRY_VERSION on 127.0.0.1:$REGISTRY_PORT"
  # Storage is the default in-memory H2 (schemas are gone after a restart; tests register
  # what they need). Deletion is switched on explicitly so tests can clean up subjects
  # with the Confluent API (DELETE /subjects/...); the per-request access log is off.
  (
    cd "$REGISTRY_DATA"
    exec setsid nohup java -Xms128m -Xmx512m -XX:+ExitOnOutOfMemoryError "$REGISTRY_MARKER" \
      -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$REGISTRY_PORT" \
      -Dquarkus.http.access-log.enabled=false \
      -Dapicurio.rest.deletion.group.enabled=true \
      -Dapicurio.rest.deletion.artifact.enabled=true \
      -Dapicurio.rest.deletion.artifact-version.enabled=true \
      -jar "$jar"
  ) >>"$LOG_DIR/registry.log" 2>&1 </dev/null 9>&- &
  printf '%s\n' "$!" >"$REGISTRY_DATA/registry.pid"
}

health_registry() { curl -sf -o /dev/null --max-time 5 "http://127.0.0.1:$REGISTRY_PORT/apis/ccompat/v7/subjects"; }

wait_registry() { wait_for registry "$LOG_DIR/registry.log" registry_pid health_registry; }

stop_registry() {
  local pid; pid="$(registry_pid)" || return 0
  log "registry: stopping (pid $pid)"
  stop_pid registry "$pid"
  rm -f "$REGISTRY_DATA/registry.pid"
}

# ---------------------------------------------------------------------------------------
# commands
# ---------------------------------------------------------------------------------------

service_port() {
  case "$1" in
    postgres) printf '%s' "$PG_PORT" ;;
    redis) printf '%s' "$REDIS_PORT" ;;
    kafka) printf '%s (sasl %s, controller %s)' "$KAFKA_PORT" "$KAFKA_SASL_PORT" "$KAFKA_CONTROLLER_PORT" ;;
    registry) printf '%s' "$REGISTRY_PORT" ;;
  esac
}

# Serialize up/down across concurrent invocations (two test jobs starting services at once).
# Every daemon is launched with `9>&-`: a server inheriting the lock's fd would hold the
# lock for as long as it runs, and the next `down` would wait for it forever.
take_lock() {
  mkdir -p "$DATA_DIR" "$LOG_DIR"
  chmod a+rx "$DATA_DIR" 2>/dev/null || true # the postgres user must traverse it (see pg_datadir)
  exec 9>"$DATA_DIR/.lock"
  flock -w 900 9 || die "another scripts/services.sh up/down is still running"
}

cmd_up() {
  local svc started=() failed=() t0=$SECONDS
  take_lock
  mkdir -p "$TOOLS_DIR"
  ensure_chromium
  for svc in "$@"; do
    if "${svc}_pid" >/dev/null 2>&1; then
      log "$svc: already running ($(service_port "$svc"))"
    else
      started+=("$svc")
    fi
  done
  # Install and fetch everything before starting anything, so that a failed download does
  # not leave half of the services running.
  for svc in "${started[@]}"; do "prepare_$svc"; done
  # Everything is launched first and waited for afterwards: the JVMs start in parallel.
  # A service that fails to launch must not stop the others from being waited for (and so
  # set up: the tessera database is created in wait_postgres), hence the subshells, with
  # errexit re-enabled inside (it is ignored in a subshell used as an `if` condition).
  local launched=() rc
  for svc in "${started[@]}"; do
    set +e; ( set -e; "start_$svc" ); rc=$?; set -e
    if ((rc == 0)); then launched+=("$svc"); else failed+=("$svc"); fi
  done
  for svc in "${launched[@]}"; do
    if "wait_$svc"; then
      log "$svc: up ($(service_port "$svc"))"
    else
      failed+=("$svc")
    fi
  done
  ((${#failed[@]} == 0)) || die "failed to start: ${failed[*]} (logs in $(rel "$LOG_DIR"))"
  ((${#started[@]} == 0)) || log "all requested services up in $((SECONDS - t0))s"
}

cmd_down() {
  local svc
  take_lock
  for svc in "$@"; do
    if "${svc}_pid" >/dev/null 2>&1; then "stop_$svc"; else log "$svc: not running"; fi
  done
}

cmd_status() {
  local svc pid state rc=0
  for svc in "$@"; do
    if pid="$("${svc}_pid" 2>/dev/null)"; then
      if "health_$svc" >/dev/null 2>&1; then state="up"; else state="starting/unhealthy"; rc=1; fi
      printf '%-9s %-18s 127.0.0.1:%s  pid %s\n' "$svc" "$state" "$(service_port "$svc")" "$pid"
    else
      printf '%-9s %-18s 127.0.0.1:%s\n' "$svc" "down" "$(service_port "$svc")"
      rc=1
    fi
  done
  return "$rc"
}

cmd_env() {
  cat <<EOF
export DATABASE_URL=postgresql://tessera:tessera@127.0.0.1:$PG_PORT/tessera
export REDIS_URL=redis://127.0.0.1:$REDIS_PORT
export KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT
export KAFKA_SASL_BROKERS=127.0.0.1:$KAFKA_SASL_PORT
export SCHEMA_REGISTRY_URL=http://127.0.0.1:$REGISTRY_PORT/apis/ccompat/v7
EOF
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
}

main() {
  local cmd="${1:-}" svc s ok
  [[ -n $cmd ]] || usage
  shift
  local services=("$@")
  ((${#services[@]})) || services=("${ALL_SERVICES[@]}")
  for svc in "${services[@]}"; do
    ok=0
    for s in "${ALL_SERVICES[@]}"; do [[ $s == "$svc" ]] && ok=1; done
    ((ok)) || die "unknown service '$svc' (known: ${ALL_SERVICES[*]})"
  done
  case "$cmd" in
    up) cmd_up "${services[@]}" ;;
    down) cmd_down "${services[@]}" ;;
    status) cmd_status "${services[@]}" ;;
    env) cmd_env ;;
    -h | --help | help) usage ;;
    *) usage ;;
  esac
}

main "$@"
