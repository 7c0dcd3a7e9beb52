# The partnership knowledge base (docs/knowledge.md). Its tests run in `make test`.
.PHONY: kb-check

## make kb-check: validate Data/knowledge and print what it holds.
kb-check: release
	./.build/release/kizuna kb check

# The knowledge-base views (Web/kb.html) draw with Debian's browser libraries, served under /javascript.
APT_PACKAGES += libjs-d3 libjs-chart.js
