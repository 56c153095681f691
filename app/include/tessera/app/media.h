#pragma once
// Reading and writing images and video for the CLI and the studio: OpenImageIO for stills, FFmpeg
// for video. Every failure names the file and says what to do; files are written to a temporary
// name and renamed at the end, so a failed write leaves nothing behind.
#include <map>
#include <stdexcept>
#include <string>

#include "tessera/frame.h"

namespace tessera::app {

class MediaError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Reads a still image (PNG, JPEG, TIFF, EXR, WebP, ...) as RGB8. Alpha is dropped, grey expanded.
Frame readImage(const std::string& path);
/// Writes one frame as PNG/JPEG/TIFF/... chosen by the extension, with metadata as text attributes.
void writeImage(const std::string& path, const Frame& frame, const std::map<std::string, std::string>& metadata = {});

struct VideoReadLimits {
    int maxFrames = 2000;  ///< stop after this many frames
    int maxPixels = 8192 * 8192;
    double timeoutSeconds = 60;  ///< give up on a file that takes longer than this to decode
};
/// Decodes a video file (local files only) to RGB8 frames, turned upright by the file's display rotation;
/// a still image gives a 1-frame clip.
Clip readClip(const std::string& path, const VideoReadLimits& limits = {});

/// What a video file is, read from its container and stream headers.
struct VideoInfo {
    int width = 0, height = 0;  ///< upright, as displayed (after the rotation)
    int frames = 0;             ///< from the header, or by counting packets where the container lists none
    double fps = 0, durationSeconds = 0;
    int rotationDegrees = 0;  ///< the display matrix's counterclockwise rotation: 0, 90, 180 or 270
    Frame firstFrame;         ///< decoded and upright (for a thumbnail)
};
/// Reads a video's facts without decoding it: only the first frame is decoded. A file whose index
/// points past its end, or whose container breaks before its end, is refused as truncated or damaged.
VideoInfo probeVideo(const std::string& path, const VideoReadLimits& limits = {});

/// Writes a clip as .mp4 (H.264, yuv420p), .webm (VP9), .gif, or a single-frame .png, chosen by the
/// extension; metadata goes into the container (title, comment, ...).
void writeClip(const std::string& path, const Clip& clip, const std::map<std::string, std::string>& metadata = {});

/// True for extensions writeClip understands.
bool isSupportedOutput(const std::string& path);

}  // namespace tessera::app
