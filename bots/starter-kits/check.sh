#!/usr/bin/env bash
# Plays the starter kits through a real match: starts the built arena (arena/target/arena.jar) on a
# free port with a fresh data directory, installs the Python client package (bots/python) into a
# virtual environment and runs its tests, creates a short match (6 rounds of 500 ms, 4 seats, one
# cost-plus house bot), seats the Python kit (on the installed package), the JavaScript kit and the Java bot runner
# (bots/target/bots.jar), starts the match and checks that every bot played to the end: it exited 0,
# logged every round and the match's journal holds decisions of its firm. Stops the arena by its PID.
# Needs the jars built (mvn -B verify or package), java, python3, node 20 and npm (for `npm ci`).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

arena_jar=$root/arena/target/arena.jar
bots_jar=$root/bots/target/bots.jar
for jar in "$arena_jar" "$bots_jar"; do
  [[ -f $jar ]] || { echo "check.sh: $jar is missing; build first (mvn -B verify)" >&2; exit 1; }
done

work=$(mktemp -d -t starter-kits-XXXXXX)
arena_pid=
bot_pids=()
cleanup() {
  local status=$?
  for pid in "${bot_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  if [[ -n $arena_pid ]] && kill -0 "$arena_pid" 2>/dev/null; then
    kill -TERM "$arena_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$arena_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL "$arena_pid" 2>/dev/null || true
  fi
  if [[ $status -ne 0 ]]; then
    for log in "$work"/*.log; do
      [[ -f $log ]] || continue
      echo "---- $(basename "$log")" >&2
      tail -n 40 "$log" >&2
    done
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
admin_token=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
server=http://127.0.0.1:$port

echo "starter kits: arena on $server (data in $work/data)"
ARENA_DATA_DIR=$work/data ARENA_HTTP_PORT=$port ARENA_HTTP_INTERFACE=127.0.0.1 ARENA_ADMIN_TOKEN=$admin_token \
  ARENA_DB=h2 ARENA_DEMO=false java -jar "$arena_jar" >"$work/arena.log" 2>&1 &
arena_pid=$!

for _ in $(seq 1 120); do
  curl -fs "$server/health" >/dev/null 2>&1 && break
  kill -0 "$arena_pid" 2>/dev/null || { echo "the arena exited during start" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$server/health" >/dev/null

(cd bots/starter-kits/javascript && npm ci --no-audit --no-fund --loglevel=error) >"$work/npm.log" 2>&1

# The Python client package, installed as a bot author would (pip install ./bots/python) into a
# fresh virtual environment, with its unit tests; the Python kit then runs on the installed package.
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check ./bots/python >"$work/pip.log" 2>&1 \
  || "$work/venv/bin/pip" install --quiet --disable-pip-version-check --no-build-isolation ./bots/python \
    >>"$work/pip.log" 2>&1
"$work/venv/bin/python" -c 'import involution_arena, sys; sys.exit("site-packages" not in involution_arena.__file__)' \
  || { echo "involution_arena is not installed in the virtual environment" >&2; exit 1; }
"$work/venv/bin/python" -m unittest discover -s bots/python/tests

admin=(-H "Authorization: Bearer $admin_token")
match_id=$(curl -fsS "${admin[@]}" -H 'Content-Type: application/json' "$server/api/matches" \
  -d '{"name":"starter kits","rounds":6,"roundMillis":500,"seats":4,"houseBots":["cost-plus"]}' | json 'd["matchId"]')
echo "starter kits: match $match_id"

timeout 180 "$work/venv/bin/python" bots/starter-kits/python/bot.py --server "$server" --match "$match_id" --name py-kit \
  >"$work/py-kit.log" 2>&1 &
bot_pids+=($!)
timeout 180 node bots/starter-kits/javascript/bot.js --server "$server" --match "$match_id" --name js-kit \
  >"$work/js-kit.log" 2>&1 &
bot_pids+=($!)
timeout 180 java -jar "$bots_jar" --server "$server" --match "$match_id" --strategy cost-plus --name jar-kit \
  >"$work/jar-kit.log" 2>&1 &
bot_pids+=($!)

# Start once all three hold a seat and the two stream followers (JavaScript kit, Java runner) are connected.
ready=
for _ in $(seq 1 240); do
  firms=$(curl -fsS "$server/api/matches/$match_id" | json 'len(d["firms"])')
  sockets=$(curl -fsS "$server/metrics" | awk '$1 == "arena_websocket_connections" {print int($2)}')
  if [[ $firms -eq 4 && ${sockets:-0} -ge 2 ]]; then
    ready=yes
    break
  fi
  sleep 0.25
done
[[ -n $ready ]] || { echo "the bots did not all join and connect (firms: $firms, sockets: $sockets)" >&2; exit 1; }
curl -fsS "${admin[@]}" -X POST "$server/api/matches/$match_id/start" >/dev/null
echo "starter kits: match started"

failed=0
names=(py-kit js-kit jar-kit)
for i in "${!bot_pids[@]}"; do
  if wait "${bot_pids[$i]}"; then
    echo "starter kits: ${names[$i]} exited 0"
  else
    echo "starter kits: ${names[$i]} FAILED (exit status $?)" >&2
    failed=1
  fi
done
bot_pids=()

status=$(curl -fsS "$server/api/matches/$match_id" | json 'd["summary"]["status"]')
[[ $status == FINISHED ]] || { echo "the match is $status, not FINISHED" >&2; failed=1; }

# Every bot's firm joined and had decisions applied; every bot logged all six rounds and the end.
curl -fsS "$server/api/matches/$match_id/events?from=1&limit=10000" >"$work/events.json"
for name in "${names[@]}"; do
  if ! python3 - "$work/events.json" "$name" <<'PY'
import json, sys
events = json.load(open(sys.argv[1]))
name = sys.argv[2]
firms = [e["holder"]["firmId"] for e in events if e["type"] == "seat-taken" and e["holder"]["name"] == name]
if len(firms) != 1:
    sys.exit(f"{name}: {len(firms)} seats")
decisions = sum(1 for e in events if e["type"] == "decisions-set" and e["firmId"] == firms[0])
orders = sum(1 for e in events if e["type"] == "order-placed" and e["firmId"] == firms[0])
print(f"starter kits: {name} is firm {firms[0]}: {decisions} decisions applied, {orders} orders placed")
if decisions < 1:
    sys.exit(f"{name}: no decisions applied")
PY
  then
    failed=1
  fi
  log=$work/$name.log
  grep -q 'round 6/6: users' "$log" || { echo "$name did not log round 6/6" >&2; failed=1; }
  grep -q 'match finished: rank' "$log" || { echo "$name did not log the end of the match" >&2; failed=1; }
  rounds=$(grep -c '^\(.* \)\?round [0-9]/6: users' "$log" || true)
  [[ $rounds -eq 6 ]] || { echo "$name logged $rounds rounds, not 6" >&2; failed=1; }
done

if [[ $failed -ne 0 ]]; then
  exit 1
fi
echo "starter kits: OK"
