# Tessera: the two commands of the README.
#   make run   set up if needed, build, open the studio (or render the headless demo without a display)
#   make test  set up if needed, build, run every test but the slow and gpu ones
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_ARGS ?=

.PHONY: all setup configure build run test engine-only package clean

all: build

setup:
	@bash scripts/setup.sh

configure: setup
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_PREFIX_PATH="$$(bash scripts/torch_prefix.sh)" $(CMAKE_ARGS) > $(BUILD).configure.log 2>&1 \
	  || { cat $(BUILD).configure.log; exit 1; }
	@echo "configured $(BUILD) (log: $(BUILD).configure.log)"

build: configure
	@cmake --build $(BUILD) -j$(JOBS)

run: build
	@bash scripts/run.sh $(BUILD)

# ctest runs $(JOBS) tests at once, each with one engine thread: more threads than cores makes
# LibTorch's parallel regions wait on each other and runs several times slower.
test: build
	@cd $(BUILD) && QT_QPA_PLATFORM=offscreen TESSERA_THREADS=$${TESSERA_THREADS:-1} ctest -LE '^(slow|gpu)$$' -j$(JOBS) --output-on-failure --timeout 900

# The .deb packages (tessera, tessera-libtorch) and a relocatable .tar.gz in $(BUILD)/packages.
package: build
	@cd $(BUILD) && cpack -G "DEB;TGZ" && ls -la packages/*.deb packages/*.tar.gz

# The engine alone, as on a GPU machine without Qt.
engine-only: setup
	@cmake -S . -B build-engine -G Ninja -DCMAKE_BUILD_TYPE=Release -DTESSERA_ENGINE_ONLY=ON \
	  -DCMAKE_PREFIX_PATH="$$(bash scripts/torch_prefix.sh)" $(CMAKE_ARGS)
	@cmake --build build-engine -j$(JOBS)

clean:
	rm -rf $(BUILD) build-engine $(BUILD).configure.log
