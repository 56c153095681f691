#pragma once
// Compact encodings of what the database keeps inline: zstd for latents, PNG for thumbnails and
// queue previews.
#include <cstdint>
#include <string>
#include <vector>

#include "tessera/frame.h"

namespace tessera::app {

std::vector<uint8_t> compressZstd(const std::vector<uint8_t>& raw);
/// Decompresses `data` that must expand to exactly `rawBytes`; throws ProjectError naming `what`.
std::vector<uint8_t> decompressZstd(const std::vector<uint8_t>& data, int64_t rawBytes, const std::string& what);

/// A PNG of `frame` scaled down (aspect kept) so that neither side exceeds `maxSide`; the encoded size
/// is written to `width`/`height`.
std::vector<uint8_t> encodePng(const Frame& frame, int maxSide, int& width, int& height);

}  // namespace tessera::app
