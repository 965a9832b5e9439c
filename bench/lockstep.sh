#!/usr/bin/env bash
# Benchmark (not a test): 60 rounds of a match of 4 bots that answer at once, in lockstep against
# the same match on the clock at 100 ms rounds; see docs/BENCHMARKS.md "Lockstep rounds".
#
#   bench/lockstep.sh [--rounds=60] [--repeats=3]
#
# Builds (unless BENCH_SKIP_BUILD=true) and runs dev.involution.arena.bench.LockstepBench, which
# starts the real arena in a temporary data directory and plays both matches over HTTP.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_build

echo "date: $(date -u)"
echo "machine: $(bench_machine)"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
java ${BENCH_JAVA_OPTS:-} -Dakka.loglevel=WARNING -cp "$BENCH_CLASSPATH" dev.involution.arena.bench.LockstepBench "$@"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
