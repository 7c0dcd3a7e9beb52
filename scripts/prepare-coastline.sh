#!/usr/bin/env bash
# Prepares Kizuna's coastline for the region 115–150°E, 20–50°N from GSHHG 2.3.7 (Wessel & Smith),
# as packaged by Debian (gmt + gmt-gshhg-high), into one GeoJSON file of shore lines.
#
#   scripts/prepare-coastline.sh [OUT.geojson]
#
# GMT's `coast -M -W` dumps the level-1 shoreline (land against ocean; lakes left out) of the
# high-resolution set, cut into GSHHG's bins; every piece becomes one LineString of a
# MultiLineString, coordinates rounded to 1e-5° (about 1 m). The output is deterministic, so the
# committed file can be checked with `make check-coastline`.
set -euo pipefail
out=${1:-Data/coastline/east-asia-gshhg-high.geojson}
region=${COASTLINE_REGION:-115/150/20/50}
command -v gmt >/dev/null || { echo "prepare-coastline: needs Debian's gmt and gmt-gshhg-high (make deps)" >&2; exit 1; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
gmt coast -R"$region" -Dh -W -M -A0/0/1 >"$tmp"
python3 - "$tmp" "$out" "$region" <<'PY'
import json, sys
src, out, region = sys.argv[1], sys.argv[2], sys.argv[3]
lines, cur = [], []
for raw in open(src):
    if raw.startswith('>'):
        if len(cur) >= 2: lines.append(cur)
        cur = []
        continue
    parts = raw.split()
    if len(parts) >= 2:
        p = [round(float(parts[0]), 5), round(float(parts[1]), 5)]
        if not cur or cur[-1] != p: cur.append(p)
if len(cur) >= 2: lines.append(cur)
w, e, s, n = (float(x) for x in region.split('/'))
doc = {
    "type": "FeatureCollection",
    "features": [{
        "type": "Feature",
        "properties": {
            "name": "coastline",
            "source": "GSHHG 2.3.7 high resolution, shoreline level 1 (Wessel & Smith; Debian gmt-gshhg-high), via gmt coast -M -W",
            "license": "LGPL-3.0-or-later (GSHHG)",
            "bbox": [w, s, e, n],
        },
        "geometry": {"type": "MultiLineString", "coordinates": lines},
    }],
}
with open(out, 'w') as f:
    json.dump(doc, f, separators=(',', ':'))
    f.write('\n')
print(f"prepare-coastline: {len(lines)} lines, {sum(len(l) for l in lines)} points -> {out}", file=sys.stderr)
PY
