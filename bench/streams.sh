#!/usr/bin/env bash
# Stream fan-out against its no-op baseline, with the arena's threads and heap (docs/BENCHMARKS.md,
# "Live streams").
#
#   bench/streams.sh [SUBSCRIBERS...]        default: 1000 5000
#
# For each subscriber count, RUNS times (default 3): SpectatorSimulation against a match (5 traders,
# 10 orders a second) and then against the no-op stream (/api/noop/stream, the same rate, messages of
# BYTES bytes, no match behind it), each on a fresh arena (load-tests/run.sh, which reads the arena's
# /metrics every 2 s: the most live threads, the JVM's thread peak, threads started since it started
# and the most heap in use). Prints one line per run and keeps every run's output under
# load-tests/target/streams-<time>/.
# The no-op stream mirrors the match run just before it: as many messages a second as the match's
# stream carried (its "events written" rate, rounded: the orders plus the rounds' own events) and
# of the same mix of sizes (the lean client's "size cycle", e.g. 170*20,3042,397: twenty orders,
# then a round's settlement and opening), when the lean client reported them (BASELINE=mean: every
# message of the match stream's mean size, as before 2026-12-08; BASELINE=fixed: EVENTS and BYTES).
# Environment: RUNS (3), DURATION (30), BYTES (400), EVENTS (10 per second), RAMP (s; default
# 10 + subscribers/150), MAX_LAG_P99 (ms, 0: not asserted), CLIENT (gatling, or lean: the
# subscribers are LeanStreamClient's, one Netty thread, and its traders place the orders by the
# clock; see load-tests/run.sh --client), EDGE (http: the subscribers read the HTTP port; stream: the
# arena runs its stream edge and both the match's and the no-op stream are read there, see
# load-tests/run.sh --stream-edge), PIN (true: the arena on CPU 0 and the client on the others; false: neither
# pinned, as load-tests/run.sh --no-pin). The "orders/s" column: the traders' orders a second (for
# Gatling, its "order" requests a second over the whole run; for the lean client, sent by the clock).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
counts=("$@")
[[ ${#counts[@]} -gt 0 ]] || counts=(1000 5000)
runs="${RUNS:-3}"
client="${CLIENT:-gatling}"
edge_flag=""
[[ "${EDGE:-http}" == http ]] || edge_flag="--stream-edge"
pin_flag=""
[[ "${PIN:-true}" == true ]] || pin_flag="--no-pin"
duration="${DURATION:-30}"
bytes="${BYTES:-400}"
events="${EVENTS:-10}"
out="$root/load-tests/target/streams-$(date -u +%Y%m%d%H%M%S)"
mkdir -p "$out"

# Compiles once; every run below uses --no-build.
mvn -B -q -DskipTests -pl arena -am package >/dev/null && mvn -B -q -pl load-tests test-compile >/dev/null || exit 1
if [[ "$client" == lean ]]; then
  mvn -B -q -pl load-tests dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$root/load-tests/target/test-classpath.txt" >/dev/null || exit 1
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

echo "client: $client; edge: ${EDGE:-http}; ${pin_flag:-pinned: the arena on CPU 0}; baseline: ${BASELINE:-matched}"
printf "%-6s %-5s %-3s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s %10s %-15s\n" subs target run orders/s msgs/s/s bytes "lag p50" "lag p99" \
  "lag max" failed threads "th peak" "started" "heap MB" "load avg"
for n in "${counts[@]}"; do
  ramp="${RAMP:-$((10 + n / 150))}"
  for run in $(seq 1 "$runs"); do
    noop_events="$events"
    noop_bytes="$bytes"
    for target in match noop; do
      port="$(free_port)"
      log="$out/$target-$n-$run.log"
      rate_here="$events"
      bytes_here="$bytes"
      [[ "$target" == match ]] || { rate_here="$noop_events"; bytes_here="$noop_bytes"; }
      load-tests/run.sh SpectatorSimulation --no-build --warmup=0 --client="$client" --port="$port" ${pin_flag} ${edge_flag} -Dtarget="$target" \
        -Dsubscribers="$n" -DrampUp="$ramp" -Dduration="$duration" -DeventsPerSecond="$rate_here" -Dbytes="$bytes_here" \
        -DmaxLagP99="${MAX_LAG_P99:-0}" >"$log" 2>&1
      lag="$(grep -E '^ +stream lag ' "$log" | tail -1)"
      connect_failed="$(grep -E '^ +(stream connect|stream gap) ' "$log" | awk '{s += $(NF-6)} END {print s + 0}')"
      rate="$(sed -n 's/.*: \([0-9.]*\) per subscriber per second/\1/p' "$log" | tail -1)"
      load="$(sed -n 's/.*load average after: //p' "$log" | tail -1)"
      size="$(sed -n 's/^message size: \([0-9]*\) bytes.*/\1/p' "$log" | tail -1)"
      if [[ "$target" == match && "${BASELINE:-matched}" != fixed ]]; then
        written="$(sed -n 's/^events written: \([0-9.]*\) a second.*/\1/p' "$log" | tail -1)"
        [[ -z "$written" || "$written" == 0.00 ]] || noop_events="$(printf '%.0f' "$written")"
        [[ -z "$size" ]] || noop_bytes="$size"
        cycle="$(sed -n 's/^size cycle: \([0-9*,]*\)$/\1/p' "$log" | tail -1)"
        [[ "${BASELINE:-matched}" != matched || -z "$cycle" ]] || noop_bytes="$cycle"
      fi
      orders="-"
      if [[ "$target" == match ]]; then
        orders="$(sed -n 's/^traders: .*(\([0-9.]*\) a second).*/\1/p' "$log" | tail -1)"
        [[ -n "$orders" ]] || orders="$(grep -E '^ +order ' "$log" | tail -1 | awk '{print $(NF-5)}')"
      fi
      # load-tests/run.sh's line: "the arena's threads live at most T, JVM peak P, started S; heap in use at most H MB"
      read -r threads peak started heap <<<"$(sed -n 's/.*threads live at most \([0-9]*\), JVM peak \([0-9]*\), started \([0-9]*\); heap in use at most \([0-9]*\) MB.*/\1 \2 \3 \4/p' "$log" | tail -1)"
      printf "%-6s %-5s %-3s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s %10s %-15s\n" "$n" "$target" "$run" "${orders:-?}" "${rate:-?}" "${size:--}" \
        "$(awk '{print $(NF-4)}' <<<"$lag")" "$(awk '{print $(NF-2)}' <<<"$lag")" "$(awk '{print $(NF-1)}' <<<"$lag")" \
        "$connect_failed" "$threads" "$peak" "$started" "$heap" "${load:-?}"
    done
  done
done
echo "outputs: $out"
