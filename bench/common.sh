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

# arena_wait_healthy URL PID LOG [SECONDS]: waits until the arena at URL answers /health (60 s by
# default); fails, showing LOG, when process PID ends first or the time runs out.
arena_wait_healthy() {
  local url="$1" pid="$2" log="$3" seconds="${4:-60}"
  local tries=$((seconds * 2))
  for _ in $(seq 1 "$tries"); do
    if curl -fsS "$url/health" >/dev/null 2>&1; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the server did not start:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "the server is not healthy after $seconds s:" >&2
  cat "$log" >&2
  return 1
}

# arena_stop PID: stops the arena started by this shell (SIGTERM: coordinated shutdown), killing it
# if it has not ended within 20 s. Nothing when PID is empty or already gone.
arena_stop() {
  local pid="$1"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 40); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "the server did not stop within 20 s; killing it" >&2
      kill -KILL "$pid"
    fi
    wait "$pid" 2>/dev/null || true
  fi
}

# bench_java CLASS [ARGS...]: runs the benchmark class dev.involution.arena.bench.CLASS on the built
# classpath, between a header (date, machine, load average) and the load average after it.
# Extra JVM options: BENCH_JAVA_OPTS.
bench_java() {
  local class="$1"
  shift
  echo "date: $(date -u)"
  echo "machine: $(bench_machine)"
  echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options on purpose
  java ${BENCH_JAVA_OPTS:-} -Dakka.loglevel=WARNING -cp "$BENCH_CLASSPATH" "dev.involution.arena.bench.$class" "$@"
  echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# arena_sample_metrics URL FILE: appends "threads peak heap started" (live threads, the JVM's peak,
# bytes of heap in use, threads started since the JVM started) every 2 s while the arena at URL
# answers /metrics; run it in the background and kill it when the run ends.
arena_sample_metrics() {
  local url="$1" file="$2" m
  while true; do
    if m="$(curl -fsS --max-time 2 "$url/metrics" 2>/dev/null)"; then
      awk '/^jvm_threads_current /{t=$2} /^jvm_threads_peak /{p=$2} /^jvm_memory_used_bytes\{area="heap"\}/{h=$2}
           /^jvm_threads_started_total /{s=$2}
           END {if (t != "") printf "%d %d %d %d\n", t, p, h, s}' <<<"$m" >>"$file"
    fi
    sleep 2
  done
}

# arena_metrics_summary FILE: one line from arena_sample_metrics' samples: the most live threads,
# the JVM's peak, threads started (last sample) and the most heap in use (MB).
arena_metrics_summary() {
  awk '{if ($1 > t) t = $1; if ($2 > p) p = $2; if ($3 > h) h = $3; s = $4}
       END {if (NR == 0) print "no samples"; else printf "threads live at most %d, JVM peak %d, started %d; heap in use at most %d MB\n", t, p, s, h / 1048576}' "$1"
}
