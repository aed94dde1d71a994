#!/usr/bin/env bash
# Load test of the running server with wrk (Debian package "wrk"): 16 connections, 2 wrk threads.
#   1. 3,000 screening requests (GET /api/v1/screen), names cycling through real negatives and listed names;
#   2. 30 s of the same load, for the throughput (wrk waits out -d even when its threads stop early, so run 1
#      gives latencies only);
#   3. 30 s of the same load while an admin upload stores a new SDN version and the index is swapped;
#   4. 30 s of the same load while 80 more connections trickle a POST body one byte every 5 s (slowloris).
# The server runs on a scratch data directory holding the SDN of 2023-10-03 and the partial CSL of 2023-11-30
# (about 17,300 entities; the CSL file is cut off at its end, so it is loaded with --lenient); the upload is the SDN of 2023-11-15.
# Usage: tradescreen-bench/load/server-load.sh [RUNS]   (prints each run; quote the medians)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/../shared/data"
RUNS="${1:-3}"
PORT=18080
KEY=load-test-key
WORK="$(mktemp -d)"
trap 'if [ -n "${SERVER:-}" ]; then kill "$SERVER" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "server-load: wrk is missing (apt-get install wrk)" >&2; exit 2; }
cd "$ROOT"
./tradescreen --data-dir "$WORK/d" lists load --source us-ofac-sdn "$DATA/lists/ofac-sdn-series/sdn_2023-10-03.csv" >&2
./tradescreen --data-dir "$WORK/d" lists load --lenient --source us-csl "$DATA/lists/csl/csl_watchman_partial_2023-11-30.csv" >&2
python3 - "$DATA" > "$WORK/names.txt" <<'PY'
import csv, random, sys
data = sys.argv[1]
with open(data + "/eval/screening/cgb_negatives_us.csv", newline="") as f:
    names = [r["full_name"] for _, r in zip(range(1800), csv.DictReader(f))]
with open(data + "/lists/csl/csl_watchman_partial_2023-11-30.csv", newline="") as f:
    names += [r["name"] for _, r in zip(range(200), csv.DictReader(f))]
random.Random(7).shuffle(names)
print("\n".join(names))
PY

start_server() {
  ./tradescreen --data-dir "$WORK/d" serve --port "$PORT" --api-key "$KEY" 2>"$WORK/server.log" &
  SERVER=$!
  until curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null; do sleep 0.5; done
  # Warm the JIT as a long-running server would be: one short run, not measured.
  NAMES="$WORK/names.txt" REQUESTS_PER_THREAD=1500 wrk -t2 -c16 -d60s -s tradescreen-bench/load/screen.lua \
    "http://127.0.0.1:$PORT" >/dev/null
}

start_server
for i in $(seq 1 "$RUNS"); do
  echo "== run $i: 3,000 requests, 16 connections"
  NAMES="$WORK/names.txt" REQUESTS_PER_THREAD=1500 wrk -t2 -c16 -d60s -s tradescreen-bench/load/screen.lua \
    "http://127.0.0.1:$PORT" | grep -E "^(responses|p[0-9])"
  echo "== steady run $i: 16 connections for 30 s"
  NAMES="$WORK/names.txt" REQUESTS_PER_THREAD=0 wrk -t2 -c16 -d30s -s tradescreen-bench/load/screen.lua \
    "http://127.0.0.1:$PORT" | grep -E "^(responses|p[0-9]|Requests/sec)"
done

for i in $(seq 1 "$RUNS"); do
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  rm -rf "$WORK/d"
  ./tradescreen --data-dir "$WORK/d" lists load --source us-ofac-sdn "$DATA/lists/ofac-sdn-series/sdn_2023-10-03.csv" >/dev/null 2>&1
  ./tradescreen --data-dir "$WORK/d" lists load --lenient --source us-csl "$DATA/lists/csl/csl_watchman_partial_2023-11-30.csv" >/dev/null 2>&1
  start_server
  echo "== swap run $i: 16 connections for 30 s; an SDN upload starts after 2 s"
  ( sleep 2; curl -s -o "$WORK/upload.json" -w "upload answered %{http_code} after %{time_total} s\n" \
      -H "X-Api-Key: $KEY" --data-binary @"$DATA/lists/ofac-sdn-series/sdn_2023-11-15.csv" \
      "http://127.0.0.1:$PORT/api/v1/admin/lists/us-ofac-sdn?filename=sdn.csv" ) &
  UPLOAD=$!
  NAMES="$WORK/names.txt" REQUESTS_PER_THREAD=0 wrk -t2 -c16 -d30s -s tradescreen-bench/load/screen.lua \
    "http://127.0.0.1:$PORT" | grep -E "^(responses|p[0-9]|Requests/sec)"
  wait "$UPLOAD"
  python3 -c "import json,sys; d=json.load(open('$WORK/upload.json')); print('swapped:', d['swapped'], '- version', d['sources'][0]['result']['version'])"
done

# The slow clients: 80 connections that each send a POST's headers and then one byte of body every 5 s.
cat > "$WORK/slow.py" <<'PY'
import socket, sys, time
port, seconds = int(sys.argv[1]), float(sys.argv[2])
socks = []
for _ in range(80):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"POST /api/v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              b"Content-Length: 4000\r\n\r\n{")
    socks.append(s)
end, cut = time.time() + seconds, 0
while time.time() < end:
    time.sleep(5)
    for s in list(socks):
        try:
            s.sendall(b" ")
        except OSError:
            socks.remove(s)
            cut += 1
print("slow connections cut by the server:", cut, "of 80")
PY
for i in $(seq 1 "$RUNS"); do
  echo "== slow-client run $i: 16 connections for 30 s, and 80 connections trickling their bodies"
  python3 "$WORK/slow.py" "$PORT" 32 &
  SLOW=$!
  sleep 1
  NAMES="$WORK/names.txt" REQUESTS_PER_THREAD=0 wrk -t2 -c16 -d30s -s tradescreen-bench/load/screen.lua \
    "http://127.0.0.1:$PORT" | grep -E "^(responses|p[0-9]|Requests/sec)"
  curl -s -o /dev/null -w "healthz during the slow clients: %{http_code} in %{time_total} s\n" "http://127.0.0.1:$PORT/healthz"
  wait "$SLOW"
done
