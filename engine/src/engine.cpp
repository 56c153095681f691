#include "tessera/engine.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>

#include <torch/cuda.h>

#include "tessera_git_hash.h"  // generated on every build
#if TESSERA_TORCH_CUDA
#include <ATen/cuda/CUDAContext.h>
#endif

namespace tessera {

BuildInfo buildInfo() {
    BuildInfo b;
    b.version = TESSERA_VERSION;
    b.gitHash = TESSERA_GIT_HASH;
    b.libtorchVersion = TORCH_VERSION;
#if TESSERA_TORCH_CUDA
    b.cudaCompiled = true;
    b.cudaVersion = TESSERA_TORCH_CUDA_VERSION;
#endif
    return b;
}

void initEngine() {
    static std::once_flag once;
    std::call_once(once, [] {
        int threads = static_cast<int>(std::thread::hardware_concurrency());
        if (const char* env = std::getenv("TESSERA_THREADS"); env && *env) {
            char* end = nullptr;
            long v = std::strtol(env, &end, 10);
            if (end && *end == '\0' && v > 0 && v <= 1024) threads = static_cast<int>(v);
        }
        if (threads > 0) at::set_num_threads(threads);
    });
}

RuntimeInfo runtimeInfo() {
    initEngine();
    RuntimeInfo r;
    r.cpuThreads = at::get_num_threads();
    r.cpuCores = static_cast<int>(std::thread::hardware_concurrency());
    if (torch::cuda::is_available()) {
        for (int i = 0; i < static_cast<int>(torch::cuda::device_count()); ++i) {
            DeviceInfo d;
            d.type = "cuda";
            d.index = i;
#if TESSERA_TORCH_CUDA
            const cudaDeviceProp* p = at::cuda::getDeviceProperties(i);
            d.name = p->name;
            d.memoryBytes = static_cast<int64_t>(p->totalGlobalMem);
#endif
            r.cudaDevices.push_back(d);
        }
    }
    return r;
}

std::string defaultDevice() { return torch::cuda::is_available() ? "cuda" : "cpu"; }

}  // namespace tessera
