// Engine skeleton: LibTorch computes, threads are set, build info is filled.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "tessera/engine.h"
#include "util/cpu_features.h"

TEST(Engine, ComputesATensorOp) {
    auto a = torch::arange(6, torch::kFloat32).reshape({2, 3});
    auto b = torch::ones({3, 2});
    auto c = torch::matmul(a, b);
    EXPECT_FLOAT_EQ(c[0][0].item<float>(), 3.0f);   // 0+1+2
    EXPECT_FLOAT_EQ(c[1][1].item<float>(), 12.0f);  // 3+4+5
}

TEST(Engine, UsesAllCoresUnlessToldOtherwise) {
    const char* env = std::getenv("TESSERA_THREADS");
    tessera::RuntimeInfo info = tessera::runtimeInfo();
    int expected = env && *env ? std::atoi(env) : static_cast<int>(std::thread::hardware_concurrency());
    EXPECT_EQ(info.cpuThreads, expected);
    EXPECT_EQ(at::get_num_threads(), expected);
}

TEST(Engine, BuildInfoNamesVersions) {
    tessera::BuildInfo b = tessera::buildInfo();
    EXPECT_FALSE(b.version.empty());
    EXPECT_EQ(b.libtorchVersion.substr(0, 2), "2.");
    EXPECT_FALSE(b.gitHash.empty());
}

// The CPU's bfloat16 and float16 instructions, as LibTorch's cpuinfo reads them, against the
// kernel's own list of the CPU's flags (Linux on x86; elsewhere only the float32 half runs).
TEST(Engine, KnowsWhichHalfPrecisionTheCpuComputesNatively) {
    EXPECT_TRUE(tessera::cpuComputesNatively("float32"));
    EXPECT_EQ(tessera::emulatedDtypeWarning("float32"), "");
    for (const std::string dtype : {"bfloat16", "float16"}) {
        const std::string w = tessera::emulatedDtypeWarning(dtype);
        if (tessera::cpuComputesNatively(dtype)) {
            EXPECT_EQ(w, "") << dtype;
        } else {
            EXPECT_NE(w.find(dtype + " matrix products are emulated"), std::string::npos) << w;
            EXPECT_NE(w.find("slower than float32"), std::string::npos) << w;
        }
    }
#if defined(__linux__) && (defined(__x86_64__) || defined(__i386__))
    std::ifstream in("/proc/cpuinfo");
    std::string line, flags;
    while (std::getline(in, line))
        if (line.rfind("flags", 0) == 0) {
            flags = " " + line.substr(line.find(':') + 1) + " ";
            break;
        }
    ASSERT_FALSE(flags.empty()) << "no flags line in /proc/cpuinfo";
    auto has = [&](const char* f) { return flags.find(std::string(" ") + f + " ") != std::string::npos; };
    EXPECT_EQ(tessera::cpuComputesNatively("bfloat16"), has("avx512_bf16") || has("amx_bf16")) << flags;
    EXPECT_EQ(tessera::cpuComputesNatively("float16"), has("avx512_fp16") || has("amx_fp16")) << flags;
#endif
}
