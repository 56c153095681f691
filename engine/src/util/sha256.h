#pragma once
// SHA-256 (FIPS 180-4), for model and media fingerprints.
#include <cstddef>
#include <cstdint>
#include <string>

namespace tessera {

class Sha256 {
public:
    Sha256();
    void update(const void* data, std::size_t size);
    void update(const std::string& s) { update(s.data(), s.size()); }
    /// The digest as 64 lowercase hex characters; the object is spent afterwards.
    std::string hexDigest();

private:
    void block(const uint8_t* p);
    uint32_t h_[8];
    uint8_t buf_[64];
    std::size_t bufLen_ = 0;
    uint64_t totalBytes_ = 0;
};

/// SHA-256 of a whole file (hex); throws std::runtime_error naming the file if unreadable.
std::string sha256File(const std::string& path);

}  // namespace tessera
