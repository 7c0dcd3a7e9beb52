# The node under load (issue 4, docs/server.md): 5,000 NMEA msgs/s of ingest, 200 bbox clients that
# each wait BENCH_THINK seconds between queries (a map view refreshing itself) and a live-stream client
# against a fresh `kizuna serve` on SQLite, all on 127.0.0.1; then BENCH_SATURATION_SECONDS of the same
# clients in a closed loop with no think time, for the saturation throughput.
BENCH_SECONDS ?= 300
BENCH_THINK ?= 1
BENCH_SATURATION_SECONDS ?= 20

.PHONY: bench-server
## make bench-server [BENCH_SECONDS=300] [BENCH_THINK=1]: node latency, ingest and memory under load (BENCHMARKS.md).
bench-server:
	$(SWIFT) build -c release --product kizuna
	$(PYTHON) scripts/bench-server.py --kizuna .build/release/kizuna --seconds $(BENCH_SECONDS) \
	    --think $(BENCH_THINK) --saturation-seconds $(BENCH_SATURATION_SECONDS) --json .build/bench-server.json

.PHONY: bench-events
## make bench-events [BENCH_AGAINST=OLD_KIZUNA]: the events list for readers who may see all, few or
## none of 200,000 events; with BENCH_AGAINST, an older binary first on an identical store (BENCHMARKS.md).
bench-events:
	$(SWIFT) build -c release --product kizuna
	$(PYTHON) scripts/bench-events.py --kizuna .build/release/kizuna \
	    $(if $(BENCH_AGAINST),--against $(BENCH_AGAINST)) --json .build/bench-events.json

.PHONY: bench-signin
## make bench-signin [BENCH_AGAINST=OLD_KIZUNA]: a reader's latency on an idle node and while four
## clients sign in with passwords (bcrypt) over and over (BENCHMARKS.md).
bench-signin:
	$(SWIFT) build -c release --product kizuna
	$(PYTHON) scripts/bench-signin.py --kizuna .build/release/kizuna \
	    $(if $(BENCH_AGAINST),--against $(BENCH_AGAINST)) --json .build/bench-signin.json

.PHONY: bench-ingest
## make bench-ingest [BENCH_HOURS=6]: 6 h of simulated traffic replayed as fast as taken into a node on
## SQLite and one on the local PostgreSQL (make pg-start), side by side (BENCHMARKS.md).
BENCH_HOURS ?= 6
bench-ingest: pg-start
	$(SWIFT) build -c release --product kizuna
	$(PYTHON) scripts/bench-ingest.py --kizuna .build/release/kizuna --hours $(BENCH_HOURS) \
	    --database $(KIZUNA_TEST_POSTGRES_URL) --json .build/bench-ingest.json
