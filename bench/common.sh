# Shared by the benchmark scripts in this folder: builds the arena jar and the benchmark classes
# (test scope, never shipped in the jar) and writes their classpath. Sourced, not run.

# The repository root.
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Builds what the benchmarks run (tests are compiled, not run) unless BENCH_SKIP_BUILD=true.
bench_build() {
  if [[ "${BENCH_SKIP_BUILD:-false}" != "true" ]]; then
    (cd "$BENCH_ROOT" && mvn -B -q ${MVN_ARGS:-} -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test)
  fi
  BENCH_CLASSPATH="$BENCH_ROOT/arena/target/test-classes:$BENCH_ROOT/arena/target/classes:$(cat "$BENCH_ROOT/arena/target/bench.classpath")"
  export BENCH_CLASSPATH
}

# A one-line description of this machine for the results.
bench_machine() {
  local cpu
  cpu="$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
  echo "$(nproc) vCPUs (${cpu:-unknown CPU}), $(free -g | awk '/^Mem:/{print $2}') GB RAM, $(uname -sr), $(java -version 2>&1 | head -1)"
}
