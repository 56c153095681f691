// Engine skeleton: LibTorch computes, threads are set, build info is filled.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdlib>
#include <thread>

#include "tessera/engine.h"

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
