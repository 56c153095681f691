#pragma once
// What this machine's CPU computes natively, where that decides whether a dtype is worth choosing.
#include <string>

namespace tessera {

/// Whether the CPU has instructions for matrix products in `dtype` ("bfloat16" or "float16"; always
/// true for "float32"): AVX512-BF16 or AMX-BF16 (x86) or BF16 (Arm) for bfloat16, AVX512-FP16 or
/// AMX-FP16 (x86) or FP16 arithmetic (Arm) for float16. Without them the products are emulated:
/// a 1024x1024 bfloat16 matmul ran at 0.6 GFLOP/s on an AVX2 EPYC where float32 ran at 37.
bool cpuComputesNatively(const std::string& dtype);

/// The CPU's name as its vendor gives it ("AMD EPYC"), or "this CPU" when it cannot be read.
std::string cpuName();

/// "" when `dtype` is native on this CPU (cpuComputesNatively), else one sentence saying that work in
/// `dtype` on this CPU is emulated and many times slower than float32, for logs and notes.
std::string emulatedDtypeWarning(const std::string& dtype);

}  // namespace tessera
