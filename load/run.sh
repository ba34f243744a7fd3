#!/usr/bin/env bash
# koploper serve's load test, on loopback only, bounded in time: wrk (Debian's package) against a
# server started here from target/koploper.jar, each phase DURATION seconds.
#   1. the floor: GET /healthz, as fast as wrk can;
#   2. POST /v1/assess (NL against Flanders, JSON) as fast as it goes, then at a fixed rate
#      (wrk2-style rates are not in Debian's wrk, so the fixed rate is a fixed number of
#      connections each sending one request at a time, see docs/service.md);
#   3. saturation: many connections against a server with one worker and a queue of four:
#      the surplus must get 503 quickly, never a hang;
#   4. 100 slow clients holding connections open (sending a header a byte at a time) while
#      /v1/assess is measured again.
# The server's resident memory is sampled after each phase. Usage: load/run.sh [DURATION]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
PORT=${KOPLOPER_LOAD_PORT:-18180}
JAR=target/koploper.jar
command -v wrk >/dev/null || { echo "load/run.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "load/run.sh: build $JAR first (./mvnw package -DskipTests)" >&2; exit 2; }

start_server() { # args: extra serve options
  java -Xmx512m -jar "$JAR" serve --port "$PORT" "$@" 2>"target/load-server.log" &
  SERVER=$!
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$PORT/healthz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "load/run.sh: the server did not start" >&2; cat target/load-server.log >&2; exit 1
}
stop_server() { kill -TERM "$SERVER"; wait "$SERVER" || true; }
rss() { echo "server RSS: $(( $(awk '/VmRSS/{print $2}' /proc/$SERVER/status) / 1024 )) MiB"; }
URL="http://localhost:$PORT"

start_server
wrk -t1 -c4 -d2s -s load/assess.lua "$URL/v1/assess?benchmark=BE-VLG&format=json" >/dev/null # warm-up
echo "== floor: GET /healthz, 4 connections"
wrk -t2 -c4 -d"${DURATION}s" --latency "$URL/healthz" | grep -E "Requests/sec|50%|99%"
echo "== POST /v1/assess, 4 connections (as fast as it goes)"
wrk -t2 -c4 -d"${DURATION}s" -s load/assess.lua "$URL/v1/assess?benchmark=BE-VLG&format=json" | grep -E "Requests/sec|p50"
echo "== POST /v1/assess, paced: 4 connections, each waiting 20 ms between requests"
KOPLOPER_DELAY_MS=20 wrk -t2 -c4 -d"${DURATION}s" -s load/assess.lua "$URL/v1/assess?benchmark=BE-VLG&format=json" | grep -E "Requests/sec|p50"
echo "== floor again: GET /healthz, paced the same way"
KOPLOPER_DELAY_MS=20 wrk -t2 -c4 -d"${DURATION}s" -s load/get.lua "$URL/healthz" | grep -E "Requests/sec|p50"
rss
echo "== 100 slow clients hold connections while POST /v1/assess is measured"
python3 - "$PORT" "$DURATION" <<'PY' &
import socket, sys, time
port, duration = int(sys.argv[1]), float(sys.argv[2])
conns = []
for _ in range(100):
    s = socket.create_connection(("127.0.0.1", port)); s.sendall(b"POST /v1/assess HTTP/1.1\r\n"); conns.append(s)
end = time.time() + duration + 2
closed = 0
while time.time() < end:
    for s in conns:
        try: s.sendall(b"X")
        except OSError: pass
    time.sleep(1)
alive = 0
for s in conns:
    try:
        s.setblocking(False)
        alive += 0 if s.recv(1) == b"" else 1
    except BlockingIOError:
        alive += 1
    except OSError:
        pass
print("slow clients: 100 opened, a byte a second each; still open at the end: %d" % alive)
PY
SLOW=$!
sleep 1
wrk -t2 -c4 -d"${DURATION}s" -s load/assess.lua "$URL/v1/assess?benchmark=BE-VLG&format=json" | grep -E "Requests/sec|p50"
wait $SLOW || true
rss
stop_server

echo "== saturation: 64 connections against 1 worker and a queue of 4"
start_server --workers 1
wrk -t1 -c1 -d3s -s load/assess.lua "$URL/v1/assess?benchmark=BE-VLG&format=json" >/dev/null # warm-up
wrk -t2 -c64 -d"${DURATION}s" -s load/assess.lua "$URL/v1/assess?benchmark=BE-VLG&format=json" | grep -E "Requests/sec|p50|Non-2xx"
curl -s "$URL/metrics" | grep -E '^koploper_(http_requests_total\{route="/v1/assess"|refusals_total)'
rss
stop_server
