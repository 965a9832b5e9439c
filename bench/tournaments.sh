#!/usr/bin/env bash
# Benchmark (not a test): what a fast tournament costs over playing the same matches with the bare
# engine; see docs/BENCHMARKS.md "Tournaments (fast mode)".
#
#   bench/tournaments.sh [--sizes=12x6x10,64x8x25,256x32x20] [--repeats=5] [--warm-up=2] [--parallel=4]
#                        [--poll-millis=10] [--seed=42] [--match-rounds=N] [--out=FILE]
#
# Builds (unless BENCH_SKIP_BUILD=true) and runs dev.involution.arena.bench.TournamentBench, which
# starts the real arena in a temporary data directory, plays each size as a fast round-robin
# tournament of house bots over HTTP and the same matches with the bare engine in the same JVM, and
# prints a table. Extra JVM options: BENCH_JAVA_OPTS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_build

bench_java TournamentBench "$@"
