#include "tessera/app/media.h"

#include <OpenImageIO/imagebuf.h>
#include <OpenImageIO/imagebufalgo.h>
#include <OpenImageIO/imageio.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <random>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace fs = std::filesystem;

namespace tessera::app {

namespace {

std::string lowerExt(const std::string& path) {
    std::string e = fs::path(path).extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return std::tolower(c); });
    return e;
}

std::string avError(int code) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {0};
    av_strerror(code, buf, sizeof buf);
    return buf;
}

// A temporary name beside `path`, renamed over it by commit(); removed if never committed.
class TempOutput {
public:
    explicit TempOutput(const std::string& path) : path_(path) {
        fs::path p(path);
        if (p.has_parent_path() && !fs::is_directory(p.parent_path()))
            throw MediaError(path + ": the folder " + p.parent_path().string() + " does not exist");
        std::random_device rd;
        tmp_ = (p.parent_path() / ("." + p.stem().string() + ".tmp-" + std::to_string(rd()) + p.extension().string()))
                   .string();
    }
    ~TempOutput() {
        if (!committed_) {
            std::error_code ec;
            fs::remove(tmp_, ec);
        }
    }
    const std::string& tmp() const { return tmp_; }
    void commit() {
        std::error_code ec;
        fs::rename(tmp_, path_, ec);
        if (ec) throw MediaError(path_ + ": cannot move the finished file into place: " + ec.message());
        committed_ = true;
    }

private:
    std::string path_, tmp_;
    bool committed_ = false;
};

void checkFrame(const Frame& f, const std::string& path) {
    if (f.empty() || f.rgb.size() != size_t(f.width) * f.height * 3)
        throw MediaError(path + ": cannot write an empty or malformed frame");
}

}  // namespace

namespace {

// Some still readers allocate the whole canvas when the file is opened, before its size can be
// checked (found by fuzzing: a GIF declaring a 65535x65535 canvas took seconds of memset). Read the
// declared size of those formats from their headers first and refuse absurd ones.
void checkDeclaredSize(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char h[24] = {0};
    in.read(reinterpret_cast<char*>(h), sizeof h);
    const auto got = in.gcount();
    uint32_t w = 0, ht = 0;
    if (got >= 10 && std::memcmp(h, "GIF", 3) == 0) {  // giflib accepts any "GIF" signature
        w = h[6] | h[7] << 8;
        ht = h[8] | h[9] << 8;
    } else if (got >= 24 && std::memcmp(h, "\x89PNG", 4) == 0) {
        w = uint32_t(h[16]) << 24 | h[17] << 16 | h[18] << 8 | h[19];
        ht = uint32_t(h[20]) << 24 | h[21] << 16 | h[22] << 8 | h[23];
    } else {
        return;
    }
    if (w == 0 || ht == 0 || w > 8192 || ht > 8192)
        throw MediaError(path + ": declares an image of " + std::to_string(w) + "x" + std::to_string(ht) +
                         ", which is empty or larger than 8192x8192");
}

}  // namespace

Frame readImage(const std::string& path) {
    if (!fs::exists(path)) throw MediaError(path + ": no such file");
    checkDeclaredSize(path);
    auto in = OIIO::ImageInput::open(path);
    if (!in) throw MediaError(path + ": not a readable image (" + OIIO::geterror() + ")");
    const OIIO::ImageSpec& spec = in->spec();
    if (spec.width <= 0 || spec.height <= 0 || int64_t(spec.width) * spec.height > 8192LL * 8192LL) {
        in->close();
        throw MediaError(path + ": image size " + std::to_string(spec.width) + "x" + std::to_string(spec.height) +
                         " is empty or too large");
    }
    const int channels = spec.nchannels;
    std::vector<uint8_t> pixels(size_t(spec.width) * spec.height * channels);
    if (!in->read_image(0, 0, 0, channels, OIIO::TypeDesc::UINT8, pixels.data())) {
        std::string err = in->geterror();
        in->close();
        throw MediaError(path + ": cannot decode the image (" + err + "); the file may be truncated or corrupt");
    }
    in->close();
    Frame f;
    f.width = spec.width;
    f.height = spec.height;
    f.rgb.resize(size_t(f.width) * f.height * 3);
    for (size_t i = 0, n = size_t(f.width) * f.height; i < n; ++i)
        for (int c = 0; c < 3; ++c) f.rgb[i * 3 + c] = pixels[i * channels + std::min(c, channels - 1)];
    return f;
}

