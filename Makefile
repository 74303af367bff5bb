# The front door. CMake does the work underneath.
#   make          build build/rampart, build/librampart.a, build/librampart.so, build/rampart.pc
#   make demo     install missing Debian packages, build, scan examples/demo/
#   make check    build with ASan+UBSan and run every test
#   make fuzz     build the libFuzzer targets with clang into build-fuzz/
#   make bench    run the benchmarks (release build)

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CC ?= cc
BUILD ?= build
CHECK_BUILD ?= build-check

.PHONY: all deps demo check test fuzz bench clean format lint docs

all:
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRP_TESTS=OFF >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

deps:
	@scripts/install-deps.sh

demo: deps all
	@echo "== rampart scan examples/demo/ =="
	@$(BUILD)/rampart scan examples/demo/; rc=$$?; \
	  echo "== exit code $$rc (1: findings at or above the gate) =="; test $$rc -le 1

check: deps
	@echo "== gcc -O2 -Werror build (what make and make demo build) =="
	@$(MAKE) --no-print-directory all >/dev/null
	@echo "== clang -Werror build =="
	@cmake -S . -B build-clang -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DRP_TESTS=ON \
	  -DRP_FUZZ=ON >/dev/null
	@cmake --build build-clang -j $(JOBS) >build-clang/build.log 2>&1 || \
	  { grep -E "error|warning" build-clang/build.log | head -40; exit 1; }
	@echo "== gcc ASan+UBSan build and every test =="
	@cmake -S . -B $(CHECK_BUILD) -DCMAKE_BUILD_TYPE=Debug -DRP_SANITIZE=ON -DRP_TESTS=ON >/dev/null
	@cmake --build $(CHECK_BUILD) -j $(JOBS)
	@tests/run-ctest.sh $(CHECK_BUILD) $(JOBS)

test: check

fuzz:
	@cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DRP_FUZZ=ON -DRP_TESTS=ON \
	  -DCMAKE_BUILD_TYPE=Debug >/dev/null
	@cmake --build build-fuzz -j $(JOBS)
	@echo "fuzzers are in build-fuzz/fuzz/; e.g. build-fuzz/fuzz/fuzz_dockerfile fuzz/corpora/dockerfile"

bench:
	@cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DRP_TESTS=OFF >/dev/null
	@cmake --build build-bench -j $(JOBS)
	@for b in build-bench/bench/*; do \
	  if [ -f "$$b" ] && [ -x "$$b" ]; then echo "== bench/$${b##*/} =="; "$$b" || exit 1; fi; \
	done

docs: all
	@$(BUILD)/rampart rules --format markdown --docs-dir docs/rules

format:
	@clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(BUILD) $(CHECK_BUILD) build-fuzz build-bench build-clang
