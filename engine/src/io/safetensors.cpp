#include "tessera/safetensors.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "io/mapped_file.h"
#include "io/torch_zip.h"

namespace tessera {

namespace {

struct DTypeEntry {
    DType dtype;
    const char* name;
    std::size_t size;
};

constexpr DTypeEntry kDTypes[] = {
    {DType::F32, "F32", 4},   {DType::F16, "F16", 2},         {DType::BF16, "BF16", 2},
    {DType::F64, "F64", 8},   {DType::I64, "I64", 8},         {DType::I32, "I32", 4},
    {DType::I16, "I16", 2},   {DType::I8, "I8", 1},           {DType::U8, "U8", 1},
    {DType::Bool, "BOOL", 1}, {DType::F8E4M3, "F8_E4M3", 1}, {DType::F8E5M2, "F8_E5M2", 1},
};

[[noreturn]] void fail(const std::string& file, const std::string& what) {
    throw TensorFileError(file + ": not a valid safetensors file: " + what);
}

// nlohmann's parser is iterative, but reject absurd nesting early: a tensor header never
// nests deeper than three levels, and this keeps hostile headers cheap.
void checkNesting(const char* text, std::size_t size, const std::string& file) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < size; ++i) {
        char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > 16) fail(file, "header JSON is nested deeper than 16 levels");
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
}

bool mulOverflows(uint64_t a, uint64_t b, uint64_t* out) {
    if (a != 0 && b > UINT64_MAX / a) return true;
    *out = a * b;
    return false;
}

}  // namespace

std::size_t dtypeSize(DType dtype) {
    for (const auto& e : kDTypes)
        if (e.dtype == dtype) return e.size;
    return 0;
}

const char* dtypeName(DType dtype) {
    for (const auto& e : kDTypes)
        if (e.dtype == dtype) return e.name;
    return "INVALID";
}

DType dtypeFromName(const std::string& name) {
    for (const auto& e : kDTypes)
        if (name == e.name) return e.dtype;
    return DType::Invalid;
}

int64_t TensorView::numel() const {
    int64_t n = 1;
    for (int64_t d : shape) n *= d;
    return n;
}

