#!/usr/bin/env bash
# Benchmark (not a test): the same Gatling simulation through HAProxy against a cluster of 1 node
# and of 3 nodes on this machine, one after the other, each on a fresh PostgreSQL database; see
# docs/BENCHMARKS.md, "Cluster".
#
#   cluster/bench.sh [SIMULATION] [-Dname=value ...]     (default: BotApiSimulation -Dbots=30 -Dduration=30)
#
# Each cluster first runs the same simulation for BENCH_WARMUP seconds (default 15; 0: none), unreported,
# so that neither size is measured with cold JVMs.
#
# The nodes' JVM options come from LOCAL_CLUSTER_JAVA_OPTS (e.g. "-Xmx512m -Darena.ask-timeout=15s" on a
# busy machine, where joining a new match on 3 nodes can outlast the default 5 s ask timeout).
#
# Uses cluster/local-cluster.sh (HAProxy on BENCH_PROXY_PORT, default 18480; state in
# target/cluster-bench), so it needs what that needs (java, haproxy, curl, psql, PostgreSQL on
# 127.0.0.1:5432 as user postgres).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
simulation=${1:-BotApiSimulation}
shift || true
params=("$@")
((${#params[@]})) || params=(-Dbots=30 -Dduration=30)
[[ "$simulation" == *.* ]] || simulation="dev.involution.load.$simulation"

cd "$root"
[[ -f arena/target/arena.jar ]] || mvn -B -q -DskipTests -pl arena -am package
mvn -B -q -pl load-tests test-compile

export LOCAL_CLUSTER_PORT=${BENCH_PROXY_PORT:-18480} LOCAL_CLUSTER_HTTP_BASE=18480 LOCAL_CLUSTER_AKKA_BASE=25580
export ARENA_DEMO=false ARENA_LOG_LEVEL=WARNING ARENA_RATE_LIMIT_PER_SECOND=100000000 ARENA_RATE_LIMIT_BURST=100000000 \
  ARENA_REGISTRATIONS_PER_MINUTE=100000000 ARENA_REGISTRATION_BURST=100000000 ARENA_HTTP_MAX_CONNECTIONS_PER_CLIENT=100000
cluster=""
cleanup() {
  [[ -z "$cluster" ]] || LOCAL_CLUSTER_DIR="$cluster" cluster/local-cluster.sh down >/dev/null || true
}
trap cleanup EXIT
# the simulation against the cluster in $cluster, with the given extra -D options
gatling() {
  mvn -B -pl load-tests gatling:test -Dgatling.simulationClass="$simulation" \
    -DbaseUrl="http://127.0.0.1:$LOCAL_CLUSTER_PORT" -DadminToken="$(cat "$cluster/admin-token")" "${params[@]}" "$@"
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs; $simulation ${params[*]}"
for nodes in 1 3; do
  cluster="$root/target/cluster-bench/$nodes"
  rm -rf "$cluster"
  db="arena_bench_${nodes}_$$"
  export ARENA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db"
  LOCAL_CLUSTER_DIR="$cluster" cluster/local-cluster.sh up "$nodes" >/dev/null
  echo "== $nodes node(s) behind HAProxy; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  if ((${BENCH_WARMUP:-15} > 0)); then
    gatling -Dduration="${BENCH_WARMUP:-15}" -Dgatling.noReports=true >"$cluster/warmup.log" 2>&1 \
      || echo "   (the warm-up run failed; see $cluster/warmup.log)"
    echo "   warmed up for ${BENCH_WARMUP:-15} s; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
  fi
  set +e
  gatling >"$cluster/gatling.log" 2>&1
  status=$?
  set -e
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg); Gatling exit status $status"
  report="$(sed -n 's|.*please open the following file: file://\(.*index\.html\).*|\1|p' "$cluster/gatling.log" | tail -1)"
  if [[ -n "$report" ]]; then python3 load-tests/summary.py "$report"; else tail -20 "$cluster/gatling.log"; fi
  LOCAL_CLUSTER_DIR="$cluster" cluster/local-cluster.sh down >/dev/null
  cluster=""
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
done
