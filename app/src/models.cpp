#include "tessera/app/models.h"

#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace tessera::app {

std::string executableDir() {
    std::error_code ec;
    auto p = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : p.parent_path().string();
}

std::vector<std::string> searchPath(const std::string& extraDir) { return modelSearchPath(executableDir(), extraDir); }

std::string resolveModel(const std::string& nameOrPath, const std::string& extraDir) {
    if (!nameOrPath.empty() && fs::exists(fs::path(nameOrPath) / "model.json")) return nameOrPath;
    auto path = searchPath(extraDir);
    auto models = findModels(path);
    for (const auto& m : models)
        if (nameOrPath.empty() ? m.name == "tessera-shapes" : (m.name == nameOrPath ||
                                                               fs::path(m.path).filename() == nameOrPath))
            return m.path;
    if (nameOrPath.empty() && !models.empty()) return models.front().path;
    std::string searched;
    for (const auto& p : path) searched += "\n  " + p;
    if (!nameOrPath.empty() && fs::is_directory(nameOrPath))
        throw std::runtime_error(nameOrPath + ": is not a model bundle (no model.json)");
    throw std::runtime_error((nameOrPath.empty() ? std::string("no model found") : "model '" + nameOrPath + "' not found") +
                             "; searched:" + searched + "\n(`tessera models` lists what is installed)");
}

}  // namespace tessera::app
