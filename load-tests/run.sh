#!/usr/bin/env bash
# Runs one Gatling simulation against a fresh arena (see docs/BENCHMARKS.md, "Load tests").
#
#   load-tests/run.sh SIMULATION [options] [-Dname=value ...]
#
# SIMULATION: BotApiSimulation, SpectatorSimulation, ClassroomSimulation or BaselineSimulation (or
# a fully qualified class name). -Dname=value pairs are the simulation's parameters (see each
# simulation's header, e.g. -Dbots=30 -Dduration=60); they are passed to Gatling as is.
#
# Options:
#   --warmup=SECONDS    first run the same simulation for this long, unreported (default 10; 0: none)
#   --port=PORT         the arena's HTTP port (default: a free one)
#   --no-pin            do not pin the arena and Gatling to different CPUs (default: where `taskset`
#                       exists and there are 2+ CPUs, the arena on CPU 0, Gatling on the others)
#   --no-build          use the arena jar and load-test classes as they are
#   --jvm-default       start the pinned arena with the JVM's own choices (default: as docs/OPERATIONS.md
#                       says for one CPU, a 48 MB young generation, unless LOAD_SERVER_JAVA_OPTS sizes it)
#   --stream-edge       start the arena with its stream edge on a free port (ARENA_STREAM_PORT) and
#                       read the read-only streams there (-DstreamBaseUrl; SpectatorSimulation)
#   --client=lean       SpectatorSimulation only: measure with LeanStreamClient (one Netty thread,
#                       for thousands of sockets where Gatling's own cost is the limit) instead of
#                       Gatling, with the same parameters and summary lines; it measures once the
#                       arena's JIT compilers have settled after the ramp-up (-DjitSettled=2: under
#                       2% of a core for 5 s, 0: at once; -DjitWaitMax=120 s at most)
#
# It builds the arena jar when it is missing or older than the sources (and compiles the
# simulations), starts the jar on a fresh data directory with rate limits far above the load, no
# demo match and the admin token it passes to the simulation, waits for /health, warms up, runs the
# simulation, stops the arena (by its PID), prints the summary and the path of Gatling's HTML
# report with the arena's threads and heap (read from /metrics every 2 s during the measured run),
# and exits with Gatling's status: non-zero when an assertion (0 failed requests) failed.
# Extra JVM options for the arena: LOAD_SERVER_JAVA_OPTS.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# arena_wait_healthy and arena_stop, shared with the benchmark scripts.
source "$root/bench/common.sh"

usage() { sed -n '2,28p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

if [[ $# -lt 1 || "$1" == "-h" || "$1" == "--help" ]]; then
  usage
  exit 2
fi
simulation="$1"
shift
[[ "$simulation" == *.* ]] || simulation="dev.involution.load.$simulation"
simulation_file="load-tests/src/test/java/${simulation//.//}.java"
if [[ ! -f "$simulation_file" ]]; then
  echo "no such simulation: $simulation ($simulation_file)" >&2
  exit 2
fi

warmup=10
port=""
pin=true
build=true
jvm_default=false
stream_edge=false
client=gatling
params=()
for arg in "$@"; do
  case "$arg" in
    --warmup=*) warmup="${arg#*=}" ;;
    --port=*) port="${arg#*=}" ;;
    --no-pin) pin=false ;;
    --no-build) build=false ;;
    --jvm-default) jvm_default=true ;;
    --stream-edge) stream_edge=true ;;
    --client=gatling|--client=lean) client="${arg#*=}" ;;
    -D*=*) params+=("$arg") ;;
    *) echo "unknown option: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

jar="$root/arena/target/arena.jar"
if [[ "$build" == true ]]; then
  if [[ ! -f "$jar" ]] || [[ -n "$(find arena/src bots/src pom.xml arena/pom.xml bots/pom.xml -newer "$jar" -type f -print -quit 2>/dev/null)" ]]; then
    echo "== building the arena jar"
    mvn -B -q -DskipTests -pl arena -am package
  fi
  echo "== compiling the simulations"
  mvn -B -q -pl load-tests test-compile
fi
[[ -f "$jar" ]] || { echo "missing $jar (run without --no-build)" >&2; exit 1; }
classpath_file="$root/load-tests/target/test-classpath.txt"
if [[ "$client" == lean ]]; then
  [[ "$simulation" == *.SpectatorSimulation ]] || { echo "--client=lean measures SpectatorSimulation only" >&2; exit 2; }
  if [[ ! -f "$classpath_file" || "$root/load-tests/pom.xml" -nt "$classpath_file" ]]; then
    mvn -B -q -pl load-tests dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
  fi
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
[[ -n "$port" ]] || port="$(free_port)"
stream_port=-1
if [[ "$stream_edge" == true ]]; then
  stream_port="$(free_port)"
  params+=("-DstreamBaseUrl=ws://127.0.0.1:$stream_port")
fi
server_cpus=""
gatling_cpus=""
if [[ "$pin" == true ]] && command -v taskset >/dev/null && [[ "$(nproc)" -ge 2 ]]; then
  server_cpus="0"
  gatling_cpus="1-$(($(nproc) - 1))"
fi

admin_token="load-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
data="$(mktemp -d /tmp/arena-load.XXXXXX)"
log="$data/server.log"
server=""
stop_server() {
  arena_stop "$server"
  server=""
}
sampler=""
cleanup() {
  [[ -z "$sampler" ]] || kill "$sampler" 2>/dev/null || true
  stop_server
  rm -rf "$data"
}
trap cleanup EXIT