void writeImage(const std::string& path, const Frame& frame, const std::map<std::string, std::string>& metadata) {
    checkFrame(frame, path);
    TempOutput out(path);
    auto file = OIIO::ImageOutput::create(path);
    if (!file) throw MediaError(path + ": no image writer for this file type");
    OIIO::ImageSpec spec(frame.width, frame.height, 3, OIIO::TypeDesc::UINT8);
    for (const auto& [k, v] : metadata) spec.attribute(k, v);
    if (!file->open(out.tmp(), spec) || !file->write_image(OIIO::TypeDesc::UINT8, frame.rgb.data()) || !file->close())
        throw MediaError(path + ": cannot write the image (" + file->geterror() + "); is the disk full or read-only?");
    out.commit();
}

namespace {

struct Deadline {
    std::chrono::steady_clock::time_point end;
};
int interruptCallback(void* opaque) {
    return std::chrono::steady_clock::now() > static_cast<Deadline*>(opaque)->end ? 1 : 0;
}

// The counterclockwise rotation (0, 90, 180, 270) in a video stream's display matrix, which is what
// ffprobe reports as "rotation". FFmpeg turns a `rotate` tag into this matrix when it writes a file,
// and its demuxers (mov/mp4 among them) give the matrix, not a tag, when it reads one. Angles that are
// not a multiple of 90 degrees are not applied, and neither is mirroring.
int displayRotation(const AVStream* st) {
    size_t size = 0;
    const uint8_t* matrix = av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!matrix || size < 9 * sizeof(int32_t)) return 0;
    const double degrees = av_display_rotation_get(reinterpret_cast<const int32_t*>(matrix));
    if (!std::isfinite(degrees)) return 0;
    const long quarters = std::lround(degrees / 90.0);
    if (std::fabs(degrees - quarters * 90.0) > 1.0) return 0;
    return static_cast<int>((quarters % 4 + 4) % 4) * 90;
}

// Turns a frame counterclockwise by `degrees` (0, 90, 180 or 270).
Frame rotateCounterclockwise(Frame in, int degrees) {
    if (degrees == 0) return in;
    const int w = in.width, h = in.height;
    Frame out(degrees == 180 ? w : h, degrees == 180 ? h : w);
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x) {
            const int sx = degrees == 90 ? w - 1 - y : degrees == 180 ? w - 1 - x : y;
            const int sy = degrees == 90 ? x : degrees == 180 ? h - 1 - y : h - 1 - x;
            std::memcpy(out.at(x, y), in.at(sx, sy), 3);
        }
    return out;
}

// An open video file (local files only): its best video stream and that stream's decoder, within the
// time and size limits. Frames come out as RGB8 and upright (turned by the display rotation).
class VideoSource {
public:
    VideoSource(const std::string& path, const VideoReadLimits& limits)
        : path_(path),
          limits_(limits),
          deadline_{std::chrono::steady_clock::now() +
                    std::chrono::milliseconds(static_cast<int64_t>(limits.timeoutSeconds * 1000))} {
        av_log_set_level(AV_LOG_QUIET);  // damage is reported once, as our own error line
        fmt_ = avformat_alloc_context();
        fmt_->interrupt_callback = {interruptCallback, &deadline_};
        AVDictionary* opts = nullptr;
        av_dict_set(&opts, "protocol_whitelist", "file", 0);
        int err = avformat_open_input(&fmt_, path.c_str(), nullptr, &opts);  // frees fmt_ on failure
        av_dict_free(&opts);
        if (err < 0) throw MediaError(path + ": not a readable video (" + avError(err) + ")");
        try {
            open();
        } catch (...) {
            release();
            throw;
        }
    }
    ~VideoSource() { release(); }
    VideoSource(const VideoSource&) = delete;
    VideoSource& operator=(const VideoSource&) = delete;

    AVStream* stream() const { return st_; }
    int rotationDegrees() const { return rotation_; }
    double fps() const {
        AVRational rate = av_guess_frame_rate(fmt_, st_, nullptr);
        return rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 16.0;
    }
    /// Packets of the video stream read so far.
    int64_t packetsRead() const { return packets_; }

