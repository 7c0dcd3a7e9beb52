# The partnership knowledge base (docs/knowledge.md). Its tests run in `make test`.
.PHONY: kb-check

## make kb-check: validate Data/knowledge and print what it holds.
kb-check: release
	./.build/release/kizuna kb check
