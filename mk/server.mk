# The node: Store, Server, Web (docs/server.md). `make test` also starts a local PostgreSQL for the
# store tests and runs the browser test with Debian's chromium and chromium-driver.
APT_PACKAGES += postgresql libjs-leaflet chromium chromium-driver fonts-ipafont-gothic
PIP_PACKAGES += selenium

KIZUNA_PG_PORT ?= 55432
export KIZUNA_TEST_POSTGRES_URL ?= postgres://kizuna:kizuna@127.0.0.1:$(KIZUNA_PG_PORT)/kizuna_test

.PHONY: pg-start pg-stop test-server

# In `make test` the PostgreSQL suite must run: a missing server fails it instead of skipping it.
test: pg-start
test: export KIZUNA_REQUIRE_POSTGRES := 1
test: export KIZUNA_BROWSER_TEST := 1

## make pg-start / pg-stop: the throwaway PostgreSQL the store tests use (127.0.0.1:55432).
pg-start: deps
	@KIZUNA_PG_PORT=$(KIZUNA_PG_PORT) scripts/server-pg-start.sh

pg-stop:
	@KIZUNA_PG_PORT=$(KIZUNA_PG_PORT) scripts/server-pg-stop.sh

## make test-server: only the Store and Server tests, in their own build folder.
test-server: pg-start
	KIZUNA_REQUIRE_POSTGRES=1 KIZUNA_BROWSER_TEST=1 $(SWIFT) build --build-tests --scratch-path .build-server
	KIZUNA_REQUIRE_POSTGRES=1 KIZUNA_BROWSER_TEST=1 $(SWIFT) test --skip-build --scratch-path .build-server \
	    --filter 'StoreTests|ServerTests'

.PHONY: demo-server
## make demo-server: release build, a node on SQLite, the simulated East China Sea feed replayed live.
## DEMO_SPEED (60), DEMO_HOURS (6), DEMO_HTTP (127.0.0.1:8080), DEMO_NMEA (127.0.0.1:10110).
demo-server: deps release
	scripts/server-demo.sh

.PHONY: test-durability
## make test-durability: 20 SIGKILLs during a fast replay; every acknowledged position must survive.
test-durability: deps release
	$(PYTHON) scripts/server-durability.py --kizuna .build/release/kizuna --kills 20

.PHONY: demo-decode
## make demo-decode: decode the bundled AIS capture and print what it saw (the first demo).
demo-decode: release
	./.build/release/kizuna decode Data/ais/aishub-sample.nmea --format none --stats
