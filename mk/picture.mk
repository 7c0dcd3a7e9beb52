# Maritime picture (docs/picture.md): the coastline the Geo and Picture modules read.
#
# The prepared file is committed (1.8 MB, deterministic). `make test` and `make demo` depend on it;
# its rule runs only when it is missing, installing Debian's gmt and gmt-gshhg-high first.
COASTLINE := Data/coastline/east-asia-gshhg-high.geojson
COASTLINE_APT := gmt gmt-gshhg-high

.PHONY: coastline check-coastline coastline-deps

coastline-deps:
	@dpkg -s $(COASTLINE_APT) >/dev/null 2>&1 || { apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(COASTLINE_APT) >/dev/null; }

test demo: $(COASTLINE)

$(COASTLINE):
	@$(MAKE) --no-print-directory coastline-deps
	scripts/prepare-coastline.sh $@

## make coastline: prepare the coastline again from GSHHG (overwrites the committed file).
coastline:
	@$(MAKE) --no-print-directory coastline-deps
	scripts/prepare-coastline.sh $(COASTLINE)

## make check-coastline: prepare it into a temporary file and compare with the committed one.
check-coastline:
	@$(MAKE) --no-print-directory coastline-deps
	tmp=$$(mktemp) && scripts/prepare-coastline.sh $$tmp && cmp $$tmp $(COASTLINE) && rm -f $$tmp \
	    && echo "coastline: committed file matches GSHHG"
