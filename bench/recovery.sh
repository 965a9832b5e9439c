#!/usr/bin/env bash
# Benchmark (not a test): recovery time of a match with 1,000,000 events vs one with 1,000 after a
# restart, on the H2 file journal; see docs/BENCHMARKS.md "Recovery".
#
#   bench/recovery.sh [--events=1000000] [--small-events=1000] [--repeats=5] [--client-order-ids=false]
#
# Builds (unless BENCH_SKIP_BUILD=true) and runs dev.involution.arena.bench.RecoveryBench, which
# writes both matches through the real arena in a temporary data directory, restarts the arena
# several times and prints a table. Extra JVM options: BENCH_JAVA_OPTS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_build

bench_java RecoveryBench "$@"
