#!/usr/bin/env bash
# The classroom soak (docs/BENCHMARKS.md, "Live streams"): ClassroomSimulation at MATCHES x 30
# students (each student also watches its match's stream) plus WATCHERS spectators of a match with
# its own traders, for MINUTES minutes on one arena; the arena's heap after a full GC at minute 5
# and 40 s before the end (both loads still running), its thread count and journal file
# (arena_journal_file_bytes) every 10 s.
#
#   bench/soak.sh            MATCHES=4 MINUTES=30 WATCHERS=500 BASELINE=5 HISTO_EVERY=0 by default
#   MINUTES=12 bench/soak.sh a shorter soak (BASELINE, the minute of the first full GC, stays below it)
#
# Passes (exit 0) when ClassroomSimulation and SpectatorSimulation report 0 failed requests, the heap
# after the final full GC is within 10% of the heap after the full GC at minute BASELINE, and the
# thread count's last sample is no higher than its peak at minute BASELINE plus 10%; exits 1
# otherwise. The samples are kept under load-tests/target/soak-<time>/, with the top of the arena's
# class histogram after each full GC (histo-baseline.txt, histo-end.txt, and every HISTO_EVERY
# minutes histo-m<minute>.txt when HISTO_EVERY > 0). The spectators' match plays 15-second rounds: its traders only buy
# compute, and at 2-second rounds they run out of cash after about 200 rounds (6 to 7 minutes), after
# which every order is refused (422, then 409 once the firms are bankrupt).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
matches="${MATCHES:-4}"
minutes="${MINUTES:-30}"
watchers="${WATCHERS:-500}"
baseline="${BASELINE:-5}"
histo_every="${HISTO_EVERY:-0}"
((baseline < minutes)) || { echo "BASELINE ($baseline) must be below MINUTES ($minutes)" >&2; exit 2; }
seconds=$((minutes * 60))
out="$root/load-tests/target/soak-$(date -u +%Y%m%d%H%M%S)"
mkdir -p "$out"
mvn -B -q -DskipTests -pl arena -am package >/dev/null && mvn -B -q -pl load-tests test-compile >/dev/null || exit 1
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

live_heap() { # live_heap PID NAME: the live heap (KB) after a full GC, with the top of the class histogram
  # GC.class_histogram counts live objects after a full GC; its total is the whole heap in use, every
  # generation (GC.heap_info's first "used" is only the young generation under the serial collector).
  jcmd "$1" GC.class_histogram 2>/dev/null >"$out/histo-$2.full"
  { head -64 "$out/histo-$2.full"; tail -1 "$out/histo-$2.full"; } >"$out/histo-$2.txt"
  awk '$1 == "Total" {printf "%d\n", $3 / 1024}' "$out/histo-$2.full"
  rm -f "$out/histo-$2.full"
}

# The classroom runs the arena (run.sh, on $port); the spectators join the same arena. A full GC of
# the JVM's compacting collectors may leave dead objects in place, filled over by int[] "filler"
# arrays that the class histogram counts as live (up to MarkSweepDeadRatio, 5%, of the old
# generation: about 17 MB of this arena's 330 MB, on three full GCs of four). The arena here runs
# with MarkSweepDeadRatio=0 so that every full GC compacts fully and the totals compare live data.
LOAD_SERVER_JAVA_OPTS="-XX:MarkSweepDeadRatio=0 ${LOAD_SERVER_JAVA_OPTS:-}" load-tests/run.sh ClassroomSimulation --no-build --warmup=0 --port="$port" -Dmatches="$matches" -DrampUp=20 \
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
  -Dduration="$((seconds - 20))" >"$out/watchers.log" 2>&1 &
watchers_job=$!

