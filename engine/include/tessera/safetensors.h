#pragma once
// Reading and writing safetensors files (https://github.com/huggingface/safetensors format):
// an 8-byte little-endian header length N, N bytes of JSON, then raw little-endian tensor data.
// Torch-free: tensors are views into a memory-mapped file.
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace tessera {

/// Element types a safetensors file may hold.
enum class DType { Invalid = 0, F32, F16, BF16, F64, I64, I32, I16, I8, U8, Bool, F8E4M3, F8E5M2 };

/// Bytes per element of a dtype (0 for Invalid).
std::size_t dtypeSize(DType dtype);
/// The safetensors spelling of a dtype ("F32", "BF16", ...).
const char* dtypeName(DType dtype);
/// Parses a safetensors dtype name; returns DType::Invalid when unknown.
DType dtypeFromName(const std::string& name);

/// Error raised for any malformed or unreadable tensor file; what() names the file and the problem.
class TensorFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// One tensor in a file: name, dtype, shape and a pointer into the mapped data.
struct TensorView {
    std::string name;
    DType dtype = DType::Invalid;
    std::vector<int64_t> shape;
    const uint8_t* data = nullptr;
    std::size_t sizeBytes = 0;
    std::size_t offset = 0;  ///< byte offset of the data inside the file's data section
    /// Number of elements (1 for a scalar with shape []).
    int64_t numel() const;
};

/// A parsed header: tensor entries (sorted by data offset) and the `__metadata__` strings.
struct SafetensorsHeader {
    std::vector<TensorView> tensors;  ///< data pointers are null; offsets are relative to the data section
    std::map<std::string, std::string> metadata;
    std::size_t dataOffset = 0;  ///< where the data section starts in the file (8 + header length)
};

/// Largest JSON header accepted (the format's own reference limit is 100 MB).
constexpr std::size_t kMaxSafetensorsHeaderBytes = 100u * 1024u * 1024u;

/// Validates and parses a safetensors file image (`bytes` is the whole file). Checks the header
/// length bound, well-formed JSON, known dtypes, dtype x shape = byte size, offsets inside the file,
/// no overlaps and no gaps. Throws TensorFileError naming `fileName`.
SafetensorsHeader parseSafetensors(const uint8_t* bytes, std::size_t size, const std::string& fileName);

class MappedFile;

/// A safetensors file opened read-only by memory mapping; tensor views stay valid while this
/// object (or a copy of its shared mapping, see mapping()) lives.
class SafetensorsFile {
public:
    /// Opens and validates `path`. Throws TensorFileError on any problem.
    explicit SafetensorsFile(const std::string& path);
    const std::string& path() const { return path_; }
    const std::vector<TensorView>& tensors() const { return tensors_; }
    const std::map<std::string, std::string>& metadata() const { return metadata_; }
    /// A metadata value, or nullopt.
    std::optional<std::string> meta(const std::string& key) const;
    /// The tensor named `name`, or nullptr.
    const TensorView* find(const std::string& name) const;
    /// The tensor named `name`; throws TensorFileError naming the file when absent.
    const TensorView& at(const std::string& name) const;
    /// The shared mapping, so tensors built on views can keep the bytes alive.
    std::shared_ptr<const MappedFile> mapping() const { return map_; }

private:
    std::string path_;
    std::shared_ptr<const MappedFile> map_;
    std::vector<TensorView> tensors_;
    std::map<std::string, std::size_t> index_;
    std::map<std::string, std::string> metadata_;
};

class TorchZipCheckpoint;

/// A checkpoint that may be split over shards: one `.safetensors` file, a
/// `*.safetensors.index.json` whose `weight_map` names the shard of every tensor, or a PyTorch zip
/// checkpoint (`.pth`/`.pt`, read by a restricted unpickler that never runs code; see torch_zip.h).
class TensorCheckpoint {
public:
    /// Opens a single file, a sharded index (decided by the `.index.json` suffix) or a PyTorch zip
    /// checkpoint (decided by the zip signature).
    explicit TensorCheckpoint(const std::string& path);
    ~TensorCheckpoint();
    TensorCheckpoint(TensorCheckpoint&&) noexcept;
    const std::string& path() const { return path_; }
    /// Every tensor of every shard.
    std::vector<const TensorView*> tensors() const;
    const TensorView* find(const std::string& name) const;
    const TensorView& at(const std::string& name) const;
    /// Metadata of the first shard merged with the index's `metadata` object.
    const std::map<std::string, std::string>& metadata() const { return metadata_; }
    std::optional<std::string> meta(const std::string& key) const;
    /// "safetensors", "sharded safetensors" or "pytorch zip".
    std::string format() const;

private:
    std::string path_;
    std::vector<std::unique_ptr<SafetensorsFile>> shards_;
    std::unique_ptr<TorchZipCheckpoint> zip_;
    std::map<std::string, const TensorView*> views_;
    std::map<std::string, std::string> metadata_;
};

/// Builds a safetensors file in memory and writes it atomically (temporary file, fsync, rename).
class SafetensorsWriter {
public:
    void setMetadata(const std::string& key, const std::string& value);
    /// Adds a tensor; the bytes are copied. Throws on duplicate names or a size mismatch.
    void add(const std::string& name, DType dtype, const std::vector<int64_t>& shape, const void* data,
             std::size_t sizeBytes);
    /// The whole file image.
    std::vector<uint8_t> serialize() const;
    /// Writes to `path` via `path.tmp-XXXX` + fsync + rename; throws TensorFileError (e.g. disk full).
    void write(const std::string& path) const;

private:
    struct Entry {
        std::string name;
        DType dtype;
        std::vector<int64_t> shape;
        std::vector<uint8_t> bytes;
    };
    std::vector<Entry> entries_;
    std::map<std::string, std::string> metadata_;
};

/// The dtype holding most of the bytes of `tensors` (DType::Invalid for none).
DType dominantDtype(const std::vector<const TensorView*>& tensors);

/// True if `path` looks like a pickle checkpoint (.pth/.pt/.ckpt/.bin, or zip/pickle magic bytes):
/// SafetensorsFile refuses those; TensorCheckpoint reads the zip ones without unpickling code.
bool looksLikePickleCheckpoint(const std::string& path);

}  // namespace tessera
