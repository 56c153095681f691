#pragma once
// Streaming export of frames + audio + subtitles through FFmpeg (and OpenImageIO for image
// sequences). Owned by the export path of the timeline renderer (#9); see app/src/media/encoder.cpp
// and app/src/media/audio_io.cpp.
//
// What each format holds:
//   Mp4    H.264 (yuv420p, crf 18) + AAC + mov_text subtitles; metadata as tags.
//   WebM   VP9 (yuv420p) + Opus (48 kHz) + WebVTT subtitles; metadata as tags.
//   ProRes .mov with ProRes 422 HQ (yuv422p10le) + 16-bit PCM + mov_text subtitles; metadata as tags.
//   Gif    palette-optimised (one palette for the whole clip, Bayer dithering); no audio (refused),
//          no subtitles and no metadata (GIF has no place for them; they are left out).
//   PngSequence / ExrSequence  a folder of frame_000000.png|.exr (EXR: linear half float), metadata as
//          attributes of every image, audio as audio.wav (16-bit PCM) beside them; subtitles are left
//          to the caller (write a sidecar file).
// Every output is written under a temporary name (a hidden sibling file or folder) and renamed into
// place by finish(); a writer destroyed before finish() succeeded leaves nothing behind.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tessera/app/audio.h"
#include "tessera/app/media.h"
#include "tessera/frame.h"

namespace tessera::app {

enum class ExportFormat { Mp4, WebM, ProRes, Gif, PngSequence, ExrSequence };

/// The format for "mp4", "webm", "prores", "gif", "png" or "exr" (any case); throws MediaError listing them.
ExportFormat exportFormatFromName(const std::string& name);
/// ".mp4", ".webm", ".mov", ".gif", or "" for the image sequences (their output is a folder).
std::string defaultExtension(ExportFormat format);

struct EncoderSettings {
    ExportFormat format = ExportFormat::Mp4;
    int width = 0, height = 0;  ///< every frame must have this size; even for Mp4 and WebM
    double fps = 16.0;
    bool audio = false;      ///< an audio stream (or audio.wav); must be false for Gif
    int sampleRate = 48000;  ///< of the samples given to addAudio (the writer resamples as the codec needs)
    int channels = 2;        ///< of the samples given to addAudio
    std::map<std::string, std::string> metadata;  ///< container tags / image attributes (title, comment, ...)
    std::vector<SubtitleCue> subtitles;           ///< a subtitle stream in Mp4, WebM and ProRes; must not overlap
};

/// Writes one export, frame by frame, with audio in any chunking.
class MediaWriter {
public:
    /// Validates the settings and opens the temporary output; `path` is a file with the format's
    /// extension, or for the sequences a folder that does not exist yet (or is empty).
    MediaWriter(const std::string& path, const EncoderSettings& settings);
    /// Removes the temporary output unless finish() succeeded (this is how an export is cancelled).
    ~MediaWriter();
    MediaWriter(const MediaWriter&) = delete;
    MediaWriter& operator=(const MediaWriter&) = delete;

    /// Encodes the next frame (shown at frameIndex / fps); its size must be the settings' size.
    void addFrame(const Frame& frame);
    /// Appends `frames` sample frames of float interleaved audio at the settings' rate and channels.
    void addAudio(const float* interleaved, int64_t frames);
    /// Flushes the encoders, finishes and syncs the output and renames it into place.
    void finish();

    /// Frames added so far.
    int64_t frameCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Decodes the first audio stream of a file (wav, mp3, ogg, flac, m4a, a video, ...) as float
/// interleaved at `sampleRate` and `channels`; refuses files without audio, damaged files and files
/// longer than 4 hours.
AudioBuffer readAudio(const std::string& path, int sampleRate = 48000, int channels = 2);
/// Writes 16-bit PCM WAV (samples clipped to [-1, 1]) through a temporary name.
void writeWav(const std::string& path, const AudioBuffer& audio);

}  // namespace tessera::app