start=$(date +%s)
heap5=""
peak5=0
echo "elapsed_s threads heap_mb load journal_file_mb" >"$out/samples"
echo "minute live_heap_kb" >"$out/heap-every"
while kill -0 "$classroom" 2>/dev/null; do
  now=$(($(date +%s) - start))
  m="$(curl -fsS --max-time 5 "http://127.0.0.1:$port/metrics" 2>/dev/null)" || { sleep 10; continue; }
  threads="$(awk '/^jvm_threads_current /{print int($2)}' <<<"$m")"
  heap="$(awk '/^jvm_memory_used_bytes\{area="heap"\}/{printf "%d", $2 / 1048576}' <<<"$m")"
  journal="$(awk '/^arena_journal_file_bytes /{printf "%d", $2 / 1048576}' <<<"$m")"
  echo "$now $threads $heap $(cut -d' ' -f1 /proc/loadavg) ${journal:--}" >>"$out/samples"
  if [[ -z "$heap5" && "$now" -ge $((baseline * 60)) ]]; then
    heap5="$(live_heap "$pid" baseline)"
    awk 'NR > 1 && $2 > p {p = $2} END {print p}' "$out/samples" >"$out/peak5"
    echo "minute $baseline: heap after full GC ${heap5} KB, thread peak $(cat "$out/peak5")"
    next_histo=$(( (baseline + histo_every) * 60 ))
  fi
  if [[ -n "$heap5" && "$histo_every" -gt 0 && "$now" -ge "$next_histo" && "$now" -lt $((seconds - 40)) ]]; then
    echo "$((now / 60)) $(live_heap "$pid" "m$(printf %02d $((now / 60)))")" >>"$out/heap-every"
    next_histo=$((next_histo + histo_every * 60))
  fi
  # The classroom ends about when the soak clock reaches MINUTES and the spectators (started about
  # 30 s into it, with their ramp) some 10 s later: the end is taken 40 s before, with both at full load.
  if [[ -n "$heap5" && "$now" -ge $((seconds - 40)) && ! -f "$out/heap-end" ]]; then
    live_heap "$pid" end >"$out/heap-end"
    echo "end: heap after full GC $(cat "$out/heap-end") KB"
  fi
  sleep 10
done
wait "$classroom"; classroom_status=$?
wait "$watchers_job"; watchers_status=$?
echo "classroom: exit $classroom_status; watchers: exit $watchers_status"
grep -A14 'request ' "$out/classroom.log" | tail -15
tail -3 "$out/samples"
verdict=0
fail() { echo "FAIL: $*"; verdict=1; }
((classroom_status == 0)) || fail "ClassroomSimulation exited $classroom_status"
((watchers_status == 0)) || fail "SpectatorSimulation exited $watchers_status"
classroom_failed="$(awk '$1 == "All" && $2 == "Requests" {print $4}' "$out/classroom.log" | tail -1)"
[[ "$classroom_failed" == "0" ]] || fail "ClassroomSimulation failed requests: ${classroom_failed:-none reported}"
grep -q 'count of failed events is 0.0 : true' "$out/watchers.log" || fail "SpectatorSimulation reported failed requests"
if [[ -s "$out/heap-end" && -n "$heap5" ]]; then
  awk -v m="$baseline" -v a="$heap5" -v b="$(cat "$out/heap-end")" 'BEGIN {printf "heap after full GC: minute %d %.0f MB, end %.0f MB (%+.1f%%)\n", m, a / 1024, b / 1024, (b - a) * 100 / a}'
  awk -v a="$heap5" -v b="$(cat "$out/heap-end")" 'BEGIN {exit !(b <= a * 1.10)}' || fail "the heap after the final full GC grew more than 10%"
else
  fail "no heap after a full GC at minute $baseline and at the end"
fi
awk -v m="$baseline" 'NR > 1 && $5 != "-" {if ($1 >= m * 60 && first == "") first = $5; last = $5; if ($5 > max) max = $5}
  END {if (last != "") printf "journal file (H2): minute %d %s MB, end %s MB, largest %s MB\n", m, first, last, max}' "$out/samples"
last_threads="$(awk 'NR > 1 {t = $2} END {print t}' "$out/samples")"
peak="$(cat "$out/peak5" 2>/dev/null)"
if [[ -n "$peak" && -n "$last_threads" ]]; then
  awk -v p="$peak" -v t="$last_threads" 'BEGIN {exit !(t <= p * 1.10)}' || fail "threads at the end $last_threads, above the minute-$baseline peak $peak plus 10%"
else
  fail "no thread samples"
fi
echo "samples: $out/samples"
((verdict == 0)) && echo "PASS"
exit "$verdict"