SafetensorsHeader parseSafetensors(const uint8_t* bytes, std::size_t size, const std::string& file) {
    if (size < 8) fail(file, "only " + std::to_string(size) + " bytes, too short for the 8-byte header length");
    uint64_t headerLen = 0;
    for (int i = 7; i >= 0; --i) headerLen = (headerLen << 8) | bytes[i];
    if (headerLen > kMaxSafetensorsHeaderBytes)
        fail(file, "header length " + std::to_string(headerLen) + " exceeds the limit of " +
                       std::to_string(kMaxSafetensorsHeaderBytes) + " bytes (corrupt or not a safetensors file)");
    if (headerLen > size - 8)
        fail(file, "header length " + std::to_string(headerLen) + " runs past the end of the file (" +
                       std::to_string(size) + " bytes; truncated?)");
    if (headerLen < 2) fail(file, "header length " + std::to_string(headerLen) + " is too short for a JSON object");

    const char* text = reinterpret_cast<const char*>(bytes + 8);
    checkNesting(text, headerLen, file);
    nlohmann::json header = nlohmann::json::parse(text, text + headerLen, nullptr, /*allow_exceptions=*/false);
    if (header.is_discarded()) fail(file, "header is not well-formed JSON");
    if (!header.is_object()) fail(file, "header JSON is not an object");

    SafetensorsHeader out;
    out.dataOffset = 8 + headerLen;
    const uint64_t dataSize = size - out.dataOffset;

    for (auto it = header.begin(); it != header.end(); ++it) {
        const std::string& key = it.key();
        const nlohmann::json& v = it.value();
        if (key == "__metadata__") {
            if (!v.is_object()) fail(file, "__metadata__ is not an object");
            for (auto m = v.begin(); m != v.end(); ++m) {
                if (!m.value().is_string()) fail(file, "__metadata__ value '" + m.key() + "' is not a string");
                out.metadata[m.key()] = m.value().get<std::string>();
            }
            continue;
        }
        const std::string where = "tensor '" + key + "': ";
        if (!v.is_object()) fail(file, where + "entry is not an object");
        auto dt = v.find("dtype");
        auto sh = v.find("shape");
        auto off = v.find("data_offsets");
        if (dt == v.end() || !dt->is_string()) fail(file, where + "missing or non-string dtype");
        if (sh == v.end() || !sh->is_array()) fail(file, where + "missing or non-array shape");
        if (off == v.end() || !off->is_array() || off->size() != 2)
            fail(file, where + "data_offsets must be an array of two integers");
        TensorView t;
        t.name = key;
        t.dtype = dtypeFromName(dt->get<std::string>());
        if (t.dtype == DType::Invalid) fail(file, where + "unknown dtype '" + dt->get<std::string>() + "'");
        if (sh->size() > 16) fail(file, where + "shape has more than 16 dimensions");
        uint64_t numel = 1;
        for (const auto& d : *sh) {
            if (!d.is_number_unsigned()) fail(file, where + "shape entries must be non-negative integers");
            uint64_t dim = d.get<uint64_t>();
            if (dim > static_cast<uint64_t>(INT64_MAX) || mulOverflows(numel, dim, &numel))
                fail(file, where + "shape is too large");
            t.shape.push_back(static_cast<int64_t>(dim));
        }
        if (!(*off)[0].is_number_unsigned() || !(*off)[1].is_number_unsigned())
            fail(file, where + "data_offsets must be non-negative integers");
        uint64_t begin = (*off)[0].get<uint64_t>();
        uint64_t end = (*off)[1].get<uint64_t>();
        if (end < begin) fail(file, where + "data_offsets end before they begin");
        if (end > dataSize)
            fail(file, where + "data [" + std::to_string(begin) + ", " + std::to_string(end) +
                           ") lies outside the file's data section of " + std::to_string(dataSize) +
                           " bytes (truncated?)");
        uint64_t expected = 0;
        if (mulOverflows(numel, dtypeSize(t.dtype), &expected) || expected != end - begin)
            fail(file, where + "holds " + std::to_string(end - begin) + " bytes but dtype " +
                           dtypeName(t.dtype) + " x shape needs " + std::to_string(expected));
        t.offset = static_cast<std::size_t>(begin);
        t.sizeBytes = static_cast<std::size_t>(end - begin);
        out.tensors.push_back(std::move(t));
    }

    std::sort(out.tensors.begin(), out.tensors.end(), [](const TensorView& a, const TensorView& b) {
        return a.offset != b.offset ? a.offset < b.offset : a.sizeBytes < b.sizeBytes;
    });
    std::size_t cursor = 0;
    for (const auto& t : out.tensors) {
        if (t.offset < cursor) fail(file, "tensor '" + t.name + "' overlaps the data of another tensor");
        if (t.offset > cursor)
            fail(file, "gap of " + std::to_string(t.offset - cursor) + " bytes before tensor '" + t.name + "'");
        cursor = t.offset + t.sizeBytes;
    }
    if (cursor != dataSize)
        fail(file, std::to_string(dataSize - cursor) + " bytes after the last tensor belong to no tensor");
    return out;
}

SafetensorsFile::SafetensorsFile(const std::string& path) : path_(path) {
    if (looksLikePickleCheckpoint(path))
        throw TensorFileError(path +
                              ": is a PyTorch pickle checkpoint in the legacy format (before PyTorch 1.6), which Tessera "
                              "does not read (unpickling can run code). Convert it to safetensors first (see "
                              "docs/models.md).");
    auto map = std::make_shared<MappedFile>(path);
    SafetensorsHeader h = parseSafetensors(map->data(), map->size(), path);
    metadata_ = std::move(h.metadata);
    tensors_ = std::move(h.tensors);
    for (std::size_t i = 0; i < tensors_.size(); ++i) {
        tensors_[i].data = map->data() + h.dataOffset + tensors_[i].offset;
        index_[tensors_[i].name] = i;
    }
    map_ = std::move(map);
}

