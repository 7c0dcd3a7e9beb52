#!/usr/bin/env bash
# Simulates several seeds of each scenario, runs `kizuna analyze` on each feed and prints
# precision and recall per event type per scenario and over everything (docs/simulation.md).
# Usage: scripts/simulation-score.sh KIZUNA [HOURS] [SEEDS] [OUTDIR]
set -euo pipefail
kizuna=${1:?path to the kizuna binary}
hours=${2:-48}
seeds=${3:-"1 2 3 4 5"}
out=${4:-.build-score}
scenarios=${SCENARIOS:-"east-china-sea sea-of-japan"}
mkdir -p "$out"
# The same zones for the simulator's truth and the detectors: the committed default zones, or
# the ones analyze builds from the coastline.
zonefile=Data/zones/default-zones.geojson
if [ ! -e "$zonefile" ]; then
    zonefile="$out/default-zones.geojson"
    "$kizuna" analyze --write-default-zones "$zonefile"
fi
zones=(--zones "$zonefile")

all=()
for scenario in $scenarios; do
    pairs=()
    for seed in $seeds; do
        base="$out/$scenario-$seed"
        "$kizuna" simulate --scenario "$scenario" --hours "$hours" --seed "$seed" \
            --out "$base.nmea" --truth "$base.truth.ndjson" "${zones[@]}"
        start=$(date +%s.%N)
        "$kizuna" analyze "$base.nmea" --events "$base.events.ndjson" "${zones[@]}"
        end=$(date +%s.%N)
        echo "analyze $base.nmea: $(echo "$end - $start" | bc) s" >&2
        pairs+=(--truth "$base.truth.ndjson" --events "$base.events.ndjson")
    done
    echo
    echo "== $scenario: seeds $seeds, $hours h each"
    "$kizuna" score "${pairs[@]}"
    all+=("${pairs[@]}")
done
echo
echo "== all scenarios"
"$kizuna" score "${all[@]}"
