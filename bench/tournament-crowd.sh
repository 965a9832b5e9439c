#!/usr/bin/env bash
# Benchmark (not a test): a crowd connecting at once to a finished tournament's stream; see
# docs/BENCHMARKS.md "A crowd at a tournament's stream".
#
#   bench/tournament-crowd.sh [WATCHERS] [ROUNDS]          default: 500 3
#
# Builds (unless BENCH_SKIP_BUILD=true), starts arena/target/arena.jar with its stream edge on a
# fresh data directory, plays one fast round-robin tournament of ENTRANTS (256) house bots, SEATS
# (32) a match, ROUNDS_PLAYED (20) rounds to its end, then ROUNDS times has WATCHERS bare clients
# (bench/ws-crowd.py) connect at once to its stream on EDGE (stream, or http) and read their
# snapshot; prints the time and the arena process's CPU seconds (from /proc) for each crowd.
# Extra server JVM options: BENCH_SERVER_JAVA_OPTS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_build

watchers="${1:-500}"
rounds="${2:-3}"
port="${BENCH_PORT:-18283}"
stream_port="${BENCH_STREAM_PORT:-18284}"
data="$(mktemp -d /tmp/bench-crowd.XXXXXX)"
server=""
cleanup() {
  arena_stop "$server"
  rm -rf "$data"
}
trap cleanup EXIT

ARENA_DATA_DIR="$data" ARENA_HTTP_PORT="$port" ARENA_STREAM_PORT="$stream_port" ARENA_HTTP_INTERFACE=127.0.0.1 \
ARENA_DEMO=false ARENA_HTTP_MAX_CONNECTIONS_PER_CLIENT=$((watchers + 64)) \
  java ${BENCH_SERVER_JAVA_OPTS:-} -jar "$BENCH_ROOT/arena/target/arena.jar" >"$data/server.log" 2>&1 &
server=$!
arena_wait_healthy "http://127.0.0.1:$port" "$server" "$data/server.log"
admin="$(cat "$data/admin-token")"

bots="$(python3 -c "import json; s=['cost-plus','undercutter','subsidizer','innovator','tit-for-tat','random']; print(json.dumps([s[i % 6] for i in range(${ENTRANTS:-256})]))")"
id="$(curl -fsS -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  "http://127.0.0.1:$port/api/tournaments" -d "{\"name\":\"Crowd\",\"mode\":\"fast\",\"rounds\":${ROUNDS_PLAYED:-20},\"seatsPerMatch\":${SEATS:-32},\"seed\":42,\"parallelMatches\":2,\"houseBots\":$bots}" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["summary"]["tournamentId"])')"
curl -fsS -X POST -H "Authorization: Bearer $admin" "http://127.0.0.1:$port/api/tournaments/$id/start" >/dev/null
for _ in $(seq 1 600); do
  curl -fsS "http://127.0.0.1:$port/api/tournaments/$id" | grep -q '"status":"FINISHED"' && break
  sleep 1
done
sleep 2

edge_port="$stream_port"
[[ "${EDGE:-stream}" == stream ]] || edge_port="$port"
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
echo "date: $(date -u)"
echo "machine: $(bench_machine)"
echo "load average before the crowds: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "tournament $id: ${ENTRANTS:-256} entrants finished, its view $(curl -fsS "http://127.0.0.1:$port/api/tournaments/$id" | wc -c) bytes; $watchers watchers at once on the ${EDGE:-stream} edge"
for r in $(seq 1 "$rounds"); do
  before="$(cpu)"
  result="$(python3 "$BENCH_ROOT/bench/ws-crowd.py" "$edge_port" "/api/tournaments/$id/stream" "$watchers")"
  after="$(cpu)"
  echo "crowd $r: $result; arena CPU $(awk -v a="$after" -v b="$before" -v t="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", (a - b) / t}') s"
  sleep 2
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