    /// Decodes the next frame; false at the end of the stream (or of what a damaged file holds).
    bool next(Frame& out) {
        for (;;) {
            const int rc = avcodec_receive_frame(dec_, frame_);
            if (rc == 0) {
                if (frame_->width != dec_->width || frame_->height != dec_->height) continue;  // size changes skipped
                out = rotateCounterclockwise(convert(frame_), rotation_);
                return true;
            }
            if (rc == AVERROR_EOF || flushed_) return false;
            if (!sendNextPacket()) {
                avcodec_send_packet(dec_, nullptr);
                flushed_ = true;
            }
        }
    }

    /// Reads the rest of the file without decoding; true when it ended cleanly, false when the
    /// container reported damage before its end.
    bool skipToEnd() {
        for (;;) {
            const int err = readPacket();
            if (err < 0) return err == AVERROR_EOF;
            if (pkt_->stream_index == st_->index) ++packets_;
            av_packet_unref(pkt_);
        }
    }

    /// Throws when the container's index puts a frame of the stream beyond the end of the file.
    void checkIndexWithinFile() const {
        const int64_t fileBytes = avio_size(fmt_->pb);
        const int entries = avformat_index_get_entries_count(st_);
        if (fileBytes <= 0 || entries <= 0) return;
        for (int i = 0; i < entries; ++i) {
            const AVIndexEntry* e = avformat_index_get_entry(st_, i);
            if (e && e->pos >= 0 && (e->pos > fileBytes || e->size > fileBytes - e->pos))
                throw MediaError(path_ + ": its index lists " + std::to_string(entries) +
                                 " frames, but the file ends (at " + std::to_string(fileBytes) +
                                 " bytes) before frame " + std::to_string(i + 1) +
                                 "; the file is truncated or damaged");
        }
    }

    /// Throws when the container's header declares a duration that the packets read fall well short of
    /// (a Matroska/WebM file cut off: its header still says how long it was).
    void checkDurationReached() const {
        if (fmt_->duration_estimation_method != AVFMT_DURATION_FROM_STREAM || fmt_->duration <= 0) return;
        const double start = fmt_->start_time != AV_NOPTS_VALUE ? double(fmt_->start_time) / AV_TIME_BASE : 0.0;
        const double declared = start + double(fmt_->duration) / AV_TIME_BASE;
        if (lastPacketEndSeconds_ < declared - std::max(1.0, declared / 100))
            throw MediaError(path_ + ": the file says it lasts " + seconds(declared - start) + " s but ends after " +
                             seconds(std::max(0.0, lastPacketEndSeconds_ - start)) +
                             " s; the file is truncated or damaged");
    }

private:
    void open() {
        int err = avformat_find_stream_info(fmt_, nullptr);
        if (err < 0) throw MediaError(path_ + ": cannot read stream information (" + avError(err) + ")");
        const AVCodec* codec = nullptr;
        const int index = av_find_best_stream(fmt_, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
        if (index < 0 || !codec) throw MediaError(path_ + ": has no video stream Tessera can decode");
        st_ = fmt_->streams[index];
        dec_ = avcodec_alloc_context3(codec);
        frame_ = av_frame_alloc();
        pkt_ = av_packet_alloc();
        if (!dec_ || !frame_ || !pkt_) throw MediaError(path_ + ": out of memory");
        avcodec_parameters_to_context(dec_, st_->codecpar);
        if ((err = avcodec_open2(dec_, codec, nullptr)) < 0)
            throw MediaError(path_ + ": cannot open the video decoder (" + avError(err) + ")");
        if (dec_->width <= 0 || dec_->height <= 0 || int64_t(dec_->width) * dec_->height > limits_.maxPixels)
            throw MediaError(path_ + ": video size " + std::to_string(dec_->width) + "x" +
                             std::to_string(dec_->height) + " is empty or too large");
        rotation_ = displayRotation(st_);
    }

    void release() {
        sws_freeContext(sws_);
        sws_ = nullptr;
        av_packet_free(&pkt_);
        av_frame_free(&frame_);
        avcodec_free_context(&dec_);
        avformat_close_input(&fmt_);
    }

    // av_read_frame under the deadline: throws when the time is up.
    int readPacket() {
        const int err = av_read_frame(fmt_, pkt_);
        if (err == AVERROR_EXIT || interruptCallback(&deadline_)) {
            if (err >= 0) av_packet_unref(pkt_);
            throw MediaError(path_ + ": decoding took longer than " + std::to_string(int(limits_.timeoutSeconds)) +
                             " s; the file may be damaged");
        }
        if (err >= 0 && pkt_->pts != AV_NOPTS_VALUE) {
            // In doubles: a hostile file's timestamps may overflow 64-bit sums.
            const double end = (double(pkt_->pts) + double(std::max<int64_t>(pkt_->duration, 0))) *
                               av_q2d(fmt_->streams[pkt_->stream_index]->time_base);
            if (std::isfinite(end)) lastPacketEndSeconds_ = std::max(lastPacketEndSeconds_, end);
        }
        return err;
    }

    static std::string seconds(double s) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1f", s);
        return buf;
    }

