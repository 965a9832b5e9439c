#!/usr/bin/env bash
# Benchmark (not a test): a snapshot's resting orders written by Akka's CBOR serializer as objects
# with field names (as before) and as arrays of five numbers (RestingOrderFormat): bytes, write and
# read time per order; see docs/BENCHMARKS.md "Recovery".
#
#   bench/snapshot-format.sh [--orders=100000] [--rounds=40]
#
# Builds (unless BENCH_SKIP_BUILD=true) and runs dev.involution.arena.bench.SnapshotFormatBench.
# Extra JVM options: BENCH_JAVA_OPTS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_build

bench_java SnapshotFormatBench "$@"
