// libFuzzer target for the safetensors header parser: any input must either parse into views that
// lie inside the input, or raise TensorFileError. Never crash, hang or read out of bounds.
#include <cstdint>
#include <cstdlib>

#include "tessera/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        tessera::SafetensorsHeader h = tessera::parseSafetensors(data, size, "fuzz-input");
        for (const auto& t : h.tensors) {
            // Every tensor's bytes must lie inside the input; touch first and last byte.
            if (h.dataOffset + t.offset + t.sizeBytes > size) std::abort();
            if (t.sizeBytes) {
                volatile uint8_t first = data[h.dataOffset + t.offset];
                volatile uint8_t last = data[h.dataOffset + t.offset + t.sizeBytes - 1];
                (void)first;
                (void)last;
            }
            if (static_cast<std::size_t>(t.numel()) * tessera::dtypeSize(t.dtype) != t.sizeBytes) std::abort();
        }
    } catch (const tessera::TensorFileError&) {
    }
    return 0;
}
