#!/usr/bin/env bash
# koploper serve's load test, on loopback only, bounded in time (about 2.5 minutes by default).
# It starts target/koploper.jar itself (java -Xmx$XMX) and measures, in this order:
#   1. throughput, closed loop (wrk, 4 connections, as fast as it goes): GET /healthz, then
#      POST /v1/assess against Flanders, JSON, the body one of nine regions in turn (below). The assessments' req/s is the
#      capacity the fixed rates below are chosen from;
#   2. fixed rate, open loop (load/FixedRate.java): at each rate R, GET /healthz at R (the floor),
#      then POST /v1/assess at R; latency from each request's scheduled time, so a stall is
#      charged to every request scheduled during it (no coordinated omission);
#   3. 100 slow clients, each sending a request header a byte a second, holding connections
#      while POST /v1/assess is measured again at the middle rate;
#   4. saturation, on a second server with --workers 1 (queue 4): its capacity (wrk, 2
#      connections), then 64 wrk connections, then a fixed rate 25 % over that capacity; the
#      surplus must get 503, and every request must be answered or refused within 12 s (the
#      rules' limit is 10 s): no hang;
#      the server must still answer afterwards and log no OutOfMemoryError.
# After each phase: the server's resident memory now (VmRSS) and at its peak (VmHWM), and threads.
#
# Usage: load/run.sh [SECONDS]   (each measured phase; default 8)
# Environment: KOPLOPER_LOAD_RATES="50 200 400" fixes the rates (default: 10 %, 40 % and 75 % of
#   the capacity measured in phase 1), KOPLOPER_LOAD_WARMUP (seconds, default 2),
#   KOPLOPER_LOAD_XMX (default 512m), KOPLOPER_LOAD_PORT (default 18180; the saturation server
#   takes the next port).
# Needs: java and javac 17+, wrk and curl (apt-get install wrk curl), python3; the jar
#   (./mvnw -B -q install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-8}
WARMUP=${KOPLOPER_LOAD_WARMUP:-2}
XMX=${KOPLOPER_LOAD_XMX:-512m}
PORT=${KOPLOPER_LOAD_PORT:-18180}
JAR=target/koploper.jar
CLASSES=target/load-classes
FACTS=facts/netherlands.yaml # the saturation check's last request
ASSESS="/v1/assess?benchmark=BE-VLG&format=json"

missing=()
for tool in java javac wrk curl python3; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "load/run.sh: missing ${missing[*]} (wrk and curl: apt-get install wrk curl; java and javac: a JDK 17+)" >&2
  exit 2
fi
[[ $DURATION =~ ^[0-9]+$ && $DURATION -ge 1 && $DURATION -le 120 ]] ||
  { echo "load/run.sh: SECONDS must be a whole number from 1 to 120, not '$DURATION'" >&2; exit 2; }
[ -f "$JAR" ] || { echo "load/run.sh: build $JAR first (./mvnw -B -q install -DskipTests)" >&2; exit 2; }
RESULTS=target/load
rm -rf "$RESULTS"
mkdir -p "$CLASSES" "$RESULTS"
javac -d "$CLASSES" load/FixedRate.java # once, rather than compiling the source at every phase
# The bodies: the Netherlands and Flanders, each with early R&D subsidies at each of its four
# values, and Denmark: nine regions taken in turn. One region sent again and again would measure
# a fast path (nothing changed, so Drools fires nothing), not an assessment.
BODIES=()
for region in netherlands flanders; do
  for value in NONE SCARCE AVAILABLE BROAD; do
    sed -E "s/^(  earlyRndSubsidies: ).*/\1$value/" "facts/$region.yaml" >"$RESULTS/$region-$value.yaml"
    BODIES+=("$RESULTS/$region-$value.yaml")
  done
done
BODIES+=(facts/denmark.yaml)
export KOPLOPER_FACTS="${BODIES[*]}"
BODY_ARGS=()
for body in "${BODIES[@]}"; do BODY_ARGS+=(--body "$body"); done

SERVER=
LOG=
cleanup() { [ -n "$SERVER" ] && kill -TERM "$SERVER" 2>/dev/null || true; }
trap cleanup EXIT

start_server() { # args: port, then extra serve options
  local port=$1
  shift
  LOG=target/load-server-$port.log
  java -Xmx"$XMX" -jar "$JAR" serve --port "$port" "$@" 2>"$LOG" &
  SERVER=$!
  URL="http://localhost:$port"
  for _ in $(seq 1 120); do
    curl -sf "$URL/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER" 2>/dev/null || break
    sleep 0.5
  done
  echo "load/run.sh: the server did not start" >&2
  cat "$LOG" >&2
  exit 1
}

