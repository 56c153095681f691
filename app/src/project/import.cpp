#include <filesystem>
#include <map>
#include <memory>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

#include "tessera/app/library_import.h"
#include "tessera/app/media.h"
#include "util/sha256.h"

namespace fs = std::filesystem;

namespace tessera::app {

namespace {

std::string lowerExtension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

// Duration of an audio file (local files only, bounded probing).
double audioSeconds(const std::string& path) {
    AVDictionary* opts = nullptr;
    av_dict_set(&opts, "protocol_whitelist", "file", 0);
    av_dict_set(&opts, "probesize", "5000000", 0);
    AVFormatContext* fmt = nullptr;
    const int err = avformat_open_input(&fmt, path.c_str(), nullptr, &opts);
    av_dict_free(&opts);
    if (err < 0) throw MediaError(path + ": not a readable audio file (damaged or of an unknown format)");
    std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> guard(
        fmt, [](AVFormatContext* f) { avformat_close_input(&f); });
    if (avformat_find_stream_info(fmt, nullptr) < 0 ||
        av_find_best_stream(fmt, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0) < 0)
        throw MediaError(path + ": has no audio stream");
    return fmt->duration > 0 ? static_cast<double>(fmt->duration) / AV_TIME_BASE : 0.0;
}

// Reads the file's size, length, rotation and thumbnail; throws naming the file when it is unreadable.
NewAsset describe(const std::string& path, AssetKind kind) {
    NewAsset a;
    a.kind = kind;
    a.name = fs::path(path).filename().string();
    a.sourcePath = fs::absolute(path).string();
    if (kind == AssetKind::Image) {
        a.thumbnailSource = readImage(path);
        a.width = a.thumbnailSource.width;
        a.height = a.thumbnailSource.height;
        a.frames = 1;
    } else if (kind == AssetKind::Video) {
        VideoInfo video = probeVideo(path);  // headers and the first frame, not the whole file
        a.width = video.width;
        a.height = video.height;
        a.frames = video.frames;
        a.fps = video.fps;
        a.durationSeconds = video.durationSeconds;
        a.rotationDegrees = video.rotationDegrees;
        a.thumbnailSource = std::move(video.firstFrame);
    } else {
        a.durationSeconds = audioSeconds(path);
    }
    return a;
}

}  // namespace

AssetKind assetKindForPath(const std::string& path) {
    static const std::map<std::string, AssetKind> kinds = {
        {".png", AssetKind::Image},  {".jpg", AssetKind::Image},  {".jpeg", AssetKind::Image},
        {".tif", AssetKind::Image},  {".tiff", AssetKind::Image}, {".exr", AssetKind::Image},
        {".webp", AssetKind::Image}, {".bmp", AssetKind::Image},  {".mp4", AssetKind::Video},
        {".mov", AssetKind::Video},  {".mkv", AssetKind::Video},  {".webm", AssetKind::Video},
        {".avi", AssetKind::Video},  {".gif", AssetKind::Video},  {".m4v", AssetKind::Video},
        {".wav", AssetKind::Audio},  {".mp3", AssetKind::Audio},  {".flac", AssetKind::Audio},
        {".ogg", AssetKind::Audio},  {".m4a", AssetKind::Audio},  {".aac", AssetKind::Audio},
        {".opus", AssetKind::Audio},
    };
    auto it = kinds.find(lowerExtension(path));
    return it == kinds.end() ? AssetKind::Invalid : it->second;
}

std::vector<ImportedFile> importFiles(ProjectLibrary& project, const std::vector<std::string>& paths) {
    std::vector<ImportedFile> out;
    std::vector<NewAsset> fresh;
    std::vector<size_t> freshIndex;       // fresh[i] belongs to out[freshIndex[i]]
    std::map<std::string, size_t> bySha;  // the same content twice in one import
    for (const auto& path : paths) {
        if (!fs::is_regular_file(path)) throw MediaError(path + ": no such file");
        const AssetKind kind = assetKindForPath(path);
        if (kind == AssetKind::Invalid)
            throw MediaError(path + ": unsupported file type '" + lowerExtension(path) +
                             "' (images: png jpg tif exr webp bmp; video: mp4 mov mkv webm avi gif; audio: wav mp3 "
                             "flac ogg m4a aac opus)");
        ImportedFile f{path, 0, kind, false};
        const std::string sha = sha256File(path);
        const AssetRecord existing = project.assetBySha256(sha);
        if (existing.id > 0) {
            f.assetId = existing.id;
            f.alreadyThere = true;
        } else if (bySha.count(sha)) {
            f.alreadyThere = true;
            f.assetId = -static_cast<int64_t>(bySha[sha]) - 1;  // resolved below
        } else {
            NewAsset a = describe(path, kind);
            a.file = project.copyIntoMedia(path);
            bySha[sha] = fresh.size();
            fresh.push_back(std::move(a));
            freshIndex.push_back(out.size());
        }
        out.push_back(f);
    }
    const std::vector<int64_t> ids = project.addAssets(fresh);
    for (size_t i = 0; i < ids.size(); ++i) out[freshIndex[i]].assetId = ids[i];
    for (auto& f : out)
        if (f.assetId < 0) f.assetId = ids[static_cast<size_t>(-f.assetId - 1)];
    return out;
}

}  // namespace tessera::app
