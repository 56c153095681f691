#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tessera {

/// A whole file mapped read-only into memory (munmap on destruction). Empty files map to no bytes.
class MappedFile {
public:
    /// Maps `path`; throws TensorFileError naming the file when it cannot be opened or mapped.
    explicit MappedFile(const std::string& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    const uint8_t* data() const { return data_; }
    std::size_t size() const { return size_; }

private:
    const uint8_t* data_ = nullptr;
    std::size_t size_ = 0;
};

/// Writes `bytes` to `path` through a temporary file in the same folder, fsync and rename, so a
/// reader sees either the old file or the whole new one. Throws TensorFileError with the reason
/// (e.g. "No space left on device"); the temporary is removed on failure.
void writeFileAtomically(const std::string& path, const std::vector<uint8_t>& bytes);

}  // namespace tessera
