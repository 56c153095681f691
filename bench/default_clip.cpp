// The default model end to end, as a user meets it: how long tessera-shapes takes to load, and to
// make a 2 s clip at its default size, steps and guidance (text encoding, sampling with CFG, VAE
// decode). #6's target is <= 10 s per clip on a 2-core CPU and a load under 2 s.
// Usage: bench_default_clip [MODEL_DIR] [RUNS]   (default: tessera-shapes from the model search path)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "tessera/engine.h"
#include "tessera/pipeline.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    tessera::initEngine();
    std::string dir = argc > 1 ? argv[1] : "";
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    if (dir.empty()) {
        const auto exeDir = fs::canonical("/proc/self/exe").parent_path().string();
        for (const auto& m : tessera::findModels(tessera::modelSearchPath(exeDir)))
            if (m.name == "tessera-shapes") dir = m.path;
        if (dir.empty()) {
            std::fprintf(stderr, "bench_default_clip: no tessera-shapes bundle on the model search path; give its folder\n");
            return 1;
        }
    }
    std::printf("threads %d, model %s\n", tessera::runtimeInfo().cpuThreads, dir.c_str());
    const auto t0 = std::chrono::steady_clock::now();
    auto model = tessera::Model::load(dir, "cpu");
    const double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("load %.2f s\n", load);
    std::vector<double> totals;
    for (int i = 0; i < runs; ++i) {
        tessera::GenerationRequest r;  // the model's defaults for size, fps, steps and guidance
        r.prompt = "a red ball bouncing on a white background";
        r.frames = tessera::framesForSeconds(2.0, model->info().defaultFps);
        r.seed = 1 + i;
        const auto s = std::chrono::steady_clock::now();
        auto res = model->generate(r);
        const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - s).count();
        totals.push_back(total);
        std::printf("clip %d: %dx%d, %d frames, %d steps: %.2f s (sample %.2f s, decode %.2f s)\n", i + 1,
                    res.clip.width(), res.clip.height(), res.clip.frameCount(), model->info().defaultSteps,
                    total, res.timingsSeconds["sample"], res.timingsSeconds["decode"]);
    }
    std::sort(totals.begin(), totals.end());
    std::printf("2 s clip end to end: %.2f s (median of %d)\n", totals[totals.size() / 2], runs);
    return 0;
}
