#pragma once
// Reading PyTorch's zip checkpoint format (torch.save since PyTorch 1.6) without running any
// pickle code: a zip of `<name>/data.pkl` (a pickle describing the state dict), `<name>/data/<key>`
// (raw storage bytes, stored uncompressed) and small version/byteorder records.
//
// data.pkl is read by a restricted unpickler that knows only the opcodes a state dict needs and
// only these globals: collections.OrderedDict, torch._utils._rebuild_tensor_v2/_v3,
// torch._utils._rebuild_parameter, the typed storages (torch.FloatStorage, ...),
// torch.storage.UntypedStorage and torch dtypes. Anything else (os.system, builtins.eval, ...) is
// refused with its name; nothing in the file is ever called. Torch-free.
#include <memory>
#include <string>
#include <vector>

#include "tessera/safetensors.h"

namespace tessera {

class MappedFile;

/// The entries of a zip file that the checkpoint reader needs (stored entries only).
struct ZipEntry {
    std::string name;
    uint16_t method = 0;  ///< 0 = stored, 8 = deflate, ...
    uint64_t compressedSize = 0, size = 0;
    uint64_t dataOffset = 0;  ///< offset of the entry's bytes in the file
};

/// Parses the central directory of the zip image `bytes` (zip64 included); throws TensorFileError
/// naming `fileName` for a truncated or corrupt archive.
std::vector<ZipEntry> readZipDirectory(const uint8_t* bytes, std::size_t size, const std::string& fileName);

/// Parses the PyTorch zip checkpoint image `bytes` (restricted unpickling, see above) into tensor
/// views pointing into `bytes`. Nested dicts are flattened with '.'. Throws TensorFileError naming
/// `fileName` on anything malformed, truncated or not a plain state dict.
std::vector<TensorView> parseTorchZip(const uint8_t* bytes, std::size_t size, const std::string& fileName);

/// A PyTorch zip checkpoint opened read-only by memory mapping; tensor views point into the file.
class TorchZipCheckpoint {
public:
    /// Opens, unpickles (restricted) and validates `path`. Nested dicts are flattened with '.'
    /// ({"model": {"w": t}} gives "model.w"). Throws TensorFileError naming the file and problem.
    explicit TorchZipCheckpoint(const std::string& path);
    const std::vector<TensorView>& tensors() const { return tensors_; }

private:
    std::shared_ptr<const MappedFile> map_;
    std::vector<TensorView> tensors_;
};

/// True if the file starts with the zip signature "PK\3\4".
bool isZipFile(const std::string& path);

}  // namespace tessera
