#!/usr/bin/env bash
# WebSocket churn against the built jar, with a class histogram of the arena's heap every 30 s:
# how many H2 LOB values (ValueBlob) and session LOB timeouts (SessionLocal$TimeoutValue) the
# heap holds while streams come and go, each one reading the demo match's events from the journal.
#
#   bench/ws-heap.sh [SECONDS] [CONNECTIONS_PER_SECOND] [extra java options for the arena]
#
# Starts its own arena (ARENA_JAR, default the built jar) on a free loopback port with the demo match
# on, and stops it by its PID.
set -euo pipefail
source "$(dirname "$0")/common.sh"
seconds="${1:-360}"
rate="${2:-10}"
shift $(( $# > 2 ? 2 : $# ))
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
work="$(mktemp -d)"
log="$work/arena.log"
ARENA_DATA_DIR="$work/data" ARENA_HTTP_PORT="$port" ARENA_HTTP_INTERFACE=127.0.0.1 ARENA_ADMIN_TOKEN=heap-admin-token \
ARENA_HTTP_MAX_CONNECTIONS_PER_CLIENT=100000 \
  java "$@" -jar "${ARENA_JAR:-$BENCH_ROOT/arena/target/arena.jar}" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
arena_wait_healthy "http://127.0.0.1:$port" "$server" "$log" 120
sleep 20
match="$(curl -s "http://127.0.0.1:$port/api/matches?status=RUNNING" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["matchId"])')"
echo "== churn: $rate WebSockets/s for $seconds s on /api/matches/$match/stream?from=1; java options: ${*:-none}; $(date -u +%FT%TZ); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$BENCH_ROOT/bench/ws-churn.py" "$port" "/api/matches/$match/stream?from=1" "$seconds" "$rate" &
churn=$!
printf '%6s %12s %16s %10s\n' "t (s)" "ValueBlob" "TimeoutValue" "heap used"
start=$(date +%s)
while kill -0 "$churn" 2>/dev/null; do
  histogram="$(jcmd "$server" GC.class_histogram 2>/dev/null)"
  blobs="$(awk '$4 == "org.h2.value.ValueBlob" {print $2}' <<<"$histogram")"
  timeouts="$(awk '$4 == "org.h2.engine.SessionLocal$TimeoutValue" {print $2}' <<<"$histogram")"
  used="$(jcmd "$server" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}')"
  printf '%6s %12s %16s %10s\n' "$(( $(date +%s) - start ))" "${blobs:-0}" "${timeouts:-0}" "${used:-?}"
  sleep 30
done
wait "$churn" || true
echo "events in the match now: $(curl -s "http://127.0.0.1:$port/api/matches/$match" | python3 -c 'import json,sys; print(json.load(sys.stdin)["seq"])')"
