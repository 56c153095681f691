#pragma once
// Engine-wide facts: build information, devices, threads. Torch-free.
#include <cstdint>
#include <string>
#include <vector>

namespace tessera {

/// What the engine was built with.
struct BuildInfo {
    std::string version;          ///< Tessera semver, e.g. "0.1.0"
    std::string gitHash;          ///< short commit hash of the source tree
    std::string libtorchVersion;  ///< e.g. "2.15.0"
    bool cudaCompiled = false;    ///< LibTorch carries CUDA kernels
    std::string cudaVersion;      ///< CUDA version LibTorch was built for, empty if none
};

/// A compute device the engine can run on.
struct DeviceInfo {
    std::string type;  ///< "cpu" or "cuda"
    int index = 0;
    std::string name;
    int64_t memoryBytes = 0;  ///< total device memory (0 for the CPU)
};

/// Devices and threads visible at run time.
struct RuntimeInfo {
    int cpuThreads = 0;  ///< intra-op threads in use
    int cpuCores = 0;    ///< hardware threads of this machine
    std::vector<DeviceInfo> cudaDevices;
};

/// Build information of this engine.
BuildInfo buildInfo();
/// Sets up the engine once per process: intra-op threads from TESSERA_THREADS, else the core count.
void initEngine();
/// Devices and threads found now (calls initEngine()).
RuntimeInfo runtimeInfo();
/// The device the engine uses when the caller does not choose: "cuda" when a GPU is present, else "cpu".
std::string defaultDevice();

/// A model bundle found on the search path.
struct ModelEntry {
    std::string name;
    std::string path;  ///< the bundle folder
    std::string architecture;
    std::string description;
    std::string conditioning;  ///< "mask-channel" or "replacement"
    uint64_t bytes = 0;        ///< the component files on disk (referenced files included); describeModel()
    std::string dtype;         ///< of most of the DiT's bytes ("F32", "BF16", "F8E4M3", ...); describeModel()
    std::vector<std::string> tasks;  ///< filled by the app layer (pipeline.h allTasks())
};

/// $XDG_DATA_HOME, else $HOME/.local/share; "" when neither is set.
std::string userDataHome();
/// $XDG_CONFIG_HOME, else $HOME/.config; "" when neither is set.
std::string userConfigHome();
/// Where imported and downloaded models go: userDataHome()/tessera/models ("" without a home).
std::string userModelDir();

/// Model search path: `<exeDir>/../share/tessera/models` in an installed tree, else
/// `<exeDir>/../resources/models` (the build's), then `$XDG_DATA_HOME/tessera/models`
/// (default ~/.local/share/tessera/models), then `extra` if not empty.
std::vector<std::string> modelSearchPath(const std::string& exeDir, const std::string& extra = {});
/// Bundles (folders with a model.json) in the given folders; unreadable model.json files are listed
/// with their error in `description`. Reads only the model.json files.
std::vector<ModelEntry> findModels(const std::vector<std::string>& searchPath);
/// Fills `bytes` and `dtype` of an entry (sizes of its files; the DiT's dtype, from model.json or
/// the DiT's tensor headers). Best effort: a broken bundle keeps zeros and loading names the problem.
void describeModel(ModelEntry& entry);

}  // namespace tessera
