#pragma once
// Developer tool: run one Wan 2.1 golden case (../shared/testdata/wan21) through the engine and
// compare with the official outputs stored in the case file. Torch-free interface.
#include <string>
#include <vector>

namespace tessera {

struct GoldenOptions {
    std::string ioPath;       ///< CASE.io.safetensors
    std::string weightsPath;  ///< weights file; empty = the `weights` named in the io metadata, beside it
    std::string outPath;      ///< where to write the engine's outputs (safetensors); empty = do not write
    std::string device = "cpu";
};

/// One compared tensor.
struct GoldenTensorResult {
    std::string name;
    double maxAbsError = 0;  ///< max |ours - ref|
    double maxAbsRef = 0;    ///< max |ref|
    double relL2 = 0;        ///< ||ours - ref|| / ||ref||
    double limit = 0;        ///< allowed max abs error (0 for exact integer outputs)
    bool pass = false;
};

struct GoldenReport {
    std::string kind;  ///< e.g. "wan21.dit.io"
    std::vector<GoldenTensorResult> tensors;
    bool pass = false;  ///< every tensor within its limit
};

/// Runs a golden case. Throws std::exception with a clear message on unreadable or unknown files.
GoldenReport runGolden(const GoldenOptions& options);

}  // namespace tessera