    // Feeds the decoder the next packet of the stream; false at the end of the file (or of a truncated
    // file's readable part). Packets the decoder refuses are skipped, as damage it can step over.
    bool sendNextPacket() {
        for (;;) {
            if (readPacket() < 0) return false;
            const bool ours = pkt_->stream_index == st_->index;
            const bool sent = ours && avcodec_send_packet(dec_, pkt_) >= 0;
            packets_ += ours;
            av_packet_unref(pkt_);
            if (sent) return true;
        }
    }

    Frame convert(const AVFrame* f) {
        sws_ = sws_getCachedContext(sws_, f->width, f->height, static_cast<AVPixelFormat>(f->format), f->width,
                                    f->height, AV_PIX_FMT_RGB24, SWS_BILINEAR, nullptr, nullptr, nullptr);
        if (!sws_) throw MediaError(path_ + ": unsupported pixel format");
        Frame out;
        out.width = f->width;
        out.height = f->height;
        out.rgb.resize(size_t(out.width) * out.height * 3);
        uint8_t* dst[1] = {out.rgb.data()};
        int stride[1] = {out.width * 3};
        sws_scale(sws_, f->data, f->linesize, 0, f->height, dst, stride);
        return out;
    }

    const std::string path_;
    const VideoReadLimits limits_;
    Deadline deadline_;
    AVFormatContext* fmt_ = nullptr;
    AVStream* st_ = nullptr;
    AVCodecContext* dec_ = nullptr;
    AVFrame* frame_ = nullptr;
    AVPacket* pkt_ = nullptr;
    SwsContext* sws_ = nullptr;
    int rotation_ = 0;
    int64_t packets_ = 0;
    double lastPacketEndSeconds_ = 0;  ///< the latest end time of any packet read, in seconds
    bool flushed_ = false;
};

bool isStillExtension(const std::string& ext) {
    for (const char* still : {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".exr", ".webp", ".bmp"})
        if (ext == still) return true;
    return false;
}

}  // namespace

Clip readClip(const std::string& path, const VideoReadLimits& limits) {
    if (!fs::exists(path)) throw MediaError(path + ": no such file");
    if (isStillExtension(lowerExt(path))) return Clip{{readImage(path)}, 16.0};

    VideoSource video(path, limits);
    Clip clip;
    clip.fps = video.fps();
    Frame f;
    while (clip.frameCount() < limits.maxFrames && video.next(f)) clip.frames.push_back(std::move(f));
    if (clip.frames.empty())
        throw MediaError(path + ": no frame could be decoded; the file may be truncated or corrupt");
    // A file that promises more frames than it holds is damaged: say so rather than return a part.
    const int64_t promised = video.stream()->nb_frames;
    if (promised > 0 && clip.frameCount() < std::min<int64_t>(promised, limits.maxFrames))
        throw MediaError(path + ": only " + std::to_string(clip.frameCount()) + " of " + std::to_string(promised) +
                         " frames could be decoded; the file is truncated or damaged");
    return clip;
}

