// libFuzzer target for the PyTorch zip checkpoint reader (zip directory + restricted unpickler):
// any input must either give tensor views that lie inside the input, or raise TensorFileError.
// Never crash, hang, read out of bounds or call anything.
#include <cstdint>
#include <cstdlib>

#include "io/torch_zip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        for (const auto& t : tessera::parseTorchZip(data, size, "fuzz-input")) {
            if (t.data < data || t.data + t.sizeBytes > data + size) std::abort();
            if (static_cast<std::size_t>(t.numel()) * tessera::dtypeSize(t.dtype) != t.sizeBytes) std::abort();
            if (t.sizeBytes) {
                volatile uint8_t first = t.data[0];
                volatile uint8_t last = t.data[t.sizeBytes - 1];
                (void)first;
                (void)last;
            }
        }
    } catch (const tessera::TensorFileError&) {
    }
    return 0;
}