edge_note=""
[[ "$stream_edge" == false ]] || edge_note=" (stream edge on $stream_port)"
echo "== starting the arena on 127.0.0.1:$port$edge_note${server_cpus:+ (CPU $server_cpus; Gatling on CPU $gatling_cpus)}"
server_java_opts="${LOAD_SERVER_JAVA_OPTS:-}"
# Pinned to one CPU the JVM runs the serial collector; docs/OPERATIONS.md gives such an arena a 48 MB
# young generation (shorter pauses). Done here too unless told otherwise.
if [[ -n "$server_cpus" && "$jvm_default" == false && "$server_java_opts" != *-Xmn* \
      && "$server_java_opts" != *NewSize* && "$server_java_opts" != *Use*GC* ]]; then
  server_java_opts="-Xmn48m $server_java_opts"
fi
echo "== arena JVM options: ${server_java_opts:-none (the defaults of the JVM)}"
server_command=(java $server_java_opts -jar "$jar")
[[ -z "$server_cpus" ]] || server_command=(taskset -c "$server_cpus" "${server_command[@]}")
# env and taskset exec the next program: $! is the arena's own PID.
env ARENA_DATA_DIR="$data" ARENA_HTTP_PORT="$port" ARENA_STREAM_PORT="$stream_port" ARENA_HTTP_INTERFACE=127.0.0.1 ARENA_ADMIN_TOKEN="$admin_token" \
  ARENA_DEMO=false ARENA_RATE_LIMIT_PER_SECOND=100000000 ARENA_RATE_LIMIT_BURST=100000000 ARENA_LOG_LEVEL=WARNING \
  ARENA_REGISTRATIONS_PER_MINUTE=100000000 ARENA_REGISTRATION_BURST=100000000 ARENA_HTTP_MAX_CONNECTIONS_PER_CLIENT=100000 \
  "${server_command[@]}" >"$log" 2>&1 &
server=$!
base_url="http://127.0.0.1:$port"
arena_wait_healthy "$base_url" "$server" "$log" 120

gatling() { # gatling EXTRA-ARGS...: runs the simulation against the arena (or the lean client)
  if [[ "$client" == lean ]]; then
    local java_command=(java -Xmx1g -cp "$root/load-tests/target/test-classes:$(cat "$classpath_file")")
    [[ -z "$gatling_cpus" ]] || java_command=(taskset -c "$gatling_cpus" "${java_command[@]}")
    "${java_command[@]}" -DbaseUrl="$base_url" -DadminToken="$admin_token" "${params[@]}" "$@" \
      dev.involution.load.LeanStreamClient
    return
  fi
  local command=(mvn -B)
  [[ -z "$gatling_cpus" ]] || command=(taskset -c "$gatling_cpus" mvn -B)
  "${command[@]}" -pl load-tests gatling:test -Dgatling.simulationClass="$simulation" \
    -DbaseUrl="$base_url" -DadminToken="$admin_token" "${params[@]}" "$@"
}

if [[ "$warmup" -gt 0 ]]; then
  echo "== warming up: $simulation for ${warmup} s, not reported"
  if ! gatling -Dduration="$warmup" -Dgatling.noReports=true >"$data/warmup.log" 2>&1; then
    echo "   (the warm-up run failed; its last lines:)"
    tail -20 "$data/warmup.log" | sed 's/^/   /'
  fi
fi

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
samples="$data/metrics.samples"
: >"$samples"
arena_sample_metrics "$base_url" "$samples" &
sampler=$!
echo "== running $simulation ${params[*]:-}"
echo "   date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ticks_before="$(cpu_ticks "$server")"
started="$(date +%s.%N)"
set +e
gatling 2>&1 | tee "$data/gatling.log" | grep -v -E '^\[(INFO|WARNING)\]|^Downloading|^Downloaded'
status="${PIPESTATUS[0]}"
set -e
elapsed="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
ticks_after="$(cpu_ticks "$server")"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
stop_server

echo "== summary"
awk -v t="$((ticks_after - ticks_before))" -v hz="$(getconf CLK_TCK)" -v s="$elapsed" -v l="$load_after" \
  'BEGIN { printf "   the arena used %.2f CPU cores on average over the %.0f s of the run (incl. Maven start); load average after: %s\n", t / hz / s, s, l }'
echo "   the arena's $(arena_metrics_summary "$samples")"
if grep -qE "ERROR|Exception" "$log" || [[ "$status" -ne 0 ]]; then
  kept="$root/load-tests/target/arena-$(date -u +%Y%m%d%H%M%S).log"
  mkdir -p "$(dirname "$kept")"
  cp "$log" "$kept"
  echo "   the arena's log: $kept; its errors (first lines):"
  grep -E "ERROR|WARN|Exception" "$log" | head -10 | sed 's/^/   /' || true
fi
report="$(sed -n 's|.*please open the following file: file://\(.*index\.html\).*|\1|p' "$data/gatling.log" | tail -1)"
if [[ -n "$report" && -f "$report" ]]; then
  python3 "$root/load-tests/summary.py" "$report"
  echo "   HTML report: $report"
elif [[ "$client" == gatling ]]; then
  echo "   no report (see Gatling's output above)"
fi
if [[ "$status" -ne 0 ]]; then
  echo "== FAILED: Gatling exited with status $status (failed requests or an assertion; see above)"
fi
exit "$status"
