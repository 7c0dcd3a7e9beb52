# Sanctions planner (docs/sanctions.md): pymrio and numpy are the reference the tests compare with.
PIP_PACKAGES += pymrio numpy

.PHONY: bench-sanctions

## make bench-sanctions: one WIOD scenario in Kizuna (release), numpy and pymrio, in one run.
bench-sanctions: deps
	$(SWIFT) build -c release --product kizuna
	$(PYTHON) scripts/sanctions-bench.py --kizuna ./.build/release/kizuna --table Data/trade
