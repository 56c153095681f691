// Milliseconds per DiT (WanModel) forward on this machine's CPU, float32, random weights, 2 threads:
// the tiny golden config at the golden input shape, and a mid config (dim 512, 8 layers) at about
// 1k and 4k tokens. bench/peer/dit_forward.py prints the same figures for plain PyTorch eager.
// Usage: bench_dit_forward [tiny|mid1k|mid4k ...]   (no argument: all three)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "models/dit.h"
#include "tessera/safetensors.h"

namespace {

struct Case {
    std::string key, name;
    tessera::DitConfig config;
    std::vector<int64_t> latent;  // [C, F, H, W]
    int64_t contextLen;
    int warmup, runs;
};

double medianMsPerForward(const Case& c) {
    torch::manual_seed(0);
    tessera::WanModel dit(c.config);
    dit->eval();
    torch::NoGradGuard noGrad;
    const auto x = torch::randn(c.latent);
    const auto ctx = torch::randn({c.contextLen, c.config.textDim});
    const auto t = torch::tensor({int64_t(725)});
    for (int i = 0; i < c.warmup; ++i) dit->forward({x}, t, {ctx}, 0);
    std::vector<double> ms;
    for (int i = 0; i < c.runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        dit->forward({x}, t, {ctx}, 0);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    torch::set_num_threads(2);

    // The golden tiny config, as stored with the golden weights; input as in dit.io.
    tessera::SafetensorsFile weights(std::string(TESSERA_TESTDATA_DIR) + "/dit.weights.safetensors");
    tessera::DitConfig tiny = tessera::DitConfig::fromJson(nlohmann::json::parse(weights.meta("config").value()));

    tessera::DitConfig mid;
    mid.patchSize = {1, 2, 2};
    mid.textLen = 64;
    mid.inDim = 16;
    mid.dim = 512;
    mid.ffnDim = 2048;
    mid.freqDim = 256;
    mid.textDim = 512;
    mid.outDim = 16;
    mid.numHeads = 8;
    mid.numLayers = 8;
    mid.validate();

    const std::vector<Case> cases = {
        {"tiny", "tiny golden config, [4,3,8,12] latent", tiny, {4, 3, 8, 12}, 7, 5, 50},
        {"mid1k", "mid config, [16,4,32,32] latent", mid, {16, 4, 32, 32}, 20, 1, 5},
        {"mid4k", "mid config, [16,4,64,64] latent", mid, {16, 4, 64, 64}, 20, 1, 3},
    };
    std::vector<std::string> wanted(argv + 1, argv + argc);
    for (const auto& w : wanted)
        if (std::none_of(cases.begin(), cases.end(), [&](const Case& c) { return c.key == w; })) {
            std::fprintf(stderr, "unknown case '%s' (expected tiny, mid1k or mid4k)\n", w.c_str());
            return 2;
        }
    for (const auto& c : cases) {
        if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), c.key) == wanted.end()) continue;
        const int64_t tokens = c.config.tokenCount(c.latent[1], c.latent[2], c.latent[3]);
        std::printf("dit_forward %s, %lld tokens: %.2f ms per forward\n", c.name.c_str(),
                    static_cast<long long>(tokens), medianMsPerForward(c));
        std::fflush(stdout);
    }
    return 0;
}
