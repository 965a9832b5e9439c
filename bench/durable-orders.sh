#!/usr/bin/env bash
# Benchmark (not a test): durable order POSTs into ONE match vs the no-op route of the same server,
# in one run, at one concurrency; see docs/BENCHMARKS.md "Durable orders into one match".
#
#   bench/durable-orders.sh [--connections=64] [--open-connections=64] [--players=8] [--warmup=10] [--warmup-max=60] [--jit-settled=5] [--duration=20] [--round-millis=2000] [--rounds=1000]
#
# Builds (unless BENCH_SKIP_BUILD=true), starts arena/target/arena.jar on a fresh data directory
# (port BENCH_PORT, default 18282; no demo match; rate limit far above the offered load), runs the
# phases of dev.involution.arena.bench.DurableOrdersLoad, stops the server and prints a table.
# Extra server JVM options: BENCH_SERVER_JAVA_OPTS. BENCH_DB=postgres puts the journal on a fresh
# database of the PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth; dropped at the end)
# instead of the H2 file. The match's admission control by time is set to BENCH_MAX_QUEUE_DELAY
# (ARENA_MATCH_MAX_QUEUE_DELAY; default 10ms: the bound that kept the open loop on schedule with
# its 503s counted and the accepted orders' p99 bounded, without refusals in the closed loop;
# 0s: off, the arena's default), its write budget to BENCH_QUEUE_WRITE_BUDGET (default 0s: off,
# as the arena's default; see docs/BENCHMARKS.md for 10ms).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_build

port="${BENCH_PORT:-18282}"
data="$(mktemp -d /tmp/bench-data.XXXXXX)"
log="$data/server.log"
server=""
db_env=()
pg_db=""
if [[ "${BENCH_DB:-h2}" == "postgres" ]]; then
  pg_db="bench_orders_$$_$RANDOM"
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $pg_db" >/dev/null
  db_env=(ARENA_DB=postgres "ARENA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$pg_db" ARENA_DB_USER=postgres ARENA_DB_PASSWORD=)
fi
stop_server() {
  arena_stop "$server"
  rm -rf "$data"
  if [[ -n "$pg_db" ]]; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null || true
  fi
}
trap stop_server EXIT

env "${db_env[@]}" ARENA_MATCH_MAX_QUEUE_DELAY="${BENCH_MAX_QUEUE_DELAY:-10ms}" \
ARENA_MATCH_QUEUE_WRITE_BUDGET="${BENCH_QUEUE_WRITE_BUDGET:-0s}" ARENA_DATA_DIR="$data" ARENA_HTTP_PORT="$port" ARENA_HTTP_INTERFACE=127.0.0.1 ARENA_ADMIN_TOKEN=bench \
ARENA_DEMO=false ARENA_RATE_LIMIT_PER_SECOND=100000000 ARENA_RATE_LIMIT_BURST=100000000 \
ARENA_REGISTRATIONS_PER_MINUTE=100000000 ARENA_REGISTRATION_BURST=100000000 ARENA_HTTP_MAX_CONNECTIONS_PER_CLIENT=100000 \
  java ${BENCH_SERVER_JAVA_OPTS:-} -jar "$BENCH_ROOT/arena/target/arena.jar" >"$log" 2>&1 &
server=$!

arena_wait_healthy "http://127.0.0.1:$port" "$server" "$log"

echo "date: $(date -u)"
echo "machine: $(bench_machine)"
echo "journal: ${BENCH_DB:-h2}"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$BENCH_CLASSPATH" dev.involution.arena.bench.DurableOrdersLoad \
  --url="http://127.0.0.1:$port" --admin-token=bench --server-pid="$server" --clk-tck="$(getconf CLK_TCK)" "$@"

if grep -qE "ERROR|Exception" "$log"; then
  echo
  echo "The server logged errors during the run (first lines):"
  grep -E "ERROR|Exception" "$log" | head -20
fi
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
