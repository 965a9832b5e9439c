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

bench_java LockstepBench "$@"
