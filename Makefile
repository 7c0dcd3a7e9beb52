# Kizuna — the two set-up commands are `make demo` and `make test`; each installs what it needs.
SHELL := /bin/bash
SWIFT ?= swift
PYTHON ?= python3
SECONDS ?= 60

# Debian and PyPI packages the tests and benchmarks need. Module makefiles in mk/ append to these.
APT_PACKAGES := gpsd-clients
PIP_PACKAGES := pyais

-include mk/*.mk

.PHONY: demo test deps build release format lint fuzz bench clean

## make demo: a node on the embedded database, fed live with simulated East China Sea traffic
## (release build); prints the address to open (docs/server.md). `make demo-decode` decodes the
## bundled AIS capture.
demo: deps release
	scripts/server-demo.sh

## make test: every test, including the differential tests against gpsdecode and pyais.
## A failing run ends by repeating its failures, so the last lines of a long log name them.
test: deps
	$(SWIFT) build --build-tests
	@mkdir -p .build
	@set -o pipefail; $(SWIFT) test --skip-build 2>&1 | tee .build/test-output.txt || { \
	  echo "--- what failed (the whole log: .build/test-output.txt):"; \
	  grep -E '✘|error:|Expectation failed|Issue recorded|Fatal error|Caught error' .build/test-output.txt \
	    | grep -v HummingbirdCore | head -60; \
	  exit 1; }
	@$(MAKE) --no-print-directory lint

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@$(PYTHON) -m pip install -q --disable-pip-version-check $(PIP_PACKAGES)

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release --product kizuna

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

## make fuzz SECONDS=N: libFuzzer on the AIS decoder (see docs/ais.md).
fuzz:
	$(SWIFT) build -c release --product FuzzAIS --scratch-path .build-fuzz \
	    --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address
	mkdir -p fuzz-corpus
	cp -n Tests/AISTests/Fixtures/seed-corpus/* fuzz-corpus/ 2>/dev/null || true
	SWIFT_BACKTRACE=enable=no ./.build-fuzz/release/FuzzAIS fuzz-corpus -max_total_time=$(SECONDS) \
	    -max_len=4096 -rss_limit_mb=4096

## make bench: Kizuna against gpsdecode and pyais on the same ~1M-line corpus.
bench: deps release
	$(PYTHON) scripts/bench-decode.py

clean:
	rm -rf .build .build-* fuzz-corpus .bench
