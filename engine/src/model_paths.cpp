#include <algorithm>
#include <cstdlib>
#include <map>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tessera/engine.h"
#include "tessera/safetensors.h"

namespace fs = std::filesystem;

namespace tessera {

std::vector<std::string> modelSearchPath(const std::string& exeDir, const std::string& extra) {
    std::vector<std::string> path;
    if (!exeDir.empty()) {
        const fs::path prefix = fs::path(exeDir).parent_path();
        // The build tree's copy, or an installed tree's share folder (a .deb or unpacked .tar.gz).
        const fs::path installed = prefix / "share" / "tessera" / "models";
        path.push_back((fs::is_directory(installed) ? installed : prefix / "resources" / "models").string());
    }
    std::string data;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        data = xdg;
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        data = std::string(home) + "/.local/share";
    }
    if (!data.empty()) path.push_back((fs::path(data) / "tessera" / "models").string());
    if (!extra.empty()) path.push_back(extra);
    return path;
}

namespace {

// Size on disk and DiT dtype of a bundle's components (best effort: a broken bundle still lists,
// and loading it reports the problem).
void describeComponents(const nlohmann::json& j, const fs::path& dir, ModelEntry* m) {
    auto comps = j.find("components");
    if (comps == j.end() || !comps->is_object()) return;
    for (auto& [role, c] : comps->items()) {
        if (!c.is_object() || !c.contains("file") || !c["file"].is_string()) continue;
        fs::path f = c["file"].get<std::string>();
        if (f.is_relative()) f = dir / f;
        std::error_code ec;
        if (c.contains("bytes") && c["bytes"].is_number_unsigned()) m->bytes += c["bytes"].get<uint64_t>();
        else if (auto n = fs::file_size(f, ec); !ec) m->bytes += n;
        if (role != "dit") continue;
        if (c.contains("dtype") && c["dtype"].is_string()) {
            m->dtype = c["dtype"].get<std::string>();
            continue;
        }
        try {
            TensorCheckpoint ck(f.string());
            std::map<DType, uint64_t> byType;
            for (const TensorView* t : ck.tensors()) byType[t->dtype] += t->sizeBytes;
            auto most = std::max_element(byType.begin(), byType.end(), [](auto& a, auto& b) { return a.second < b.second; });
            if (most != byType.end()) m->dtype = dtypeName(most->first);
        } catch (const std::exception&) {
        }
    }
}

}  // namespace

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
                describeComponents(j, c, &m);
            }
            out.push_back(std::move(m));
        }
    }
    return out;
}

}  // namespace tessera
