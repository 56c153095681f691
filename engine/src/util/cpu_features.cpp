#include "util/cpu_features.h"

#if __has_include(<cpuinfo.h>)
#include <cpuinfo.h>  // shipped with LibTorch, whose c10 library holds its detection
#define TESSERA_HAVE_CPUINFO 1
#endif

namespace tessera {

namespace {

bool detected() {
#ifdef TESSERA_HAVE_CPUINFO
    static const bool ok = cpuinfo_initialize();
    return ok;
#else
    return false;
#endif
}

}  // namespace

bool cpuComputesNatively(const std::string& dtype) {
    if (dtype != "bfloat16" && dtype != "float16") return true;
    // A CPU that cannot be asked is assumed able: the warning is for the case we know about.
    if (!detected()) return true;
#ifdef TESSERA_HAVE_CPUINFO
    if (dtype == "bfloat16")
        return cpuinfo_has_x86_avx512bf16() || cpuinfo_has_x86_amx_bf16() || cpuinfo_has_arm_bf16();
    return cpuinfo_has_x86_avx512fp16() || cpuinfo_has_x86_amx_fp16() || cpuinfo_has_arm_neon_fp16_arith();
#else
    return true;
#endif
}

std::string cpuName() {
#ifdef TESSERA_HAVE_CPUINFO
    if (detected() && cpuinfo_get_packages_count() > 0) {
        const std::string name = cpuinfo_get_package(0)->name;
        if (!name.empty()) return name;
    }
#endif
    return "this CPU";
}

std::string emulatedDtypeWarning(const std::string& dtype) {
    if (cpuComputesNatively(dtype)) return "";
    const bool bf16 = dtype == "bfloat16";
    return cpuName() + " has no " + dtype + " instructions (" +
           (bf16 ? "AVX512-BF16 or AMX-BF16" : "AVX512-FP16 or AMX-FP16") + "), so " + dtype +
           " matrix products are emulated there and run many times slower than float32 "
           "(about 60 times on an AVX2 EPYC)";
}

}  // namespace tessera
