#!/usr/bin/env bash
# Checks the HTTP edge of the built jar from outside, as an attacker would, and prints what it saw:
# slow headers, an oversized WebSocket message, a registration burst, the security headers, a
# spoofed Host + Origin handshake, NUL and zero-width input, the journal's file mode.
#
#   bench/edge-checks.sh            # builds the jar unless BENCH_SKIP_BUILD=true
#
# It starts its own arena (defaults, demo match on) on a free loopback port with a fresh data
# directory, and stops it by its PID at the end. Needs curl and python3.
set -euo pipefail
source "$(dirname "$0")/common.sh"
if [[ "${BENCH_SKIP_BUILD:-false}" != "true" ]]; then
  (cd "$BENCH_ROOT" && mvn -B -q ${MVN_ARGS:-} -DskipTests package)
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
work="$(mktemp -d)"
log="$work/arena.log"
base="http://127.0.0.1:$port"
ARENA_DATA_DIR="$work/data" ARENA_HTTP_PORT="$port" ARENA_HTTP_INTERFACE=127.0.0.1 \
ARENA_ADMIN_TOKEN=edge-checks-admin-token \
  java -jar "$BENCH_ROOT/arena/target/arena.jar" >"$log" 2>&1 &
server=$!
stop_server() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap stop_server EXIT
arena_wait_healthy "$base" "$server" "$log" 120
echo "== arena $(git -C "$BENCH_ROOT" rev-parse --short HEAD) on $base; $(date -u +%FT%TZ); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== 1. slow headers: one header line every 5 s (header timeout: ${ARENA_HTTP_HEADER_TIMEOUT:-20s} by default)"
python3 - "$port" <<'PY'
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
start = time.time()
s.sendall(b"GET /api/matches HTTP/1.1\r\nHost: 127.0.0.1\r\n")
s.settimeout(5)
line = 0
while time.time() - start < 120:
    try:
        data = s.recv(4096)
        if not data:
            print(f"closed by the server after {time.time() - start:.1f} s and {line} header lines")
            break
    except socket.timeout:
        line += 1
        try:
            s.sendall(b"X-Slow-%d: 1\r\n" % line)
        except OSError:
            print(f"closed by the server after {time.time() - start:.1f} s and {line} header lines")
            break
    except OSError:
        print(f"reset by the server after {time.time() - start:.1f} s")
        break
else:
    print("STILL OPEN after 120 s")
PY

echo "== 2. an oversized WebSocket message (70,000 bytes) on the demo match's stream"
match="$(curl -s "$base/api/matches?status=RUNNING" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["matchId"])')"
lines_before="$(grep -c . "$log" || true)"
python3 "$BENCH_ROOT/bench/wsprobe.py" "$port" "/api/matches/$match/stream" --send-bytes 70000 --seconds 10
tournament="$(curl -s -X POST "$base/api/tournaments" -H 'Authorization: Bearer edge-checks-admin-token' \
  -H 'Content-Type: application/json' -d '{"name":"Edge cup"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["tournamentId"])')"
echo "   and on a tournament's stream:"
python3 "$BENCH_ROOT/bench/wsprobe.py" "$port" "/api/tournaments/$tournament/stream" --send-bytes 70000 --seconds 10
sleep 1
echo "   log lines written meanwhile: $(( $(grep -c . "$log" || true) - lines_before ))"
sed -n "$((lines_before + 1)),\$p" "$log" | sed 's/^/   | /'

echo "== 3. NUL in a clientOrderId, a zero-width name"
token="$(curl -s -X POST "$base/api/players" -H 'Content-Type: application/json' -H 'X-Edge-Check: 1' \
  -d '{"name":"Edge checker"}' | python3 -c 'import json,sys; print(json.load(sys.stdin).get("token",""))')"
if [[ -n "$token" ]]; then
  curl -s -o /dev/null -X POST "$base/api/matches/$match/seats" -H "Authorization: Bearer $token"
  echo "   NUL clientOrderId: $(curl -s -X POST "$base/api/matches/$match/orders" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"side":"BUY","price":5500,"quantity":1,"clientOrderId":"a\u0000b"}')"
else
  echo "   (registration refused)"
fi
echo "   zero-width name: $(curl -s -X POST "$base/api/players" -H 'Content-Type: application/json' -d '{"name":"\u200b"}')"

echo "== 4. 500 registrations from one address in a burst (2 of its 60 already used by check 3)"
echo "   journal size before the burst: $(stat -c %s "$work/data/arena.mv.db") bytes"
python3 - "$port" <<'PY'
import http.client, json, sys
counts = {}
conn = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]))
retry = None
for i in range(500):
    conn.request("POST", "/api/players", body=json.dumps({"name": f"flood {i}"}),
                 headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    r.read()
    counts[r.status] = counts.get(r.status, 0) + 1
    if r.status == 429 and retry is None:
        retry = r.getheader("Retry-After")
print("   statuses:", dict(sorted(counts.items())), "; first Retry-After:", retry)
PY
echo "   journal size after the burst: $(stat -c %s "$work/data/arena.mv.db") bytes"

echo "== 5. curl -i /api/matches (headers)"
curl -si "$base/api/matches" | sed -n '1,/^\r$/p' | sed 's/^/   /'

echo "== 6. spoofed Host + Origin handshake, an https origin against http, a null origin"
python3 "$BENCH_ROOT/bench/wsprobe.py" "$port" "/api/matches/$match/stream" --host "evil.example:$port" --origin "http://evil.example:$port"
python3 "$BENCH_ROOT/bench/wsprobe.py" "$port" "/api/matches/$match/stream" --origin "https://localhost:$port"
python3 "$BENCH_ROOT/bench/wsprobe.py" "$port" "/api/matches/$match/stream" --origin "null"
echo "   own origin:"
python3 "$BENCH_ROOT/bench/wsprobe.py" "$port" "/api/matches/$match/stream" --origin "http://localhost:$port" --seconds 1

echo "== 7. the data directory and the journal"
stat -c '   %A %n' "$work/data" "$work/data"/*