std::optional<std::string> SafetensorsFile::meta(const std::string& key) const {
    auto it = metadata_.find(key);
    if (it == metadata_.end()) return std::nullopt;
    return it->second;
}

const TensorView* SafetensorsFile::find(const std::string& name) const {
    auto it = index_.find(name);
    return it == index_.end() ? nullptr : &tensors_[it->second];
}

const TensorView& SafetensorsFile::at(const std::string& name) const {
    const TensorView* t = find(name);
    if (!t) throw TensorFileError(path_ + ": has no tensor named '" + name + "'");
    return *t;
}

namespace {
bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

TensorCheckpoint::~TensorCheckpoint() = default;
TensorCheckpoint::TensorCheckpoint(TensorCheckpoint&&) noexcept = default;

TensorCheckpoint::TensorCheckpoint(const std::string& path) : path_(path) {
    if (!endsWith(path, ".index.json") && isZipFile(path)) {
        zip_ = std::make_unique<TorchZipCheckpoint>(path);
        for (const auto& t : zip_->tensors()) views_[t.name] = &t;
        return;
    }
    if (!endsWith(path, ".index.json")) {
        shards_.push_back(std::make_unique<SafetensorsFile>(path));
        for (const auto& t : shards_[0]->tensors()) views_[t.name] = &t;
        metadata_ = shards_[0]->metadata();
        return;
    }
    std::ifstream in(path);
    if (!in) throw TensorFileError(path + ": cannot open sharded checkpoint index");
    nlohmann::json index = nlohmann::json::parse(in, nullptr, false);
    if (index.is_discarded() || !index.is_object())
        throw TensorFileError(path + ": sharded checkpoint index is not a JSON object");
    auto wm = index.find("weight_map");
    if (wm == index.end() || !wm->is_object())
        throw TensorFileError(path + ": sharded checkpoint index has no 'weight_map' object");
    const std::filesystem::path dir = std::filesystem::path(path).parent_path();
    std::map<std::string, std::size_t> shardIndex;
    for (auto it = wm->begin(); it != wm->end(); ++it) {
        if (!it.value().is_string())
            throw TensorFileError(path + ": weight_map entry '" + it.key() + "' is not a file name");
        std::string shardName = it.value().get<std::string>();
        if (shardName.find('/') != std::string::npos || shardName == ".." || shardName.empty())
            throw TensorFileError(path + ": weight_map names '" + shardName + "', which is not a file beside the index");
        auto s = shardIndex.find(shardName);
        if (s == shardIndex.end()) {
            shards_.push_back(std::make_unique<SafetensorsFile>((dir / shardName).string()));
            s = shardIndex.emplace(shardName, shards_.size() - 1).first;
        }
        if (!shards_[s->second]->find(it.key()))
            throw TensorFileError(path + ": index says tensor '" + it.key() + "' is in " + shardName +
                                  ", but that shard does not hold it");
        views_[it.key()] = shards_[s->second]->find(it.key());
    }
    if (!shards_.empty()) metadata_ = shards_[0]->metadata();
    if (auto m = index.find("metadata"); m != index.end() && m->is_object())
        for (auto it = m->begin(); it != m->end(); ++it)
            metadata_[it.key()] = it.value().is_string() ? it.value().get<std::string>() : it.value().dump();
}

std::vector<const TensorView*> TensorCheckpoint::tensors() const {
    std::vector<const TensorView*> out;
    for (const auto& [name, view] : views_) out.push_back(view);
    return out;
}

const TensorView* TensorCheckpoint::find(const std::string& name) const {
    auto it = views_.find(name);
    return it == views_.end() ? nullptr : it->second;
}

std::string TensorCheckpoint::format() const {
    return zip_ ? "pytorch zip" : shards_.size() == 1 && !endsWith(path_, ".index.json") ? "safetensors" : "sharded safetensors";
}

const TensorView& TensorCheckpoint::at(const std::string& name) const {
    const TensorView* t = find(name);
    if (!t) throw TensorFileError(path_ + ": has no tensor named '" + name + "'");
    return *t;
}

std::optional<std::string> TensorCheckpoint::meta(const std::string& key) const {
    auto it = metadata_.find(key);
    if (it == metadata_.end()) return std::nullopt;
    return it->second;
}

void SafetensorsWriter::setMetadata(const std::string& key, const std::string& value) { metadata_[key] = value; }

void SafetensorsWriter::add(const std::string& name, DType dtype, const std::vector<int64_t>& shape,
                            const void* data, std::size_t sizeBytes) {
    if (name == "__metadata__" || name.empty()) throw std::invalid_argument("invalid tensor name '" + name + "'");
    for (const auto& e : entries_)
        if (e.name == name) throw std::invalid_argument("tensor '" + name + "' added twice");
    int64_t numel = 1;
    for (int64_t d : shape) {
        if (d < 0) throw std::invalid_argument("tensor '" + name + "' has a negative dimension");
        numel *= d;
    }
    if (static_cast<std::size_t>(numel) * dtypeSize(dtype) != sizeBytes)
        throw std::invalid_argument("tensor '" + name + "': " + std::to_string(sizeBytes) +
                                    " bytes do not match dtype x shape");
    Entry e{name, dtype, shape, {}};
    e.bytes.assign(static_cast<const uint8_t*>(data), static_cast<const uint8_t*>(data) + sizeBytes);
    entries_.push_back(std::move(e));
}

std::vector<uint8_t> SafetensorsWriter::serialize() const {
    // nlohmann::ordered_json keeps insertion order, so data offsets follow the header order.
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata_.empty()) {
        nlohmann::ordered_json m = nlohmann::ordered_json::object();
        for (const auto& [k, v] : metadata_) m[k] = v;
        header["__metadata__"] = m;
    }
    std::size_t offset = 0;
    for (const auto& e : entries_) {
        header[e.name] = {{"dtype", dtypeName(e.dtype)},
                          {"shape", e.shape},
                          {"data_offsets", {offset, offset + e.bytes.size()}}};
        offset += e.bytes.size();
    }
    std::string text = header.dump();
    while ((text.size() + 8) % 8 != 0) text.push_back(' ');
    std::vector<uint8_t> out(8 + text.size() + offset);
    uint64_t n = text.size();
    for (int i = 0; i < 8; ++i) out[i] = static_cast<uint8_t>(n >> (8 * i));
    std::memcpy(out.data() + 8, text.data(), text.size());
    std::size_t pos = 8 + text.size();
    for (const auto& e : entries_) {
        if (!e.bytes.empty()) std::memcpy(out.data() + pos, e.bytes.data(), e.bytes.size());
        pos += e.bytes.size();
    }
    return out;
}

void SafetensorsWriter::write(const std::string& path) const { writeFileAtomically(path, serialize()); }

DType dominantDtype(const std::vector<const TensorView*>& tensors) {
    std::map<DType, std::size_t> bytes;
    for (const TensorView* t : tensors) bytes[t->dtype] += t->sizeBytes;
    auto most = std::max_element(bytes.begin(), bytes.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return most == bytes.end() ? DType::Invalid : most->first;
}

bool looksLikePickleCheckpoint(const std::string& path) {
    for (const char* ext : {".pth", ".pt", ".ckpt", ".bin", ".pkl"})
        if (endsWith(path, ext)) return true;
    std::ifstream in(path, std::ios::binary);
    unsigned char magic[4] = {0, 0, 0, 0};
    in.read(reinterpret_cast<char*>(magic), 4);
    if (in.gcount() < 4) return false;
    // PyTorch's zip format starts with "PK\3\4"; a raw pickle starts with PROTO (0x80), a protocol
    // number 2..5 and a non-zero opcode, where a safetensors length of that size would have a zero byte.
    bool zip = magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    bool pickle = magic[0] == 0x80 && magic[1] >= 2 && magic[1] <= 5 && magic[2] != 0;
    return zip || pickle;
}

}  // namespace tessera
