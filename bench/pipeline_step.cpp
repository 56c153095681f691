// Seconds per sampling step and peak resident memory of a whole generation, for a small
// (embedded-like) and a mid-size random-weight bundle, on this machine's CPU.
// Usage: bench_pipeline_step [small|mid]   (no argument: runs both, each in a fresh process)
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tessera/engine.h"
#include "tessera/pipeline.h"
#include "tessera/random_bundle.h"

namespace fs = std::filesystem;

namespace {

long peakRssKb() {
    std::ifstream in("/proc/self/status");
    std::string key;
    long value = 0;
    while (in >> key) {
        if (key == "VmHWM:") {
            in >> value;
            return value;
        }
        in.ignore(1 << 16, '\n');
    }
    return -1;
}

int runOne(const std::string& size) {
    tessera::dev::RandomBundleOptions o;
    tessera::GenerationRequest r;
    if (size == "small") {  // the embedded model's planned scale
        o.zDim = 8;
        o.vaeDim = 16;
        o.ditDim = 256;
        o.ditLayers = 8;
        o.ditHeads = 4;
        o.textDim = 128;
        r.width = 128;
        r.height = 80;
        r.frames = 33;
    } else {  // a mid-size model at a larger resolution
        o.zDim = 16;
        o.vaeDim = 32;
        o.ditDim = 512;
        o.ditLayers = 8;
        o.ditHeads = 8;
        o.textDim = 256;
        r.width = 256;
        r.height = 160;
        r.frames = 33;
    }
    std::string dir = (fs::temp_directory_path() / ("tessera-bench-" + size + "-" + std::to_string(getpid()))).string();
    tessera::dev::writeRandomBundle(dir, o);
    auto model = tessera::Model::load(dir, "cpu");
    r.prompt = "a large red circle moving right on a black background";
    r.seed = 1;
    r.steps = 6;
    r.guidance = 4.0;
    std::vector<double> stepTimes;
    double last = 0;
    auto res = model->generate(r, [&](const tessera::Progress& p) {
        if (p.stage == "sample") {
            stepTimes.push_back(p.elapsedSeconds - last);
        }
        last = p.elapsedSeconds;
    });
    std::sort(stepTimes.begin(), stepTimes.end());
    std::printf("pipeline %-5s dit dim %ld x %ld layers, %dx%d, %d frames: %.3f s per step (median of %zu, CFG batch 2)\n",
                size.c_str(), long(o.ditDim), long(o.ditLayers), res.clip.width(), res.clip.height(),
                res.clip.frameCount(), stepTimes[stepTimes.size() / 2], stepTimes.size());
    std::printf("pipeline %-5s decode %.2f s, total %.2f s, peak RSS %.0f MiB\n", size.c_str(),
                res.timingsSeconds["decode"], res.timingsSeconds["total"], peakRssKb() / 1024.0);
    fs::remove_all(dir);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    tessera::initEngine();
    std::printf("threads %d\n", tessera::runtimeInfo().cpuThreads);
    if (argc > 1) return runOne(argv[1]);
    // Each size in its own process, so peak RSS is that size's alone.
    for (const char* s : {"small", "mid"}) {
        std::string cmd = std::string("\"") + argv[0] + "\" " + s + " | grep -v '^threads'";
        if (std::system(cmd.c_str()) != 0) return 1;
    }
    return 0;
}
