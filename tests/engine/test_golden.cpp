// Every public Wan 2.1 golden case (../shared/testdata/wan21) through the engine, compared with
// the official outputs: max|ours-ref| <= 2e-5*max(1,max|ref|) (5e-5 for sampling), rel L2 <= 1e-5,
// integer outputs exact.
#include <gtest/gtest.h>

#include <filesystem>

#include "tessera/golden.h"

namespace {

class GoldenCase : public ::testing::TestWithParam<const char*> {};

TEST_P(GoldenCase, MatchesOfficialWithinTolerance) {
    std::string io = std::string(TESSERA_TESTDATA_DIR) + "/" + GetParam() + ".io.safetensors";
    ASSERT_TRUE(std::filesystem::exists(io)) << "golden file missing: " << io;
    tessera::GoldenOptions options;
    options.ioPath = io;
    tessera::GoldenReport report = tessera::runGolden(options);
    ASSERT_FALSE(report.tensors.empty());
    for (const auto& t : report.tensors) {
        EXPECT_TRUE(t.pass) << t.name << ": max abs err " << t.maxAbsError << " (limit " << t.limit
                            << "), rel L2 " << t.relL2 << ", max|ref| " << t.maxAbsRef;
    }
}

INSTANTIATE_TEST_SUITE_P(Wan21, GoldenCase,
                         ::testing::Values("dit", "dit_shape2", "dit_batch", "sample", "sched", "t5", "vae",
                                           "vae_image"));

}  // namespace

// A config other than the shipped one (tests/tools/make_custom_dit_case.py: 2 heads of 24, 3 layers,
// in_dim 6 != out_dim 5, text_len 12), computed by a float64 reference of the README's formulas that
// first reproduces the official vectors. Nothing in the engine may assume the shipped sizes.
TEST(GoldenCustomConfig, DitWithOtherSizesMatchesReference) {
    tessera::GoldenOptions options;
    options.ioPath = std::string(TESSERA_SOURCE_DIR) + "/tests/data/custom/dit_custom.io.safetensors";
    tessera::GoldenReport report = tessera::runGolden(options);
    ASSERT_EQ(report.tensors.size(), 1u);
    EXPECT_TRUE(report.tensors[0].pass) << "max abs err " << report.tensors[0].maxAbsError << " (limit "
                                        << report.tensors[0].limit << "), rel L2 " << report.tensors[0].relL2;
}
