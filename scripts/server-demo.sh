#!/usr/bin/env bash
# The demo: a node on an embedded database (SQLite under $DEMO_DATA) fed live with the simulated
# East China Sea traffic, replayed at $DEMO_SPEED times its pace. Prints the address to open.
# Ctrl-C (or the replay ending and then Ctrl-C) stops the node gracefully.
set -euo pipefail
KIZUNA="${KIZUNA:-.build/release/kizuna}"
DATA="${DEMO_DATA:-.build-demo}"  # .build-* is git-ignored
HTTP="${DEMO_HTTP:-127.0.0.1:8080}"
NMEA="${DEMO_NMEA:-127.0.0.1:10110}"
SPEED="${DEMO_SPEED:-60}"
HOURS="${DEMO_HOURS:-6}"
SEED="${DEMO_SEED:-7}"

mkdir -p "$DATA"
if [ ! -s "$DATA/feed-$SEED-$HOURS.nmea" ]; then
    "$KIZUNA" simulate --scenario east-china-sea --hours "$HOURS" --seed "$SEED" \
        --out "$DATA/feed-$SEED-$HOURS.nmea" --truth "$DATA/truth-$SEED-$HOURS.ndjson"
fi
rm -f "$DATA/node.sqlite" "$DATA/node.sqlite-wal" "$DATA/node.sqlite-shm"   # a fresh picture each run

# the demo's organisation and its watch officer (kept between runs; the password is the demo's own)
ORG="${DEMO_ORG:-jp-demo}"
DEMO_USER="${DEMO_USER:-officer}"
DEMO_PASSWORD="${DEMO_PASSWORD:-kizuna-demo-watch}"
if [ ! -s "$DATA/sharing.sqlite" ]; then
    "$KIZUNA" orgs add "$ORG" --name "Demo watch centre (Japan)" --nation JPN --data "$DATA" --node "$ORG" >/dev/null
    echo "$DEMO_PASSWORD" | "$KIZUNA" users add "$DEMO_USER" --org "$ORG" --role admin --password-stdin \
        --data "$DATA" --node "$ORG" >/dev/null
fi

"$KIZUNA" serve --data "$DATA" --http "$HTTP" --nmea-listen "$NMEA" --history-resolution 30 --organisation "$ORG" \
    2> >(tee "$DATA/node.log" >&2 | grep -E "node ready|error" >&2 || true) &
node=$!
stop() { kill -TERM "$node" 2>/dev/null && wait "$node" 2>/dev/null || true; }
trap stop EXIT INT TERM
for _ in $(seq 1 100); do
    curl -fsS "http://$HTTP/health" >/dev/null 2>&1 && break
    kill -0 "$node" 2>/dev/null || { echo "the node did not start; see $DATA/node.log" >&2; exit 1; }
    sleep 0.2
done
echo
echo "  Kizuna is live: open http://$HTTP/ in a browser"
echo "  sign in as $DEMO_USER with password $DEMO_PASSWORD"
echo "  replaying $HOURS h of simulated East China Sea traffic at ${SPEED}x into $NMEA (Ctrl-C stops)"
echo
"$KIZUNA" replay "$DATA/feed-$SEED-$HOURS.nmea" --speed "$SPEED" --to "$NMEA"
echo "replay finished; the node keeps serving at http://$HTTP/ until Ctrl-C"
wait "$node"