VideoInfo probeVideo(const std::string& path, const VideoReadLimits& limits) {
    if (!fs::exists(path)) throw MediaError(path + ": no such file");
    VideoSource video(path, limits);
    VideoInfo info;
    int64_t frames = video.stream()->nb_frames;
    if (frames > 0) video.checkIndexWithinFile();
    if (!video.next(info.firstFrame))
        throw MediaError(path + ": no frame could be decoded; the file may be truncated or corrupt");
    info.width = info.firstFrame.width;
    info.height = info.firstFrame.height;
    info.fps = video.fps();
    info.rotationDegrees = video.rotationDegrees();
    if (frames <= 0) {
        // Matroska/WebM, GIF and others list no frame count: count the packets, one per frame,
        // without decoding them.
        if (!video.skipToEnd())
            throw MediaError(path + ": the file is damaged or truncated after " + std::to_string(video.packetsRead()) +
                             " frames");
        video.checkDurationReached();
        frames = video.packetsRead();
    }
    info.frames = static_cast<int>(std::min<int64_t>(frames, std::numeric_limits<int>::max()));
    info.durationSeconds = info.fps > 0 ? info.frames / info.fps : 0.0;
    return info;
}

bool isSupportedOutput(const std::string& path) {
    std::string e = lowerExt(path);
    return e == ".mp4" || e == ".webm" || e == ".gif" || e == ".png";
}

