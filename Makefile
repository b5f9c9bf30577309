# The two commands of the quick start: `make site` and `make test`.
.PHONY: site test release bench

site:
	./scripts/install-build-deps
	./scripts/install-pdf-deps
	swift build -c release --product gazette
	.build/release/gazette build --content Content --templates Templates --output Site

test:
	./scripts/install-test-deps
	./scripts/embed-templates --check
	swift build
	swift test
	python3 -m pytest -q tests
	FUZZ_SECONDS=45 ./scripts/fuzz

release:
	swift build -c release --product gazette

# Cold build and one-notice rebuild at 1k, 10k and 100k notices, beside Hugo (see README, Performance).
bench: release
	./scripts/benchmark --hugo
