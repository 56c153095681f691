// libFuzzer target for the media import path (tessera::app::readClip and probeVideo: FFmpeg for video,
// OpenImageIO for stills). Any file must decode or raise MediaError, within the time and size bounds; never
// crash or hang. The first input byte picks the file extension, so both paths are exercised.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "tessera/app/media.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    static const char* kExt[] = {".mp4", ".webm", ".gif", ".png", ".jpg", ".mkv", ".avi", ".tif"};
    static const std::string base = "/tmp/tessera-fuzz-media-" + std::to_string(getpid());
    const std::string path = base + kExt[data[0] % 8];
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return 0;
    std::fwrite(data + 1, 1, size - 1, f);
    std::fclose(f);
    tessera::app::VideoReadLimits limits;
    limits.maxFrames = 16;
    limits.maxPixels = 512 * 512;
    limits.timeoutSeconds = 2;
    try {
        tessera::Clip c = tessera::app::readClip(path, limits);
        if (c.frames.empty() || c.frameCount() > limits.maxFrames) __builtin_trap();
        for (const auto& fr : c.frames)
            if (fr.rgb.size() != size_t(fr.width) * fr.height * 3) __builtin_trap();
    } catch (const tessera::app::MediaError&) {
    }
    // Import's probe (headers and the first frame) for the video extensions.
    if (data[0] % 8 != 3 && data[0] % 8 != 4 && data[0] % 8 != 7) {
        try {
            tessera::app::VideoInfo info = tessera::app::probeVideo(path, limits);
            const tessera::Frame& fr = info.firstFrame;
            if (fr.empty() || fr.rgb.size() != size_t(fr.width) * fr.height * 3 || info.frames <= 0) __builtin_trap();
        } catch (const tessera::app::MediaError&) {
        }
    }
    std::remove(path.c_str());
    return 0;
}
