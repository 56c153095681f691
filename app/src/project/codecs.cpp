#include "project/codecs.h"

#include <zstd.h>

#include <QBuffer>
#include <QImage>

#include "tessera/app/project.h"

namespace tessera::app {

std::vector<uint8_t> compressZstd(const std::vector<uint8_t>& raw) {
    std::vector<uint8_t> out(ZSTD_compressBound(raw.size()));
    size_t n = ZSTD_compress(out.data(), out.size(), raw.data(), raw.size(), 3);
    if (ZSTD_isError(n)) throw ProjectError(std::string("compressing latents failed: ") + ZSTD_getErrorName(n));
    out.resize(n);
    return out;
}

std::vector<uint8_t> decompressZstd(const std::vector<uint8_t>& data, int64_t rawBytes, const std::string& what) {
    unsigned long long declared = ZSTD_getFrameContentSize(data.data(), data.size());
    if (declared == ZSTD_CONTENTSIZE_ERROR || declared == ZSTD_CONTENTSIZE_UNKNOWN ||
        declared != static_cast<unsigned long long>(rawBytes))
        throw ProjectError(what + ": the compressed latents are damaged (size does not match the stored shape)");
    std::vector<uint8_t> out(static_cast<size_t>(rawBytes));
    size_t n = ZSTD_decompress(out.data(), out.size(), data.data(), data.size());
    if (ZSTD_isError(n) || n != out.size())
        throw ProjectError(what + ": the compressed latents are damaged (" +
                           (ZSTD_isError(n) ? ZSTD_getErrorName(n) : "short") + ")");
    return out;
}

std::vector<uint8_t> encodePng(const Frame& frame, int maxSide, int& width, int& height) {
    if (frame.empty()) throw ProjectError("cannot make a thumbnail of an empty frame");
    QImage image(frame.rgb.data(), frame.width, frame.height, frame.width * 3, QImage::Format_RGB888);
    if (frame.width > maxSide || frame.height > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    width = image.width();
    height = image.height();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) throw ProjectError("encoding a PNG thumbnail failed");
    return std::vector<uint8_t>(bytes.begin(), bytes.end());
}

}  // namespace tessera::app
