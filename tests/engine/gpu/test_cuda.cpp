// On a machine with an NVIDIA GPU: the CUDA build of LibTorch computes on the device and the
// golden DiT case matches there too (TF32 off, as the golden README asks). Skips without a GPU.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "tessera/engine.h"
#include "tessera/golden.h"

TEST(Cuda, ComputesOnTheDevice) {
    if (!torch::cuda::is_available()) GTEST_SKIP() << "no CUDA device";
    auto a = torch::ones({64, 64}, torch::Device(torch::kCUDA));
    EXPECT_FLOAT_EQ(torch::matmul(a, a)[0][0].item<float>(), 64.0f);
    EXPECT_EQ(tessera::defaultDevice(), "cuda");
    EXPECT_FALSE(tessera::runtimeInfo().cudaDevices.empty());
}

TEST(Cuda, GoldenDitMatchesOnTheDevice) {
    if (!torch::cuda::is_available()) GTEST_SKIP() << "no CUDA device";
    at::globalContext().setAllowTF32CuBLAS(false);
    at::globalContext().setAllowTF32CuDNN(false);
    tessera::GoldenOptions o;
    o.ioPath = std::string(TESSERA_TESTDATA_DIR) + "/dit.io.safetensors";
    o.device = "cuda";
    auto report = tessera::runGolden(o);
    for (const auto& t : report.tensors) EXPECT_TRUE(t.pass) << t.name << " err " << t.maxAbsError;
}
