// Peak resident memory and seconds of a Wan 2.1 VAE decode as the duration grows (17, 33, 65 and
// 129 frames at 240x416), with the video collected and streamed chunk by chunk; then untiled vs
// tiled at 480x832, and the tiled-vs-untiled difference at 480x832. Uses the golden VAE weights
// (dim 8, z_dim 4) on this machine's CPU and random latents.
// Usage: bench_vae_decode_memory [frames height width tileLatent overlapLatent collect|stream]
//   (no argument: every case, each in a fresh process, because VmHWM is a per-process high-water mark)
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "io/state_dict.h"
#include "io/tensor_io.h"
#include "models/vae.h"
#include "tessera/engine.h"
#include "tessera/safetensors.h"

using namespace tessera;

namespace {

const std::string kDir = TESSERA_TESTDATA_DIR;

// A field of /proc/self/status in KiB ("VmHWM:" = peak resident set, "VmRSS:" = current).
double statusMiB(const std::string& field) {
    std::ifstream in("/proc/self/status");
    std::string key;
    while (in >> key) {
        if (key == field) {
            long kb = 0;
            in >> kb;
            return kb / 1024.0;
        }
        in.ignore(1 << 16, '\n');
    }
    return -1;
}

struct GoldenVae {
    SafetensorsFile weights{kDir + "/vae.weights.safetensors"};
    SafetensorsFile io{kDir + "/vae.io.safetensors"};
    WanVAE vae{nullptr};
    torch::Tensor mean = loadTensor(io, "in.scale_mean"), invStd = loadTensor(io, "in.scale_inv_std");

    GoldenVae() {
        vae = WanVAE(VaeConfig::fromJson(nlohmann::json::parse(*weights.meta("config"))));
        std::vector<std::string> names;
        for (const auto& t : weights.tensors()) names.push_back(t.name);
        loadStateDict(
            *vae, [&](const std::string& n) { return weights.find(n); }, names, LoadOptions{}, weights.path());
        vae->eval();
    }

    // Random latent for a video of `frames` x height x width.
    torch::Tensor latent(int64_t frames, int64_t height, int64_t width) const {
        const auto& c = vae->config();
        torch::manual_seed(1);
        return torch::randn({1, c.zDim, c.latentFrames(frames), height / c.spatialFactor(), width / c.spatialFactor()});
    }
};

double seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

int runOne(int64_t frames, int64_t height, int64_t width, int64_t tile, int64_t overlap, bool stream) {
    GoldenVae g;
    torch::NoGradGuard noGrad;
    torch::Tensor z = g.latent(frames, height, width);
    DecodeOptions opt;
    opt.tiling.tileLatent = tile;
    opt.tiling.overlapLatent = overlap;
    double checksum = 0;
    if (stream) opt.onFrames = [&](const torch::Tensor& part, int64_t) { checksum += part.sum().item<double>(); };
    const double before = statusMiB("VmRSS:");
    auto t0 = std::chrono::steady_clock::now();
    torch::Tensor video = g.vae->decode(z, g.mean, g.invStd, opt);
    const double secs = seconds(t0);
    if (!stream) checksum = video.sum().item<double>();
    const double outputMiB = double(z.size(0) * 3 * g.vae->config().decodedFrames(z.size(2)) * height * width) *
                             sizeof(float) / (1024.0 * 1024.0);
    std::string tiling = tile > 0 ? "tile " + std::to_string(tile) + "/" + std::to_string(overlap) : "untiled";
    std::printf(
        "vae decode %3ld frames %ldx%ld %-11s %-9s: peak RSS %7.1f MiB (%.1f MiB before decode, video %.1f MiB), "
        "%6.2f s (%.3f s per latent frame, checksum %.3g)\n",
        long(frames), long(height), long(width), tiling.c_str(), stream ? "streamed" : "collected", statusMiB("VmHWM:"),
        before, outputMiB, secs, secs / double(z.size(2)), checksum);
    return 0;
}

// Tiled against untiled decode of a 480x832 video (2 latent frames), in this process.
void tiledAccuracy() {
    GoldenVae g;
    torch::NoGradGuard noGrad;
    torch::Tensor z = g.latent(5, 480, 832);
    torch::Tensor ref = g.vae->decode(z, g.mean, g.invStd);
    for (auto [tile, overlap] : {std::pair<int64_t, int64_t>{32, 16}, {32, 8}, {64, 16}}) {
        DecodeOptions opt;
        opt.tiling.tileLatent = tile;
        opt.tiling.overlapLatent = overlap;
        torch::Tensor t = g.vae->decode(z, g.mean, g.invStd, opt);
        std::printf("vae decode 5 frames 480x832 tile %ld/%ld vs untiled: max abs diff %.3g (max|ref| %.3g)\n",
                    long(tile), long(overlap), (t - ref).abs().max().item<double>(), ref.abs().max().item<double>());
    }
}

}  // namespace

int main(int argc, char** argv) {
    initEngine();
    if (argc == 7)
        return runOne(std::atol(argv[1]), std::atol(argv[2]), std::atol(argv[3]), std::atol(argv[4]),
                      std::atol(argv[5]), std::string(argv[6]) == "stream");
    if (argc != 1) {
        std::fprintf(stderr, "usage: %s [frames height width tileLatent overlapLatent collect|stream]\n", argv[0]);
        return 2;
    }
    std::printf("threads %d\n", runtimeInfo().cpuThreads);
    std::fflush(stdout);  // before the children write to the same stream
    auto child = [&](const std::string& args) {
        return std::system(("\"" + std::string(argv[0]) + "\" " + args).c_str()) == 0;
    };
    for (const char* mode : {"collect", "stream"})
        for (int frames : {17, 33, 65, 129})
            if (!child(std::to_string(frames) + " 240 416 0 0 " + mode)) return 1;
    for (const char* args :
         {"9 480 832 0 0 collect", "9 480 832 0 0 stream", "9 480 832 32 16 collect", "9 480 832 64 16 collect"})
        if (!child(args)) return 1;
    tiledAccuracy();
    return 0;
}
