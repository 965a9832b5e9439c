#!/usr/bin/env bash
# Benchmark (not a test): journal cost per order, one row per order vs one row per group-commit
# batch, on H2 (with H2 settings to compare) and PostgreSQL; see docs/BENCHMARKS.md "Journal rows".
#
#   bench/journal-rows.sh [--orders=60000] [--batch=32] [--warmup=20000] [--h2-options='library||;PAGE_SIZE=4096'] [--postgres=true] [--fills=0]
#
# Builds (unless BENCH_SKIP_BUILD=true) and runs dev.involution.arena.bench.JournalRowsBench. PostgreSQL
# is the test server at 127.0.0.1:5432 (database test, user postgres; a fresh database is made and
# dropped). Extra JVM options: BENCH_JAVA_OPTS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_build

bench_java JournalRowsBench "$@"
