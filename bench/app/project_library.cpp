// Project library at scale: opening a project with 10,000 clips and searching their prompts.
// Usage: bench_project_library [DIR] [CLIPS]  (DIR is made once and reused; default: a folder in /tmp)
// Prints one line per figure. Targets (issue #7): open <= 1 s, prompt search <= 100 ms.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "tessera/app/project.h"
#include "util/sha256.h"

namespace fs = std::filesystem;
using namespace tessera;
using namespace tessera::app;
using Clock = std::chrono::steady_clock;

namespace {

const char* const kWords[] = {
    "red",    "blue",     "green",   "ball",    "cube",     "sphere",  "lighthouse", "storm",   "sea",    "waves",
    "forest", "mountain", "city",    "night",   "morning",  "sunset",  "rain",       "snow",    "desert", "river",
    "bird",   "flying",   "running", "dog",     "cat",      "horse",   "boat",       "sailing", "train",  "bridge",
    "slow",   "fast",     "camera",  "pan",     "zoom",     "close",   "wide",       "shot",    "golden", "light",
    "fog",    "over",     "under",   "through", "spinning", "falling", "glowing",    "ancient", "castle", "garden",
    "street", "market",   "crowd",   "dancer",  "musician", "robot",   "spaceship",  "planet",  "moon",   "stars",
    "clouds", "field",    "flowers", "tree",    "leaves",   "autumn",  "winter",     "summer",  "spring", "beach",
    "sand",   "rocks",    "cliff",   "harbour", "lantern",  "candle",  "fire",       "smoke",   "water",  "ice"};

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

std::string randomPrompt(std::mt19937& rng) {
    std::uniform_int_distribution<size_t> word(0, std::size(kWords) - 1);
    std::uniform_int_distribution<int> length(6, 14);
    std::string p = "a";
    for (int i = length(rng); i > 0; --i) p += std::string(" ") + kWords[word(rng)];
    return p;
}

// A result shaped like a small model's: 5 frames 256x144, [16, 2, 18, 32] F32 latents.
GenerationResult makeResult(const std::string& prompt, int64_t seed, std::mt19937& rng) {
    GenerationResult r;
    r.clip.fps = 16;
    const uint8_t shade = static_cast<uint8_t>(rng());
    for (int i = 0; i < 5; ++i) {
        Frame f(256, 144);
        for (int y = 0; y < f.height; ++y)
            for (int x = 0; x < f.width; ++x) {
                uint8_t* p = f.at(x, y);
                p[0] = static_cast<uint8_t>(x + shade);
                p[1] = static_cast<uint8_t>(y * 2);
                p[2] = static_cast<uint8_t>(shade + i * 20);
            }
        r.clip.frames.push_back(std::move(f));
    }
    r.latents.dtype = "F32";
    r.latents.shape = {16, 2, 18, 32};
    std::vector<float> values(16 * 2 * 18 * 32);
    std::normal_distribution<float> normal;
    for (auto& v : values) v = normal(rng);
    const auto* bytes = reinterpret_cast<const uint8_t*>(values.data());
    r.latents.bytes.assign(bytes, bytes + values.size() * sizeof(float));
    r.prompt = prompt;
    r.enhancedPrompt = prompt + ", cinematic, detailed";
    r.seed = seed;
    r.timingsSeconds = {{"total", 12.5}};
    r.recipeJson = nlohmann::json{{"engine", "0.1.0"},     {"model", {{"name", "bench"}, {"hash", "0"}}},
                                  {"task", "t2v"},         {"prompt", prompt},
                                  {"negative_prompt", ""}, {"seed", seed},
                                  {"steps", 30},           {"guidance", 5.0},
                                  {"shift", 3.0},          {"sampler", "unipc"},
                                  {"width", 256},          {"height", 144},
                                  {"frames", 5},           {"fps", 16.0},
                                  {"strength", 0.7},       {"device", "cpu"},
                                  {"dtype", "float32"}}
                       .dump();
    return r;
}

void build(const std::string& dir, int clips) {
    std::printf("building %s with %d clips (once; reused by later runs)\n", dir.c_str(), clips);
    const auto t0 = Clock::now();
    auto p = ProjectLibrary::create(dir);
    std::mt19937 rng(1234);
    for (int i = 0; i < clips; ++i) {
        const std::string prompt = randomPrompt(rng);
        const GenerationResult r = makeResult(prompt, i, rng);
        // A stand-in for the encoded clip (the library does not look inside it).
        const std::string content = "clip " + std::to_string(i) + " " + prompt;
        NewGeneratedClip c;
        c.file = p->storeMedia(".mp4", [&](const std::string& tmp) { std::ofstream(tmp) << content; });
        c.result = &r;
        c.requestJson = "{\"task\": \"t2v\"}";
        p->addGeneratedClip(c);
    }
    p->waitForBackup();
    std::printf("build: %d clips in %.1f s\n", clips, msSince(t0) / 1000);
}

}  // namespace

int main(int argc, char** argv) {
    const std::string dir = argc > 1 ? argv[1] : (fs::temp_directory_path() / "tessera-bench-project").string();
    const int clips = argc > 2 ? std::atoi(argv[2]) : 10000;
    if (!fs::exists(fs::path(dir) / kProjectFileName)) build(dir, clips);

    // First open after a change runs maintenance and starts a backup (in the background).
    auto t = Clock::now();
    auto p = ProjectLibrary::open(dir);
    const double openMs = msSince(t);
    t = Clock::now();
    const auto all = p->clips();
    const double listMs = msSince(t);
    std::printf("open: %.1f ms (%zu clips, %.1f MiB database)\n", openMs, all.size(),
                p->summary().databaseBytes / (1024.0 * 1024.0));
    std::printf("list all clips: %.1f ms\n", listMs);
    p.reset();
    t = Clock::now();
    p = ProjectLibrary::open(dir);
    std::printf("open again: %.1f ms\n", msSince(t));

    std::vector<double> times;
    size_t hits = 0;
    for (const char* q : {"lighthouse", "storm sea", "red ball", "golden light fog", "spin", "castle garden night"}) {
        t = Clock::now();
        hits += p->search(q).size();
        times.push_back(msSince(t));
    }
    std::sort(times.begin(), times.end());
    std::printf("search: median %.2f ms, worst %.2f ms over %zu queries (%zu hits, at most 50 each)\n",
                times[times.size() / 2], times.back(), times.size(), hits);
    return 0;
}
