# Sharing between partners (docs/sharing.md). The STIX 2.1 tests validate exported bundles with
# OASIS's `stix2` package; `make test` installs it and turns those tests on.
PIP_PACKAGES += stix2

test: export KIZUNA_STIX_TEST := 1

.PHONY: bench-federation
## make bench-federation: a record from one node to its partner's live stream, paced and in a burst (BENCHMARKS.md).
bench-federation:
	$(SWIFT) build -c release --product kizuna
	$(PYTHON) scripts/bench-federation.py --kizuna .build/release/kizuna --json .build/bench-federation.json