void writeClip(const std::string& path, const Clip& clip, const std::map<std::string, std::string>& metadata) {
    const std::string ext = lowerExt(path);
    if (clip.frames.empty()) throw MediaError(path + ": nothing to write (the clip has no frames)");
    for (const auto& f : clip.frames) {
        checkFrame(f, path);
        if (f.width != clip.width() || f.height != clip.height())
            throw MediaError(path + ": the clip's frames differ in size");
    }
    if (ext == ".png") {
        if (clip.frameCount() != 1)
            throw MediaError(path + ": a PNG holds one frame but the clip has " + std::to_string(clip.frameCount()) +
                             "; use .mp4/.webm/.gif, or ask for 1 frame");
        writeImage(path, clip.frames[0], metadata);
        return;
    }
    const char* codecName = ext == ".mp4" ? "libx264" : ext == ".webm" ? "libvpx-vp9" : ext == ".gif" ? "gif" : nullptr;
    if (!codecName) throw MediaError(path + ": unsupported output type '" + ext + "' (use .mp4, .webm, .gif or .png)");
    const AVPixelFormat pixFmt = ext == ".gif" ? AV_PIX_FMT_RGB8 : AV_PIX_FMT_YUV420P;
    const int w = clip.width(), h = clip.height();
    if (pixFmt == AV_PIX_FMT_YUV420P && (w % 2 || h % 2))
        throw MediaError(path + ": H.264/VP9 need an even width and height, not " + std::to_string(w) + "x" +
                         std::to_string(h));

    TempOutput out(path);
    AVFormatContext* fmt = nullptr;
    // The muxer works on the temporary name (mp4's faststart reopens its own file to move the index).
    const char* muxer = ext == ".mp4" ? "mp4" : ext == ".webm" ? "webm" : "gif";
    av_log_set_level(AV_LOG_ERROR);
    int err = avformat_alloc_output_context2(&fmt, nullptr, muxer, out.tmp().c_str());
    if (err < 0 || !fmt) throw MediaError(path + ": cannot create the container (" + avError(err) + ")");
    std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> fmtGuard(fmt, [](AVFormatContext* f) {
        if (f->pb) avio_closep(&f->pb);
        avformat_free_context(f);
    });
    const AVCodec* codec = avcodec_find_encoder_by_name(codecName);
    if (!codec) throw MediaError(path + std::string(": this FFmpeg has no ") + codecName + " encoder");
    std::unique_ptr<AVCodecContext, void (*)(AVCodecContext*)> enc(avcodec_alloc_context3(codec),
                                                                   [](AVCodecContext* c) { avcodec_free_context(&c); });
    AVRational fps = av_d2q(clip.fps > 0 ? clip.fps : 16.0, 1000);
    enc->width = w;
    enc->height = h;
    enc->pix_fmt = pixFmt;
    enc->time_base = av_inv_q(fps);
    enc->framerate = fps;
    enc->gop_size = 16;
    if (fmt->oformat->flags & AVFMT_GLOBALHEADER) enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary* encOpts = nullptr;
    if (ext == ".mp4") {
        av_dict_set(&encOpts, "crf", "18", 0);
        av_dict_set(&encOpts, "preset", "medium", 0);
        // x264's macroblock-tree rate control made the same frames encode to one of two different
        // streams from run to run (seen on 64x48 clips, even single-threaded), so "regenerate gives
        // the same file" failed about one time in ten. Without it the output is repeatable.
        av_dict_set(&encOpts, "x264-params", "mbtree=0", 0);
    } else if (ext == ".webm") {
        av_dict_set(&encOpts, "crf", "24", 0);
        av_dict_set(&encOpts, "b", "0", 0);
        av_dict_set(&encOpts, "row-mt", "1", 0);
    }
    err = avcodec_open2(enc.get(), codec, &encOpts);
    av_dict_free(&encOpts);
    if (err < 0) throw MediaError(path + ": cannot open the " + codecName + " encoder (" + avError(err) + ")");
    AVStream* st = avformat_new_stream(fmt, nullptr);
    avcodec_parameters_from_context(st->codecpar, enc.get());
    st->time_base = enc->time_base;
    st->avg_frame_rate = fps;
    for (const auto& [k, v] : metadata) av_dict_set(&fmt->metadata, k.c_str(), v.c_str(), 0);
    AVDictionary* muxOpts = nullptr;
    if (ext == ".mp4") av_dict_set(&muxOpts, "movflags", "+faststart+use_metadata_tags", 0);
    if ((err = avio_open(&fmt->pb, out.tmp().c_str(), AVIO_FLAG_WRITE)) < 0)
        throw MediaError(path + ": cannot create the file (" + avError(err) + ")");
    err = avformat_write_header(fmt, &muxOpts);
    av_dict_free(&muxOpts);
    if (err < 0) throw MediaError(path + ": cannot write the header (" + avError(err) + ")");

    std::unique_ptr<AVFrame, void (*)(AVFrame*)> frame(av_frame_alloc(), [](AVFrame* f) { av_frame_free(&f); });
    frame->format = pixFmt;
    frame->width = w;
    frame->height = h;
    if (av_frame_get_buffer(frame.get(), 0) < 0) throw MediaError(path + ": out of memory");
    SwsContext* sws =
        sws_getContext(w, h, AV_PIX_FMT_RGB24, w, h, pixFmt, SWS_BICUBIC | SWS_ACCURATE_RND, nullptr, nullptr, nullptr);
    std::unique_ptr<AVPacket, void (*)(AVPacket*)> pkt(av_packet_alloc(), [](AVPacket* p) { av_packet_free(&p); });
    auto flushPackets = [&]() {
        while ((err = avcodec_receive_packet(enc.get(), pkt.get())) == 0) {
            av_packet_rescale_ts(pkt.get(), enc->time_base, st->time_base);
            pkt->stream_index = st->index;
            if ((err = av_interleaved_write_frame(fmt, pkt.get())) < 0) {
                sws_freeContext(sws);
                throw MediaError(path + ": write failed (" + avError(err) + "); is the disk full?");
            }
        }
    };
    // swscale's vector code reads up to 16 bytes past the last pixel: it reads from a padded copy.
    std::vector<uint8_t> padded(size_t(w) * h * 3 + 64);
    for (int i = 0; i < clip.frameCount(); ++i) {
        av_frame_make_writable(frame.get());
        std::copy(clip.frames[i].rgb.begin(), clip.frames[i].rgb.end(), padded.begin());
        const uint8_t* src[1] = {padded.data()};
        int srcStride[1] = {w * 3};
        sws_scale(sws, src, srcStride, 0, h, frame->data, frame->linesize);
        frame->pts = i;
        if ((err = avcodec_send_frame(enc.get(), frame.get())) < 0) {
            sws_freeContext(sws);
            throw MediaError(path + ": encoding failed (" + avError(err) + ")");
        }
        flushPackets();
    }
    avcodec_send_frame(enc.get(), nullptr);
    flushPackets();
    sws_freeContext(sws);
    if ((err = av_write_trailer(fmt)) < 0) throw MediaError(path + ": cannot finish the file (" + avError(err) + ")");
    if ((err = avio_closep(&fmt->pb)) < 0)
        throw MediaError(path + ": cannot close the file (" + avError(err) + "); is the disk full?");
    out.commit();
}

}  // namespace tessera::app