stop_server() { # SIGTERM must drain and exit 0
  local code=0
  kill -TERM "$SERVER"
  wait "$SERVER" || code=$?
  echo "server stopped by SIGTERM: exit $code"
  SERVER=
}

memory() { # args: after what
  awk -v what="$1" '/^VmRSS/{rss=$2} /^VmHWM/{hwm=$2} /^Threads/{t=$2}
    END {printf "memory   after %s: resident %d MiB, peak %d MiB, %d threads (-Xmx'"$XMX"')\n",
         what, rss/1024, hwm/1024, t}' "/proc/$SERVER/status"
}

fixed() { # args: name of the JSON result, rate, label, URL path, then extra FixedRate options
  local name=$1 rate=$2 label=$3 path=$4
  shift 4
  java -cp "$CLASSES" FixedRate --rate "$rate" --duration "$DURATION" --warmup "$WARMUP" \
    --label "$label" --json-out "$RESULTS/$name.json" "$@" "$URL$path" || true
}

assess_fixed() { # args: name, rate, label, then extra FixedRate options
  local name=$1 rate=$2 label=$3
  shift 3
  fixed "$name" "$rate" "$label" "$ASSESS" "${BODY_ARGS[@]}" --type application/yaml "$@"
}

wrk_rate() { # the Requests/sec figure of wrk's output on stdin, whole
  awk '/^Requests\/sec:/{printf "%d\n", $2}'
}

echo "load/run.sh $DURATION: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores;" \
  "$(java -version 2>&1 | head -1); server java -Xmx$XMX; warm-up ${WARMUP} s, phases ${DURATION} s"
echo "machine  $(uptime | sed 's/.*load average/load average/')"

start_server "$PORT"
# Warm-up: class loading and the JIT. Measured here: after 3 s one worker still ran at a twentieth
# of its later rate, so the capacity the rates come from would have been far too low.
wrk -t2 -c4 -d6s -s load/assess.lua "$URL$ASSESS" >/dev/null

echo
echo "== 1. throughput, closed loop (wrk, 4 connections, as fast as it goes)"
echo "-- GET /healthz"
wrk -t2 -c4 -d"${DURATION}s" --latency "$URL/healthz" | tee target/load-wrk.txt | grep -E "^  *(50|99)%"
echo "req/s    $(wrk_rate <target/load-wrk.txt)"
echo "-- POST $ASSESS"
wrk -t2 -c4 -d"${DURATION}s" -s load/assess.lua "$URL$ASSESS" | tee target/load-wrk.txt |
  grep -E "^(answers|latency)"
CAPACITY=$(wrk_rate <target/load-wrk.txt)
echo "req/s    $CAPACITY"
memory "throughput"

if [ -n "${KOPLOPER_LOAD_RATES:-}" ]; then
  read -r -a RATES <<<"$KOPLOPER_LOAD_RATES"
else # 10 %, 40 % and 75 % of the capacity just measured, at least 5/s
  RATES=()
  for percent in 10 40 75; do
    RATES+=($(( CAPACITY * percent / 100 > 5 ? CAPACITY * percent / 100 : 5 )))
  done
fi
echo
echo "== 2. fixed rate, open loop (FixedRate): the floor, then the assessments, at ${RATES[*]}/s"
echo "   (capacity in phase 1: $CAPACITY/s; latencies from each request's scheduled time)"
for rate in "${RATES[@]}"; do
  fixed "floor-$rate" "$rate" "floor: GET /healthz" /healthz
  assess_fixed "assess-$rate" "$rate" "POST /v1/assess"
  memory "$rate/s"
done

