#!/usr/bin/env bash
# A cluster of arena nodes on this machine, behind HAProxy on localhost:8080, for trying and testing.
#
#   cluster/local-cluster.sh up [N]       build the jar if missing, check PostgreSQL, start N nodes (default 3)
#                                          and HAProxy; returns once every node is Up and ready
#   cluster/local-cluster.sh status       each node: process, member status and readiness; HAProxy
#   cluster/local-cluster.sh kill NODE    kill -9 node NODE (1..N)
#   cluster/local-cluster.sh restart NODE SIGTERM node NODE (it leaves the cluster), then start it again
#   cluster/local-cluster.sh down         SIGTERM every node and HAProxy (by their PIDs) and wait
#
# Environment: LOCAL_CLUSTER_PORT (HAProxy, default 8080), LOCAL_CLUSTER_HTTP_BASE (node i serves
# HTTP on base+i, default 8180), LOCAL_CLUSTER_STREAM_BASE (node i's stream edge, base+i, default
# 8280; HAProxy sends the match streams there), LOCAL_CLUSTER_AKKA_BASE (node i's cluster port is base+i, default
# 25520), LOCAL_CLUSTER_DIR (state, logs and PIDs; default cluster/run), ARENA_DB_URL / ARENA_DB_USER /
# ARENA_DB_PASSWORD (default: database arena_local on 127.0.0.1:5432, user postgres, created if
# missing). Needs java 17+, haproxy, curl and psql.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/arena/target/arena.jar"
RUN=${LOCAL_CLUSTER_DIR:-$ROOT/cluster/run}
PROXY_PORT=${LOCAL_CLUSTER_PORT:-8080}
HTTP_BASE=${LOCAL_CLUSTER_HTTP_BASE:-8180}
STREAM_BASE=${LOCAL_CLUSTER_STREAM_BASE:-8280}
AKKA_BASE=${LOCAL_CLUSTER_AKKA_BASE:-25520}
DB_URL=${ARENA_DB_URL:-jdbc:postgresql://127.0.0.1:5432/arena_local}
DB_USER=${ARENA_DB_USER:-postgres}
DB_PASSWORD=${ARENA_DB_PASSWORD:-}

die() { echo "local-cluster: $*" >&2; exit 1; }
alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
nodes() { cat "$RUN/nodes" 2>/dev/null || echo 0; }
http_port() { echo $((HTTP_BASE + $1)); }
stream_port() { echo $((STREAM_BASE + $1)); }
akka_port() { echo $((AKKA_BASE + $1)); }

seeds() {
  local n=$1 list="" i
  for ((i = 1; i <= (n < 3 ? n : 3); i++)); do
    list+="${list:+,}akka://arena@127.0.0.1:$(akka_port "$i")"
  done
  echo "$list"
}

check_postgres() {
  command -v psql >/dev/null || die "psql is missing (apt-get install postgresql-client)"
  local rest=${DB_URL#jdbc:postgresql://} host port db
  host=${rest%%/*}; db=${rest#*/}; db=${db%%\?*}
  port=${host##*:}; host=${host%%:*}; [[ "$port" == "$host" ]] && port=5432
  PGPASSWORD=$DB_PASSWORD psql -h "$host" -p "$port" -U "$DB_USER" -d postgres -tAc 'select 1' >/dev/null 2>&1 \
    || die "PostgreSQL does not answer at $host:$port as $DB_USER (start it, e.g. pg_ctlcluster --skip-systemctl-redirect 15 main start)"
  if [[ -z $(PGPASSWORD=$DB_PASSWORD psql -h "$host" -p "$port" -U "$DB_USER" -d postgres -tAc \
      "select 1 from pg_database where datname = '$db'") ]]; then
    PGPASSWORD=$DB_PASSWORD psql -h "$host" -p "$port" -U "$DB_USER" -d postgres -qc "create database $db" >/dev/null
    echo "created database $db"
  fi
}

admin_token() {
  if [[ ! -s "$RUN/admin-token" ]]; then
    (umask 077; od -An -N32 -tx1 /dev/urandom | tr -d ' \n' > "$RUN/admin-token")
  fi
  cat "$RUN/admin-token"
}

start_node() {
  local i=$1 n=$2
  alive "$RUN/node$i.pid" && { echo "node $i already runs (PID $(cat "$RUN/node$i.pid"))"; return; }
  mkdir -p "$RUN/node$i"
  # evaluated here, not in the background job below (where concurrent starts would race)
  local token seed_list
  token=$(admin_token)
  seed_list=$(seeds "$n")
  ARENA_HTTP_PORT=$(http_port "$i") ARENA_STREAM_PORT=$(stream_port "$i") ARENA_HTTP_INTERFACE=127.0.0.1 ARENA_DATA_DIR="$RUN/node$i" \
  ARENA_CLUSTER_HOST=127.0.0.1 ARENA_CLUSTER_PORT=$(akka_port "$i") ARENA_CLUSTER_SEEDS=$seed_list \
  ARENA_DB=postgres ARENA_DB_URL=$DB_URL ARENA_DB_USER=$DB_USER ARENA_DB_PASSWORD=$DB_PASSWORD \
  ARENA_ADMIN_TOKEN=$token ARENA_TRUSTED_PROXIES=127.0.0.1 \
  ARENA_PUBLIC_ORIGIN=${ARENA_PUBLIC_ORIGIN:-http://localhost:$PROXY_PORT} \
  ARENA_ALLOWED_ORIGINS=${ARENA_ALLOWED_ORIGINS:-http://127.0.0.1:$PROXY_PORT} \
    nohup java ${LOCAL_CLUSTER_JAVA_OPTS:--Xmx512m} -jar "$JAR" >>"$RUN/node$i.log" 2>&1 &
  echo $! > "$RUN/node$i.pid"
  echo "node $i: PID $!, http://127.0.0.1:$(http_port "$i")/, akka://arena@127.0.0.1:$(akka_port "$i"), log $RUN/node$i.log"
}

start_proxy() {
  local n=$1 i
  alive "$RUN/haproxy.pid" && return
  { cat "$ROOT/cluster/haproxy.cfg"
    for ((i = 1; i <= n; i++)); do echo "    server node$i 127.0.0.1:$(http_port "$i")"; done
    echo; echo "backend arena_streams"
    for ((i = 1; i <= n; i++)); do echo "    server node$i 127.0.0.1:$(stream_port "$i")"; done
  } > "$RUN/haproxy.cfg"
  ARENA_PROXY_BIND="127.0.0.1:$PROXY_PORT" haproxy -c -q -f "$RUN/haproxy.cfg" || die "bad HAProxy configuration"
  ARENA_PROXY_BIND="127.0.0.1:$PROXY_PORT" nohup haproxy -db -f "$RUN/haproxy.cfg" >>"$RUN/haproxy.log" 2>&1 &
  echo $! > "$RUN/haproxy.pid"
  echo "HAProxy: PID $!, http://localhost:$PROXY_PORT/, log $RUN/haproxy.log"
}

ready() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$(http_port "$1")/ready" 2>/dev/null | grep -q 200; }

await_ready() {
  local i=$1 deadline=$((SECONDS + 120))
  until ready "$i"; do
    alive "$RUN/node$i.pid" || die "node $i exited; see $RUN/node$i.log"
    ((SECONDS < deadline)) || die "node $i not ready after 120 s; see $RUN/node$i.log"
    sleep 1
  done
}

stop_pid() {
  local file=$1 patience=${2:-60}
  alive "$file" || { rm -f "$file"; return; }
  local pid; pid=$(cat "$file")
  kill -TERM "$pid"
  for ((t = 0; t < patience * 5; t++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && { echo "PID $pid still runs after ${patience}s; kill -9"; kill -KILL "$pid"; }
  rm -f "$file"
}

cmd_up() {
  local n=${1:-3} i
  [[ "$n" =~ ^[1-9][0-9]?$ ]] || die "up N: N is a number of nodes (1..99)"
  command -v haproxy >/dev/null || die "haproxy is missing (apt-get install haproxy)"
  command -v curl >/dev/null || die "curl is missing"
  mkdir -p "$RUN"; chmod 700 "$RUN"
  [[ -f "$JAR" ]] || (cd "$ROOT" && mvn -B -q -DskipTests -pl arena -am package)
  check_postgres
  echo "$n" > "$RUN/nodes"
  for ((i = 1; i <= n; i++)); do start_node "$i" "$n"; done
  start_proxy "$n"
  for ((i = 1; i <= n; i++)); do await_ready "$i"; done
  echo "admin token (ARENA_ADMIN_TOKEN of every node): $(admin_token)"
  echo "the arena: http://localhost:$PROXY_PORT/"
  cmd_status
}

cmd_status() {
  local n; n=$(nodes); ((n > 0)) || { echo "no local cluster (run: $0 up)"; return 0; }
  local i body member
  for ((i = 1; i <= n; i++)); do
    if alive "$RUN/node$i.pid"; then
      body=$(curl -s --max-time 3 "http://127.0.0.1:$(http_port "$i")/ready" || true)
      member=$(sed -n 's/.*"member":"\([A-Za-z]*\)".*/\1/p' <<<"$body")
      printf 'node %d  PID %-7s akka://arena@127.0.0.1:%-5s http :%-5s streams :%-5s %-8s %s\n' "$i" \
        "$(cat "$RUN/node$i.pid")" "$(akka_port "$i")" "$(http_port "$i")" "$(stream_port "$i")" "${member:-?}" "$(grep -q '"READY"' <<<"$body" && echo ready || echo 'not ready')"
    else
      printf 'node %d  not running\n' "$i"
    fi
  done
  if alive "$RUN/haproxy.pid"; then
    echo "HAProxy PID $(cat "$RUN/haproxy.pid") on localhost:$PROXY_PORT: /ready through it answers $(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$PROXY_PORT/ready" || true)"
  else
    echo "HAProxy not running"
  fi
}

node_arg() {
  local n; n=$(nodes)
  [[ "${1:-}" =~ ^[0-9]+$ ]] && (($1 >= 1 && $1 <= n)) || die "NODE must be 1..$n"
}

case "${1:-}" in
  up) cmd_up "${2:-3}" ;;
  status) cmd_status ;;
  kill) node_arg "${2:-}"; alive "$RUN/node$2.pid" && kill -KILL "$(cat "$RUN/node$2.pid")"; rm -f "$RUN/node$2.pid"; echo "node $2 killed" ;;
  restart) node_arg "${2:-}"; stop_pid "$RUN/node$2.pid"; start_node "$2" "$(nodes)"; await_ready "$2"; echo "node $2 is back"; cmd_status ;;
  down)
    for ((i = 1; i <= $(nodes); i++)); do stop_pid "$RUN/node$i.pid"; done
    stop_pid "$RUN/haproxy.pid" 10
    rm -f "$RUN/nodes"; echo "stopped" ;;
  *) sed -n '2,14p' "$0"; exit 2 ;;
esac
