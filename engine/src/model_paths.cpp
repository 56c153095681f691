#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tessera/engine.h"
#include "tessera/safetensors.h"

namespace fs = std::filesystem;

namespace tessera {

namespace {
// The XDG base directory `var`, else $HOME/`fallback`, else "".
std::string xdgHome(const char* var, const char* fallback) {
    if (const char* x = std::getenv(var); x && *x) return x;
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/" + fallback;
    return {};
}
}  // namespace

std::string userDataHome() { return xdgHome("XDG_DATA_HOME", ".local/share"); }
std::string userConfigHome() { return xdgHome("XDG_CONFIG_HOME", ".config"); }
std::string userModelDir() {
    const std::string data = userDataHome();
    return data.empty() ? std::string() : (fs::path(data) / "tessera" / "models").string();
}

std::vector<std::string> modelSearchPath(const std::string& exeDir, const std::string& extra) {
    std::vector<std::string> path;
    if (!exeDir.empty()) {
        const fs::path prefix = fs::path(exeDir).parent_path();
        // The build tree's copy, or an installed tree's share folder (a .deb or unpacked .tar.gz).
        const fs::path installed = prefix / "share" / "tessera" / "models";
        path.push_back((fs::is_directory(installed) ? installed : prefix / "resources" / "models").string());
    }
    if (const std::string user = userModelDir(); !user.empty()) path.push_back(user);
    if (!extra.empty()) path.push_back(extra);
    return path;
}

void describeModel(ModelEntry& m) {
    std::ifstream in(fs::path(m.path) / "model.json");
    const nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return;
    auto comps = j.find("components");
    if (comps == j.end() || !comps->is_object()) return;
    for (auto& [role, c] : comps->items()) {
        if (!c.is_object() || !c.contains("file") || !c["file"].is_string()) continue;
        fs::path f = c["file"].get<std::string>();
        if (f.is_relative()) f = fs::path(m.path) / f;
        std::error_code ec;
        if (c.contains("bytes") && c["bytes"].is_number_unsigned()) m.bytes += c["bytes"].get<uint64_t>();
        else if (auto n = fs::file_size(f, ec); !ec) m.bytes += n;
        if (role != "dit") continue;
        if (c.contains("dtype") && c["dtype"].is_string()) {
            m.dtype = c["dtype"].get<std::string>();
            continue;
        }
        try {
            const DType d = dominantDtype(TensorCheckpoint(f.string()).tensors());
            if (d != DType::Invalid) m.dtype = dtypeName(d);
        } catch (const std::exception&) {
        }
    }
}

std::vector<ModelEntry> findModels(const std::vector<std::string>& searchPath) {
    std::vector<ModelEntry> out;
    for (const auto& dir : searchPath) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) continue;
        std::vector<fs::path> candidates;
        if (fs::exists(fs::path(dir) / "model.json", ec)) candidates.push_back(dir);
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.is_directory(ec) && fs::exists(e.path() / "model.json", ec)) candidates.push_back(e.path());
        std::sort(candidates.begin(), candidates.end());
        for (const auto& c : candidates) {
            ModelEntry m;
            m.path = c.string();
            m.name = c.filename().string();
            std::ifstream in(c / "model.json");
            nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
            if (j.is_discarded() || !j.is_object()) {
                m.description = "error: model.json is not valid JSON";
            } else {
                m.name = j.value("name", m.name);
                m.architecture = j.value("architecture", "");
                m.description = j.value("description", "");
                m.conditioning = j.value("conditioning", "replacement");
            }
            out.push_back(std::move(m));
        }
    }
    return out;
}

}  // namespace tessera