MIDDLE=${RATES[$(( ${#RATES[@]} / 2 ))]}
echo
echo "== 3. 100 slow clients hold connections while POST /v1/assess runs at $MIDDLE/s"
python3 - "${URL##*:}" $(( WARMUP + DURATION + 3 )) <<'PY' &
import socket, sys, time
port, seconds = int(sys.argv[1]), float(sys.argv[2])
conns = []
for _ in range(100):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"POST /v1/assess HTTP/1.1\r\n")  # then a header, a byte a second, never finished
    conns.append(s)
end = time.time() + seconds
while time.time() < end:
    for s in conns:
        try:
            s.sendall(b"X")
        except OSError:
            pass
    time.sleep(1)
alive = 0
for s in conns:
    try:
        s.setblocking(False)
        alive += 0 if s.recv(1) == b"" else 1
    except BlockingIOError:
        alive += 1  # nothing to read and not closed: still held
    except OSError:
        pass
print("slow     100 opened, a header byte a second each for %d s; still open at the end: %d"
      % (seconds, alive))
PY
SLOW=$!
sleep 2 # let them all connect
memory "100 slow clients connected"
assess_fixed "slow-$MIDDLE" "$MIDDLE" "POST /v1/assess with 100 slow clients"
wait "$SLOW" || true
memory "slow clients"
stop_server

echo
echo "== 4. saturation: --workers 1 (queue 4), $XMX heap"
start_server $(( PORT + 1 )) --workers 1
wrk -t1 -c2 -d6s -s load/assess.lua "$URL$ASSESS" >/dev/null # warm-up, as above
echo "-- one worker's capacity: 2 connections (one assessed, one waiting), closed loop"
wrk -t1 -c2 -d"${DURATION}s" -s load/assess.lua "$URL$ASSESS" | tee target/load-wrk.txt |
  grep -E "^(answers|latency)"
ONE=$(wrk_rate <target/load-wrk.txt)
echo "req/s    $ONE"
echo "-- 64 connections, closed loop (wrk, time-out 12 s)"
wrk -t2 -c64 -d"${DURATION}s" --timeout 12s -s load/assess.lua "$URL$ASSESS" |
  tee target/load-wrk.txt | grep -E "^(answers|latency)"
echo "req/s    $(wrk_rate <target/load-wrk.txt)"
TIMEOUTS=$(awk '/^answers/{print $NF}' target/load-wrk.txt)
# A quarter over one worker's capacity. Further over, the client and the new connection every
# 503 costs (a refused POST closes its connection) take both cores: measured at 2 and 2.5 times,
# 45 % and 55 % of the requests could not even be sent. No 503 below means the capacity came out low.
OVER=$(( ONE * 5 / 4 > 10 ? ONE * 5 / 4 : 10 ))
echo "-- fixed rate at $OVER/s: 1.25 × one worker's $ONE/s"
assess_fixed over "$OVER" "POST /v1/assess, over capacity" --timeout 12 |
  tee target/load-over.txt
curl -s "$URL/metrics" | grep -E '^koploper_(http_requests_total\{route="/v1/assess"|refusals_total)' |
  sed 's/^/metrics  /'
AFTER=$(curl -s -o /dev/null -w '%{http_code}' --max-time 12 --data-binary @"$FACTS" \
  -H 'Content-Type: application/yaml' "$URL$ASSESS")
memory "saturation"
if [ "$TIMEOUTS" = 0 ] && ! grep -q "timeouts [1-9]" target/load-over.txt && [ "$AFTER" = 200 ] &&
  ! grep -q OutOfMemoryError "$LOG"; then
  echo "verdict  no hang: every request answered or refused within 12 s; the next assessment 200;" \
    "no OutOfMemoryError"
else
  echo "verdict  FAILED: wrk time-outs $TIMEOUTS, the next assessment $AFTER, OutOfMemoryError" \
    "in the log: $(grep -c OutOfMemoryError "$LOG" || true) (see $LOG)"
fi
stop_server

echo
echo "== summary: fixed-rate latency of POST /v1/assess as a multiple of the /healthz floor at the same rate"
python3 - "$RESULTS" "${RATES[@]}" <<'PY'
import json, sys
results, rates = sys.argv[1], sys.argv[2:]
def load(name):
    try:
        with open("%s/%s.json" % (results, name)) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None
def ms(r, p):
    return r["okLatencyMs"][p] if r and r["okLatencyMs"] else float("nan")
print("%8s  %-21s  %-21s  %-13s  %s" % ("rate", "floor p50 / p99", "assess p50 / p99", "× floor", "assess answers"))
for rate in rates:
    floor, assess = load("floor-" + rate), load("assess-" + rate)
    if not floor or not assess:
        print("%6s/s  (no result)" % rate)
        continue
    print("%6s/s  %7.2f / %7.2f ms  %7.2f / %7.2f ms  %5.1f / %5.1f  %s" % (
        rate, ms(floor, "p50"), ms(floor, "p99"), ms(assess, "p50"), ms(assess, "p99"),
        ms(assess, "p50") / ms(floor, "p50"), ms(assess, "p99") / ms(floor, "p99"),
        ", ".join("%s: %d" % kv for kv in assess["statuses"].items())
        + ("; unanswered %d" % (assess["dropped"] + assess["timeouts"] + assess["errors"]))))
PY
echo "(the percentiles of the 200s; p50 / p99 each divided by the floor's)"
echo "machine  $(uptime | sed 's/.*load average/load average/')"
