# The node under load (issue 4, docs/server.md): 5,000 NMEA msgs/s of ingest, 200 concurrent bbox
# clients and a live-stream client against a fresh `kizuna serve` on SQLite, all on 127.0.0.1.
BENCH_SECONDS ?= 300

.PHONY: bench-server
## make bench-server [BENCH_SECONDS=300]: node latency, ingest and memory under load (BENCHMARKS.md).
bench-server:
	@test -x .build/release/kizuna || $(SWIFT) build -c release --product kizuna
	BENCH_SECONDS=$(BENCH_SECONDS) $(PYTHON) scripts/bench-server.py --kizuna .build/release/kizuna \
	    --seconds $(BENCH_SECONDS) --json .build/bench-server.json
