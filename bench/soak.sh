#!/usr/bin/env bash
# The classroom soak (docs/BENCHMARKS.md, "Live streams"): ClassroomSimulation at MATCHES x 30
# students (each student also watches its match's stream) plus WATCHERS spectators of a match with
# its own traders, for MINUTES minutes on one arena; the arena's heap after a full GC at minute 5
# and at the end, and its thread count every 10 s.
#
#   bench/soak.sh            MATCHES=4 MINUTES=30 WATCHERS=500 by default
#
# Passes when ClassroomSimulation and SpectatorSimulation report 0 failed requests, the heap after
# the final full GC is within 10% of the heap after the full GC at minute 5, and the thread count's
# last sample is no higher than its peak at minute 5 plus 10%. The samples are kept under
# load-tests/target/soak-<time>/. The spectators' match plays 15-second rounds: its traders only buy
# compute, and at 2-second rounds they run out of cash after about 200 rounds (6 to 7 minutes), after
# which every order is refused (422, then 409 once the firms are bankrupt).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
matches="${MATCHES:-4}"
minutes="${MINUTES:-30}"
watchers="${WATCHERS:-500}"
seconds=$((minutes * 60))
out="$root/load-tests/target/soak-$(date -u +%Y%m%d%H%M%S)"
mkdir -p "$out"
mvn -B -q -DskipTests -pl arena -am package >/dev/null && mvn -B -q -pl load-tests test-compile >/dev/null || exit 1
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

heap_after_gc() { # heap_after_gc PID: the heap in use (KB) right after a full GC
  jcmd "$1" GC.run >/dev/null 2>&1
  sleep 2
  jcmd "$1" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen|heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {gsub("K,?", "", $(i+1)); print $(i+1); exit}}'
}

# The classroom runs the arena (run.sh, on $port); the spectators join the same arena.
load-tests/run.sh ClassroomSimulation --no-build --warmup=0 --port="$port" -Dmatches="$matches" -DrampUp=20 \
  -Dduration="$seconds" >"$out/classroom.log" 2>&1 &
classroom=$!
pid=""
for _ in $(seq 1 240); do
  pid="$(ss -ltnpH "sport = :$port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
  [[ -n "$pid" ]] && curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.5
done
[[ -n "$pid" ]] || { echo "the arena did not start; see $out/classroom.log" >&2; exit 1; }
token="$(tr '\0' '\n' <"/proc/$pid/environ" | sed -n 's/^ARENA_ADMIN_TOKEN=//p')"
sleep 20
mvn -B -pl load-tests gatling:test -Dgatling.simulationClass=dev.involution.load.SpectatorSimulation \
  -DbaseUrl="http://127.0.0.1:$port" -DadminToken="$token" -Dsubscribers="$watchers" -DrampUp=20 -DroundMillis=15000 \
  -Dduration="$((seconds - 60))" >"$out/watchers.log" 2>&1 &
watchers_job=$!

start=$(date +%s)
heap5=""
peak5=0
echo "elapsed_s threads heap_mb load" >"$out/samples"
while kill -0 "$classroom" 2>/dev/null; do
  now=$(($(date +%s) - start))
  m="$(curl -fsS --max-time 5 "http://127.0.0.1:$port/metrics" 2>/dev/null)" || { sleep 10; continue; }
  threads="$(awk '/^jvm_threads_current /{print int($2)}' <<<"$m")"
  heap="$(awk '/^jvm_memory_used_bytes\{area="heap"\}/{printf "%d", $2 / 1048576}' <<<"$m")"
  echo "$now $threads $heap $(cut -d' ' -f1 /proc/loadavg)" >>"$out/samples"
  if [[ -z "$heap5" && "$now" -ge 300 ]]; then
    heap5="$(heap_after_gc "$pid")"
    awk 'NR > 1 && $2 > p {p = $2} END {print p}' "$out/samples" >"$out/peak5"
    echo "minute 5: heap after full GC ${heap5} KB, thread peak $(cat "$out/peak5")"
  fi
  if [[ -n "$heap5" && "$now" -ge "$seconds" && ! -f "$out/heap-end" ]]; then
    heap_after_gc "$pid" >"$out/heap-end"
    echo "end: heap after full GC $(cat "$out/heap-end") KB"
  fi
  sleep 10
done
wait "$classroom"; classroom_status=$?
wait "$watchers_job"; watchers_status=$?
echo "classroom: exit $classroom_status; watchers: exit $watchers_status"
grep -A14 'request ' "$out/classroom.log" | tail -15
tail -3 "$out/samples"
if [[ -f "$out/heap-end" && -n "$heap5" ]]; then
  awk -v a="$heap5" -v b="$(cat "$out/heap-end")" 'BEGIN {printf "heap after full GC: minute 5 %.0f MB, end %.0f MB (%+.1f%%)\n", a / 1024, b / 1024, (b - a) * 100 / a}'
fi
echo "samples: $out/samples"
