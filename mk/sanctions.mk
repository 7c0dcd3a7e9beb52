# Sanctions planner (docs/sanctions.md): pymrio and numpy are the reference the tests compare with;
# the planner page draws its charts with Debian's libjs-chart.js.
PIP_PACKAGES += pymrio numpy
APT_PACKAGES += libjs-chart.js

.PHONY: bench-sanctions

## make bench-sanctions: one WIOD scenario in Kizuna (release), numpy and pymrio, in one run.
bench-sanctions: deps
	$(SWIFT) build -c release --product kizuna
	$(PYTHON) scripts/sanctions-bench.py --kizuna ./.build/release/kizuna --table Data/trade

.PHONY: bench-sanctions-api
## make bench-sanctions-api: the planner's API per scenario through HTTP, on a release node.
bench-sanctions-api: release
	$(PYTHON) scripts/sanctions-api-bench.py --kizuna ./.build/release/kizuna --table Data/trade
