# Sharing between partners (docs/sharing.md). The STIX 2.1 tests validate exported bundles with
# OASIS's `stix2` package; `make test` installs it and turns those tests on.
PIP_PACKAGES += stix2

test: export KIZUNA_STIX_TEST := 1
