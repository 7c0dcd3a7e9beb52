# Traffic simulator and scoring (docs/simulation.md).
SCORE_HOURS ?= 48
SCORE_SEEDS ?= 1 2 3 4 5
SCORE_SCRATCH ?= .build

.PHONY: score simulate-bench

## make score: simulate 5 seeds of each scenario, analyse each feed, print precision and recall.
score:
	$(SWIFT) build -c release --product kizuna --scratch-path $(SCORE_SCRATCH)
	scripts/simulation-score.sh $(SCORE_SCRATCH)/release/kizuna $(SCORE_HOURS) "$(SCORE_SEEDS)" .build-score

## make simulate-bench: time the generation of a feed of about ten million messages.
simulate-bench:
	$(SWIFT) build -c release --product kizuna --scratch-path $(SCORE_SCRATCH)
	mkdir -p .build-score
	$(SCORE_SCRATCH)/release/kizuna simulate --scenario east-china-sea --hours 48 --traffic-scale 3.5 --seed 1 \
	    --out .build-score/bench.nmea --truth .build-score/bench.truth.ndjson
