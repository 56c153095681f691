// MediaWriter: frames, audio and subtitles into MP4/WebM/ProRes/GIF through FFmpeg, or into a folder
// of PNG/EXR images (OpenImageIO) with the audio beside them as audio.wav.
//
// Data flow for the containers:
//   addFrame: RGB8 -> swscale -> video encoder -> muxer   (GIF: -> palette filter graph -> gif encoder)
//   addAudio: float interleaved -> swresample -> FIFO -> audio encoder in its frame size -> muxer
//   subtitles: encoded once, right after the header; the muxer's interleaving queue puts them in place.
#include "tessera/app/encoder.h"

#include <OpenImageIO/imageio.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libavutil/samplefmt.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

namespace fs = std::filesystem;

namespace tessera::app {

namespace {

std::string avError(int code) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {0};
    av_strerror(code, buf, sizeof buf);
    return buf;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::string sizeText(int w, int h) {
    return std::to_string(w) + "x" + std::to_string(h);
}

std::string secondsText(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", s);
    return buf;
}

// What each export format is made of. Image sequences have no container; their audio goes to a WAV.
struct FormatInfo {
    ExportFormat format;
    const char* name;        ///< for exportFormatFromName
    const char* label;       ///< for messages
    const char* extension;   ///< "" for the folder formats
    const char* muxer;       ///< the container, or "wav" (audio.wav) for the sequences
    const char* videoCodec;  ///< nullptr for the sequences
    AVPixelFormat pixFmt;
    const char* audioCodec;     ///< nullptr: the format carries no audio
    const char* subtitleCodec;  ///< nullptr: no subtitle stream
};

constexpr FormatInfo kFormats[] = {
    {ExportFormat::Mp4, "mp4", "MP4", ".mp4", "mp4", "libx264", AV_PIX_FMT_YUV420P, "aac", "mov_text"},
    {ExportFormat::WebM, "webm", "WebM", ".webm", "webm", "libvpx-vp9", AV_PIX_FMT_YUV420P, "libopus", "webvtt"},
    {ExportFormat::ProRes, "prores", "ProRes", ".mov", "mov", "prores_ks", AV_PIX_FMT_YUV422P10LE, "pcm_s16le",
     "mov_text"},
    {ExportFormat::Gif, "gif", "GIF", ".gif", "gif", "gif", AV_PIX_FMT_PAL8, nullptr, nullptr},
    {ExportFormat::PngSequence, "png", "PNG sequence", "", "wav", nullptr, AV_PIX_FMT_NONE, "pcm_s16le", nullptr},
    {ExportFormat::ExrSequence, "exr", "EXR sequence", "", "wav", nullptr, AV_PIX_FMT_NONE, "pcm_s16le", nullptr},
};

const FormatInfo& formatInfo(ExportFormat format) {
    for (const auto& f : kFormats)
        if (f.format == format) return f;
    throw MediaError("unknown export format " + std::to_string(static_cast<int>(format)));
}

bool isSequence(ExportFormat f) {
    return f == ExportFormat::PngSequence || f == ExportFormat::ExrSequence;
}

void syncPath(const std::string& path, const std::string& shown) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const std::string why = std::strerror(errno);
        if (fd >= 0) ::close(fd);
        throw MediaError(shown + ": cannot flush the file to disk (" + why + "); is the disk full?");
    }
    ::close(fd);
}

// A hidden temporary file or folder beside the output, renamed over it by commit(); removed (with
// everything in it) if never committed.
class TempPath {
public:
    TempPath(const std::string& path, bool folder) : path_(path) {
        fs::path p(path);
        if (!p.has_filename()) p = p.parent_path();  // "frames/" names the folder "frames"
        path_ = p.string();
        const fs::path parent = p.has_parent_path() ? p.parent_path() : fs::path(".");
        if (!fs::is_directory(parent)) throw MediaError(path + ": the folder " + parent.string() + " does not exist");
        std::random_device rd;
        tmp_ = (parent / ("." + p.stem().string() + ".tmp-" + std::to_string(rd()) + p.extension().string())).string();
        if (folder) {
            std::error_code ec;
            if (!fs::create_directory(tmp_, ec))
                throw MediaError(path + ": cannot create a folder in " + parent.string() + " (" + ec.message() +
                                 "); is it writable?");
        }
    }
    ~TempPath() {
        if (!committed_) {
            std::error_code ec;
            fs::remove_all(tmp_, ec);
        }
    }
    TempPath(const TempPath&) = delete;
    TempPath& operator=(const TempPath&) = delete;

    const std::string& tmp() const { return tmp_; }

    /// Flushes the output (a file, or a folder and every file in it) to disk and renames it into place.
    void commit() {
        if (fs::is_directory(tmp_))
            for (const auto& e : fs::directory_iterator(tmp_)) syncPath(e.path().string(), path_);
        syncPath(tmp_, path_);
        std::error_code ec;
        fs::rename(tmp_, path_, ec);
        if (ec) throw MediaError(path_ + ": cannot move the finished export into place: " + ec.message());
        committed_ = true;
        const fs::path parent = fs::path(path_).has_parent_path() ? fs::path(path_).parent_path() : fs::path(".");
        syncPath(parent.string(), path_);  // the rename itself
    }

private:
    std::string path_, tmp_;
    bool committed_ = false;
};

struct PacketDeleter {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct FrameDeleter {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct CodecDeleter {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using CodecPtr = std::unique_ptr<AVCodecContext, CodecDeleter>;

PacketPtr newPacket(const std::string& shown) {
    PacketPtr p(av_packet_alloc());
    if (!p) throw MediaError(shown + ": out of memory");
    return p;
}
FramePtr newFrame(const std::string& shown) {
    FramePtr f(av_frame_alloc());
    if (!f) throw MediaError(shown + ": out of memory");
    return f;
}

// An output container on the temporary file. Errors name `shown`, the path the caller asked for.
class Muxer {
public:
    Muxer(const std::string& shown, const std::string& file, const char* format) : shown_(shown), file_(file) {
        const int err = avformat_alloc_output_context2(&fmt_, nullptr, format, file.c_str());
        if (err < 0 || !fmt_)
            throw MediaError(shown + ": cannot create the " + format + " container (" + avError(err) + ")");
    }
    ~Muxer() {
        if (fmt_->pb) avio_closep(&fmt_->pb);
        avformat_free_context(fmt_);
    }
    Muxer(const Muxer&) = delete;
    Muxer& operator=(const Muxer&) = delete;

    bool wantsGlobalHeaders() const { return fmt_->oformat->flags & AVFMT_GLOBALHEADER; }

    AVStream* addStream(const AVCodecContext* enc) {
        AVStream* st = avformat_new_stream(fmt_, nullptr);
        if (!st) throw MediaError(shown_ + ": out of memory");
        const int err = avcodec_parameters_from_context(st->codecpar, enc);
        if (err < 0) throw MediaError(shown_ + ": cannot set up a stream (" + avError(err) + ")");
        st->time_base = enc->time_base;
        return st;
    }

    /// Creates the file and writes the container header (streams are fixed from here on).
    void start(const std::map<std::string, std::string>& metadata, const char* movflags) {
        for (const auto& [k, v] : metadata) av_dict_set(&fmt_->metadata, k.c_str(), v.c_str(), 0);
        int err = avio_open(&fmt_->pb, file_.c_str(), AVIO_FLAG_WRITE);
        if (err < 0)
            throw MediaError(shown_ + ": cannot create the file (" + avError(err) + "); is the folder writable?");
        AVDictionary* opts = nullptr;
        if (movflags) av_dict_set(&opts, "movflags", movflags, 0);
        err = avformat_write_header(fmt_, &opts);
        av_dict_free(&opts);
        if (err < 0) throw MediaError(shown_ + ": cannot write the header (" + avError(err) + "); is the disk full?");
    }

    /// Writes a packet with timestamps in `timeBase` to `st`; takes the packet's data.
    void write(AVPacket* pkt, AVRational timeBase, const AVStream* st) {
        av_packet_rescale_ts(pkt, timeBase, st->time_base);
        pkt->stream_index = st->index;
        const int err = av_interleaved_write_frame(fmt_, pkt);
        if (err < 0) throw MediaError(shown_ + ": write failed (" + avError(err) + "); is the disk full?");
    }

    /// Writes the trailer (the index) and closes the file.
    void finish() {
        int err = av_write_trailer(fmt_);
        if (err < 0) throw MediaError(shown_ + ": cannot finish the file (" + avError(err) + "); is the disk full?");
        if ((err = avio_closep(&fmt_->pb)) < 0)
            throw MediaError(shown_ + ": cannot close the file (" + avError(err) + "); is the disk full?");
    }

private:
    std::string shown_, file_;
    AVFormatContext* fmt_ = nullptr;
};

const AVCodec* findEncoder(const std::string& shown, const char* name) {
    const AVCodec* codec = avcodec_find_encoder_by_name(name);
    if (!codec) throw MediaError(shown + ": this FFmpeg has no " + name + " encoder; install an FFmpeg built with it");
    return codec;
}

// Sends a frame (nullptr: end of stream) and writes every packet the encoder has ready.
void encodeAndWrite(const std::string& shown, AVCodecContext* enc, AVFrame* frame, AVPacket* pkt, Muxer& mux,
                    const AVStream* st) {
    int err = avcodec_send_frame(enc, frame);
    if (err < 0) throw MediaError(shown + ": encoding failed (" + avError(err) + ")");
    for (;;) {
        err = avcodec_receive_packet(enc, pkt);
        if (err == AVERROR(EAGAIN) || err == AVERROR_EOF) return;
        if (err < 0) throw MediaError(shown + ": encoding failed (" + avError(err) + ")");
        mux.write(pkt, enc->time_base, st);
    }
}

// RGB8 frames into the video stream. Frame i has pts i in the time base 1/fps.
class VideoTrack {
public:
    VideoTrack(const std::string& shown, const FormatInfo& fi, const EncoderSettings& s, Muxer& mux)
        : shown_(shown), mux_(mux), pkt_(newPacket(shown)), frame_(newFrame(shown)) {
        const AVCodec* codec = findEncoder(shown, fi.videoCodec);
        enc_.reset(avcodec_alloc_context3(codec));
        if (!enc_) throw MediaError(shown + ": out of memory");
        // 100000, not 1000: NTSC rates need it (23.976 -> 24000/1001; with 1000 it became 983/41,
        // which drifts from the audio by a frame every 40 minutes).
        const AVRational rate = av_d2q(s.fps, 100000);
        enc_->width = s.width;
        enc_->height = s.height;
        enc_->pix_fmt = fi.pixFmt;
        enc_->time_base = av_inv_q(rate);
        enc_->framerate = rate;
        enc_->sample_aspect_ratio = AVRational{1, 1};
        enc_->gop_size = std::max(1, static_cast<int>(std::lround(s.fps)));  // a keyframe a second, for seeking
        if (fi.pixFmt != AV_PIX_FMT_PAL8) {
            // swscale converts with the BT.601 matrix into limited range; say so, or players guess
            // BT.709 for HD sizes and shift the colours.
            enc_->colorspace = AVCOL_SPC_SMPTE170M;
            enc_->color_range = AVCOL_RANGE_MPEG;
        }
        if (mux.wantsGlobalHeaders()) enc_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        AVDictionary* opts = nullptr;
        if (fi.format == ExportFormat::Mp4) {
            av_dict_set(&opts, "crf", "18", 0);
            av_dict_set(&opts, "preset", "medium", 0);
            // As in writeClip: x264's macroblock-tree rate control made identical frames encode
            // differently from run to run; without it an export is repeatable.
            av_dict_set(&opts, "x264-params", "mbtree=0", 0);
        } else if (fi.format == ExportFormat::WebM) {
            av_dict_set(&opts, "crf", "24", 0);
            av_dict_set(&opts, "b", "0", 0);
            av_dict_set(&opts, "row-mt", "1", 0);
        } else if (fi.format == ExportFormat::ProRes) {
            av_dict_set(&opts, "profile", "3", 0);  // 422 HQ
        }
        const int err = avcodec_open2(enc_.get(), codec, &opts);
        av_dict_free(&opts);
        if (err < 0)
            throw MediaError(shown + ": cannot open the " + fi.videoCodec + " encoder for " +
                             sizeText(s.width, s.height) + " at " + std::to_string(s.fps) + " fps (" + avError(err) +
                             ")");
        st_ = mux.addStream(enc_.get());
        st_->avg_frame_rate = rate;

        // The encoder's input: its own pixel format, or RGB for the palette filter graph.
        const AVPixelFormat input = fi.format == ExportFormat::Gif ? AV_PIX_FMT_RGB24 : fi.pixFmt;
        if (fi.format == ExportFormat::Gif) openPaletteGraph(s);
        frame_->format = input;
        frame_->width = s.width;
        frame_->height = s.height;
        if (av_frame_get_buffer(frame_.get(), 0) < 0) throw MediaError(shown + ": out of memory");
        sws_ = sws_getContext(s.width, s.height, AV_PIX_FMT_RGB24, s.width, s.height, input,
                              SWS_BICUBIC | SWS_ACCURATE_RND, nullptr, nullptr, nullptr);
        if (!sws_) throw MediaError(shown + ": cannot convert RGB frames for the " + fi.videoCodec + " encoder");
    }
    ~VideoTrack() {
        sws_freeContext(sws_);
        avfilter_graph_free(&graph_);
    }
    VideoTrack(const VideoTrack&) = delete;
    VideoTrack& operator=(const VideoTrack&) = delete;

    void add(const Frame& f, int64_t index) {
        if (av_frame_make_writable(frame_.get()) < 0) throw MediaError(shown_ + ": out of memory");
        // swscale's SIMD readers load up to 16 bytes past the last pixel (valgrind caught it reading
        // beyond Frame::rgb): convert from a copy with FFmpeg's input padding.
        rgb_.resize(f.rgb.size() + AV_INPUT_BUFFER_PADDING_SIZE);
        std::copy(f.rgb.begin(), f.rgb.end(), rgb_.begin());
        const uint8_t* src[1] = {rgb_.data()};
        const int srcStride[1] = {f.width * 3};
        sws_scale(sws_, src, srcStride, 0, f.height, frame_->data, frame_->linesize);
        frame_->pts = index;
        if (graph_) {
            // The graph keeps a reference: palettegen sees every frame before paletteuse releases any,
            // so a GIF's frames are all in memory at the end; refuse one that would not fit.
            heldBytes_ += int64_t(f.rgb.size());
            if (heldBytes_ > kMaxGifBytes)
                throw MediaError(shown_ + ": a GIF is held in memory until its palette is made, and " +
                                 std::to_string(index + 1) + " frames of " + sizeText(f.width, f.height) +
                                 " pass 2 GB; export a shorter or smaller GIF, or MP4/WebM");
            const int err = av_buffersrc_add_frame_flags(src_, frame_.get(), AV_BUFFERSRC_FLAG_KEEP_REF);
            if (err < 0) throw MediaError(shown_ + ": the palette filter refused a frame (" + avError(err) + ")");
            drainGraph();
        } else {
            encodeAndWrite(shown_, enc_.get(), frame_.get(), pkt_.get(), mux_, st_);
        }
    }

    /// Encodes what the filter graph and the encoder still hold.
    void flush() {
        if (graph_) {
            const int err = av_buffersrc_add_frame_flags(src_, nullptr, 0);
            if (err < 0) throw MediaError(shown_ + ": cannot close the palette filter (" + avError(err) + ")");
            drainGraph();
        }
        encodeAndWrite(shown_, enc_.get(), nullptr, pkt_.get(), mux_, st_);
    }

private:
    // One palette for the whole clip: palettegen collects colour statistics over every frame and
    // emits the palette at the end of the stream, so the graph buffers the frames until then.
    void openPaletteGraph(const EncoderSettings& s) {
        graph_ = avfilter_graph_alloc();
        if (!graph_) throw MediaError(shown_ + ": out of memory");
        const AVRational tb = enc_->time_base;
        const std::string args =
            "video_size=" + sizeText(s.width, s.height) + ":pix_fmt=" + std::to_string(AV_PIX_FMT_RGB24) +
            ":time_base=" + std::to_string(tb.num) + "/" + std::to_string(tb.den) + ":pixel_aspect=1/1";
        int err =
            avfilter_graph_create_filter(&src_, avfilter_get_by_name("buffer"), "in", args.c_str(), nullptr, graph_);
        if (err >= 0)
            err = avfilter_graph_create_filter(&sink_, avfilter_get_by_name("buffersink"), "out", nullptr, nullptr,
                                               graph_);
        if (err < 0) throw MediaError(shown_ + ": cannot set up the GIF palette filter (" + avError(err) + ")");
        const AVPixelFormat pal8[] = {AV_PIX_FMT_PAL8, AV_PIX_FMT_NONE};
        av_opt_set_int_list(sink_, "pix_fmts", pal8, AV_PIX_FMT_NONE, AV_OPT_SEARCH_CHILDREN);

        AVFilterInOut* outputs = avfilter_inout_alloc();  // the graph description's [in]: our source
        AVFilterInOut* inputs = avfilter_inout_alloc();   // its [out]: our sink
        if (!outputs || !inputs) {
            avfilter_inout_free(&outputs);
            avfilter_inout_free(&inputs);
            throw MediaError(shown_ + ": out of memory");
        }
        outputs->name = av_strdup("in");
        outputs->filter_ctx = src_;
        inputs->name = av_strdup("out");
        inputs->filter_ctx = sink_;
        err = avfilter_graph_parse_ptr(
            graph_, "[in]split[a][b];[a]palettegen=stats_mode=full[p];[b][p]paletteuse=dither=bayer[out]", &inputs,
            &outputs, nullptr);
        avfilter_inout_free(&outputs);
        avfilter_inout_free(&inputs);
        if (err >= 0) err = avfilter_graph_config(graph_, nullptr);
        if (err < 0)
            throw MediaError(shown_ + ": cannot set up the GIF palette filter (" + avError(err) +
                             "); is FFmpeg's libavfilter complete?");
    }

    void drainGraph() {
        FramePtr out = newFrame(shown_);
        for (;;) {
            const int err = av_buffersink_get_frame(sink_, out.get());
            if (err == AVERROR(EAGAIN) || err == AVERROR_EOF) return;
            if (err < 0) throw MediaError(shown_ + ": the palette filter failed (" + avError(err) + ")");
            out->pict_type = AV_PICTURE_TYPE_NONE;
            encodeAndWrite(shown_, enc_.get(), out.get(), pkt_.get(), mux_, st_);
            av_frame_unref(out.get());
        }
    }

    std::string shown_;
    Muxer& mux_;
    CodecPtr enc_;
    AVStream* st_ = nullptr;
    PacketPtr pkt_;
    FramePtr frame_;
    SwsContext* sws_ = nullptr;
    std::vector<uint8_t> rgb_;  ///< the frame being converted, padded
    static constexpr int64_t kMaxGifBytes = int64_t(2) << 30;
    int64_t heldBytes_ = 0;  ///< RGB frames held by the palette graph
    AVFilterGraph* graph_ = nullptr;
    AVFilterContext* src_ = nullptr;   // owned by graph_
    AVFilterContext* sink_ = nullptr;  // owned by graph_
};

// Float interleaved audio into the audio stream: resampled and converted to what the encoder takes,
// queued, and encoded in the codec's frame size. pts count samples at the encoder's rate.
class AudioTrack {
public:
    AudioTrack(const std::string& shown, const char* codecName, const EncoderSettings& s, Muxer& mux)
        : shown_(shown), mux_(mux), channels_(s.channels), pkt_(newPacket(shown)) {
        const AVCodec* codec = findEncoder(shown, codecName);
        enc_.reset(avcodec_alloc_context3(codec));
        if (!enc_) throw MediaError(shown + ": out of memory");
        enc_->sample_rate = pickRate(codec, s.sampleRate);
        enc_->sample_fmt = pickFormat(codec);
        av_channel_layout_default(&enc_->ch_layout, s.channels);
        enc_->time_base = AVRational{1, enc_->sample_rate};
        if (codec->id == AV_CODEC_ID_AAC || codec->id == AV_CODEC_ID_OPUS)
            enc_->bit_rate = 96000 * int64_t(s.channels);  // transparent for speech and music
        if (mux.wantsGlobalHeaders()) enc_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        int err = avcodec_open2(enc_.get(), codec, nullptr);
        if (err < 0)
            throw MediaError(shown + ": cannot open the " + codecName + " encoder for " + std::to_string(s.channels) +
                             " channels at " + std::to_string(enc_->sample_rate) + " Hz (" + avError(err) + ")");
        // PCM takes any number of samples per frame; fixed-size codecs (AAC 1024, Opus 960) take theirs.
        const bool variable = (codec->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE) || enc_->frame_size <= 0;
        frameSize_ = variable ? 4096 : enc_->frame_size;
        // A short last frame is fine where the codec says so (it pads internally and records the
        // real length); otherwise the last frame is padded with silence here.
        padLast_ = !variable && !(codec->capabilities & AV_CODEC_CAP_SMALL_LAST_FRAME);

        AVChannelLayout in;
        av_channel_layout_default(&in, s.channels);
        err = swr_alloc_set_opts2(&swr_, &enc_->ch_layout, enc_->sample_fmt, enc_->sample_rate, &in, AV_SAMPLE_FMT_FLT,
                                  s.sampleRate, 0, nullptr);
        av_channel_layout_uninit(&in);
        if (err < 0 || swr_init(swr_) < 0)
            throw MediaError(shown + ": cannot convert " + std::to_string(s.sampleRate) + " Hz audio for the " +
                             codecName + " encoder");
        fifo_ = av_audio_fifo_alloc(enc_->sample_fmt, s.channels, frameSize_);
        if (!fifo_) throw MediaError(shown + ": out of memory");
        st_ = mux.addStream(enc_.get());
    }
    ~AudioTrack() {
        if (converted_) av_freep(&converted_[0]);
        av_freep(&converted_);
        av_audio_fifo_free(fifo_);
        swr_free(&swr_);
    }
    AudioTrack(const AudioTrack&) = delete;
    AudioTrack& operator=(const AudioTrack&) = delete;

    void add(const float* interleaved, int64_t frames) {
        constexpr int64_t kChunk = 16384;  // bounds the conversion buffer whatever the caller's chunking
        for (int64_t done = 0; done < frames; done += kChunk) {
            const int n = static_cast<int>(std::min(kChunk, frames - done));
            const uint8_t* in[1] = {reinterpret_cast<const uint8_t*>(interleaved + done * channels_)};
            convert(in, n);
            while (av_audio_fifo_size(fifo_) >= frameSize_) encodeFromFifo(frameSize_);
        }
    }

    /// Encodes the resampler's and the queue's remaining samples and drains the encoder.
    void flush() {
        convert(nullptr, 0);
        while (av_audio_fifo_size(fifo_) >= frameSize_) encodeFromFifo(frameSize_);
        if (av_audio_fifo_size(fifo_) > 0) encodeFromFifo(av_audio_fifo_size(fifo_));
        encodeAndWrite(shown_, enc_.get(), nullptr, pkt_.get(), mux_, st_);
    }

private:
    static int pickRate(const AVCodec* codec, int wanted) {
        if (!codec->supported_samplerates) return wanted;
        int best = 0;
        for (const int* r = codec->supported_samplerates; *r; ++r) {
            if (*r == wanted) return wanted;
            if (*r == 48000 || best == 0) best = *r;  // Opus: 48 kHz
        }
        return best;
    }
    static AVSampleFormat pickFormat(const AVCodec* codec) {
        if (!codec->sample_fmts) return AV_SAMPLE_FMT_FLT;
        for (const AVSampleFormat* f = codec->sample_fmts; *f != AV_SAMPLE_FMT_NONE; ++f)
            if (*f == AV_SAMPLE_FMT_FLT || *f == AV_SAMPLE_FMT_FLTP) return *f;  // no needless quantisation
        return codec->sample_fmts[0];
    }

    // Resamples `frames` input frames (in == nullptr: the resampler's delayed tail) into the queue.
    void convert(const uint8_t** in, int frames) {
        for (;;) {
            const int room = swr_get_out_samples(swr_, frames);
            if (room <= 0) return;
            if (room > capacity_) {
                if (converted_) av_freep(&converted_[0]);
                av_freep(&converted_);
                if (av_samples_alloc_array_and_samples(&converted_, nullptr, channels_, room, enc_->sample_fmt, 0) < 0)
                    throw MediaError(shown_ + ": out of memory");
                capacity_ = room;
            }
            const int got = swr_convert(swr_, converted_, room, in, frames);
            if (got < 0) throw MediaError(shown_ + ": audio conversion failed (" + avError(got) + ")");
            if (got > 0 && av_audio_fifo_write(fifo_, reinterpret_cast<void**>(converted_), got) < got)
                throw MediaError(shown_ + ": out of memory");
            if (in || got == 0) return;  // the tail comes out over several calls
        }
    }

    void encodeFromFifo(int samples) {
        FramePtr f = newFrame(shown_);
        const int size = padLast_ ? frameSize_ : samples;
        f->nb_samples = size;
        f->format = enc_->sample_fmt;
        f->sample_rate = enc_->sample_rate;
        if (av_channel_layout_copy(&f->ch_layout, &enc_->ch_layout) < 0 || av_frame_get_buffer(f.get(), 0) < 0)
            throw MediaError(shown_ + ": out of memory");
        av_audio_fifo_read(fifo_, reinterpret_cast<void**>(f->data), samples);
        if (size > samples) av_samples_set_silence(f->data, samples, size - samples, channels_, enc_->sample_fmt);
        f->pts = nextPts_;
        nextPts_ += size;
        encodeAndWrite(shown_, enc_.get(), f.get(), pkt_.get(), mux_, st_);
    }

    std::string shown_;
    Muxer& mux_;
    int channels_;
    CodecPtr enc_;
    AVStream* st_ = nullptr;
    PacketPtr pkt_;
    SwrContext* swr_ = nullptr;
    AVAudioFifo* fifo_ = nullptr;
    uint8_t** converted_ = nullptr;  ///< swr output, capacity_ samples per channel
    int capacity_ = 0;
    int frameSize_ = 0;
    bool padLast_ = false;
    int64_t nextPts_ = 0;
};

// An ASS style header: FFmpeg's text subtitle encoders take ASS events and read styles from here.
// Arial 16 is FFmpeg's own default style; with another font its decoders wrap every cue in a font tag.
constexpr const char* kAssHeader =
    "[Script Info]\n"
    "ScriptType: v4.00+\n"
    "PlayResX: 384\n"
    "PlayResY: 288\n"
    "\n"
    "[V4+ Styles]\n"
    "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, "
    "Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, "
    "MarginR, MarginV, Encoding\n"
    "Style: Default,Arial,16,&Hffffff,&Hffffff,&H0,&H0,0,0,0,0,100,100,0,0,1,1,0,2,10,10,10,1\n"
    "\n"
    "[Events]\n"
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n";

// Cue text as the Text field of an ASS event: line breaks become \N. Braces need nothing (the mov_text
// and webvtt encoders keep unknown override blocks as text); ASS has no escape for a backslash, so a
// literal "\N", "\n" or "\h" in a cue shows as a line break or space.
std::string assText(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        if (c == '\n' || c == '\r')
            out += "\\N";
        else
            out += c;
    }
    return out;
}

// Encodes every cue and hands the packets to the muxer (in millisecond timestamps).
void writeSubtitles(const std::string& shown, const char* codecName, const std::vector<SubtitleCue>& cues, Muxer& mux,
                    const AVStream* st, AVCodecContext* enc) {
    PacketPtr pkt = newPacket(shown);
    for (const SubtitleCue& cue : cues) {
        const int64_t startMs = std::llround(cue.start * 1000), endMs = std::llround(cue.end * 1000);
        std::string dialog = "0,0,Default,,0,0,0,," + assText(cue.text);
        AVSubtitleRect rect{};
        rect.type = SUBTITLE_ASS;
        rect.ass = dialog.data();
        AVSubtitleRect* rects[1] = {&rect};
        AVSubtitle sub{};
        sub.num_rects = 1;
        sub.rects = rects;
        sub.pts = av_rescale_q(startMs, AVRational{1, 1000}, AV_TIME_BASE_Q);
        sub.end_display_time = static_cast<uint32_t>(endMs - startMs);
        std::vector<uint8_t> buf(1024 + dialog.size() * 8);
        const int size = avcodec_encode_subtitle(enc, buf.data(), static_cast<int>(buf.size()), &sub);
        if (size < 0)
            throw MediaError(shown + ": cannot encode the subtitle at " + secondsText(cue.start) + " s as " +
                             codecName + " (" + avError(size) + ")");
        if (av_new_packet(pkt.get(), size) < 0) throw MediaError(shown + ": out of memory");
        std::memcpy(pkt->data, buf.data(), size);
        pkt->pts = pkt->dts = startMs;
        pkt->duration = endMs - startMs;
        mux.write(pkt.get(), AVRational{1, 1000}, st);
    }
}

// A subtitle stream: the encoder is set up before the header, the cues written right after it.
class SubtitleTrack {
public:
    SubtitleTrack(const std::string& shown, const char* codecName, Muxer& mux) : shown_(shown), codecName_(codecName) {
        const AVCodec* codec = findEncoder(shown, codecName);
        enc_.reset(avcodec_alloc_context3(codec));
        if (!enc_) throw MediaError(shown + ": out of memory");
        enc_->time_base = AVRational{1, 1000};
        const size_t n = std::strlen(kAssHeader);
        enc_->subtitle_header = static_cast<uint8_t*>(av_mallocz(n + 1));  // freed with the context
        if (!enc_->subtitle_header) throw MediaError(shown + ": out of memory");
        std::memcpy(enc_->subtitle_header, kAssHeader, n);
        enc_->subtitle_header_size = static_cast<int>(n);
        const int err = avcodec_open2(enc_.get(), codec, nullptr);
        if (err < 0) throw MediaError(shown + ": cannot open the " + codecName + " encoder (" + avError(err) + ")");
        st_ = mux.addStream(enc_.get());
    }
    void write(const std::vector<SubtitleCue>& cues, Muxer& mux) {
        writeSubtitles(shown_, codecName_, cues, mux, st_, enc_.get());
    }

private:
    std::string shown_;
    const char* codecName_;
    CodecPtr enc_;
    AVStream* st_ = nullptr;
};

// sRGB 8-bit code value -> linear light, with the exact piecewise sRGB transfer function.
const std::array<float, 256>& srgbToLinear() {
    static const std::array<float, 256> table = [] {
        std::array<float, 256> t{};
        for (int i = 0; i < 256; ++i) {
            const double c = i / 255.0;
            t[i] = static_cast<float>(c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4));
        }
        return t;
    }();
    return table;
}

// frame_000000.png / .exr in the (temporary) folder.
class ImageSequence {
public:
    ImageSequence(const std::string& shown, const std::string& folder, ExportFormat format,
                  const std::map<std::string, std::string>& metadata)
        : shown_(shown), folder_(folder), exr_(format == ExportFormat::ExrSequence), metadata_(metadata) {}

    void add(const Frame& f, int64_t index) {
        char name[32];
        std::snprintf(name, sizeof name, "frame_%06lld%s", static_cast<long long>(index), exr_ ? ".exr" : ".png");
        const std::string file = (fs::path(folder_) / name).string();
        if (!exr_) {
            try {
                writeImage(file, f, metadata_);
            } catch (const MediaError& e) {
                throw MediaError(shown_ + ": " + e.what());
            }
            return;
        }
        // EXR holds linear light as half floats: pixels [H, W, 3].
        const auto& lut = srgbToLinear();
        std::vector<float> linear(f.rgb.size());
        for (size_t i = 0; i < f.rgb.size(); ++i) linear[i] = lut[f.rgb[i]];
        auto out = OIIO::ImageOutput::create("exr");
        if (!out) throw MediaError(shown_ + ": this OpenImageIO has no EXR writer");
        OIIO::ImageSpec spec(f.width, f.height, 3, OIIO::TypeDesc::HALF);
        for (const auto& [k, v] : metadata_) spec.attribute(k, v);
        if (!out->open(file, spec) || !out->write_image(OIIO::TypeDesc::FLOAT, linear.data()) || !out->close())
            throw MediaError(shown_ + ": cannot write " + name + " (" + out->geterror() + "); is the disk full?");
    }

private:
    std::string shown_, folder_;
    bool exr_;
    std::map<std::string, std::string> metadata_;
};

// Refuses settings no export can be made from, naming the field.
void validate(const std::string& path, const FormatInfo& fi, const EncoderSettings& s) {
    auto fail = [&](const std::string& what) { throw MediaError(path + ": " + what); };
    if (s.width <= 0 || s.height <= 0 || s.width > 8192 || s.height > 8192)
        fail("cannot export at " + sizeText(s.width, s.height) + " (1x1 to 8192x8192)");
    if (fi.pixFmt == AV_PIX_FMT_YUV420P && (s.width % 2 || s.height % 2))
        fail(std::string(fi.label) + " (" + fi.videoCodec + ", yuv420p) needs an even width and height, not " +
             sizeText(s.width, s.height) + "; crop or pad the frames by one pixel");
    if (!std::isfinite(s.fps) || s.fps <= 0 || s.fps > 240) fail("fps " + std::to_string(s.fps) + " is not in 0-240");
    if (s.audio) {
        if (!fi.audioCodec)
            fail(std::string(fi.label) + " carries no audio; export without audio (or choose MP4, WebM or ProRes)");
        if (s.sampleRate < 8000 || s.sampleRate > 192000)
            fail("audio sample rate " + std::to_string(s.sampleRate) + " Hz is not in 8000-192000");
        if (s.channels < 1 || s.channels > 8)
            fail("audio with " + std::to_string(s.channels) + " channels (1 to 8 are supported)");
    }
    for (const SubtitleCue& c : s.subtitles)
        if (!std::isfinite(c.start) || !std::isfinite(c.end) || c.start < 0 || c.end <= c.start)
            fail("the subtitle \"" + c.text + "\" runs from " + secondsText(c.start) + " s to " + secondsText(c.end) +
                 " s; a cue must start at 0 s or later and end after it starts");
}

// The cues in time order; overlapping cues are refused (MP4/MOV text tracks show one cue at a time).
std::vector<SubtitleCue> orderedCues(const std::string& path, std::vector<SubtitleCue> cues) {
    std::stable_sort(cues.begin(), cues.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    for (size_t i = 1; i < cues.size(); ++i)
        if (cues[i].start < cues[i - 1].end)
            throw MediaError(path + ": the subtitle \"" + cues[i].text + "\" (from " + secondsText(cues[i].start) +
                             " s) starts before \"" + cues[i - 1].text + "\" ends (" + secondsText(cues[i - 1].end) +
                             " s); subtitles must not overlap");
    return cues;
}

void checkPath(const std::string& path, const FormatInfo& fi) {
    std::error_code ec;
    if (isSequence(fi.format)) {
        if (fs::exists(path, ec) && (!fs::is_directory(path, ec) || !fs::is_empty(path, ec)))
            throw MediaError(path + ": already exists; a " + fi.label +
                             " goes into a new (or empty) folder, so choose another name");
        return;
    }
    const std::string ext = lower(fs::path(path).extension().string());
    if (ext != fi.extension)
        throw MediaError(path + ": " + fi.label + " exports are " + fi.extension + " files; use that extension");
    if (fs::is_directory(path, ec)) throw MediaError(path + ": is a folder; choose a file name");
}

}  // namespace

ExportFormat exportFormatFromName(const std::string& name) {
    const std::string n = lower(name);
    std::string valid;
    for (const auto& f : kFormats) {
        if (n == f.name) return f.format;
        valid += std::string(valid.empty() ? "" : ", ") + f.name;
    }
    throw MediaError("unknown export format '" + name + "'; use one of: " + valid);
}

std::string defaultExtension(ExportFormat format) {
    return formatInfo(format).extension;
}

struct MediaWriter::Impl {
    Impl(const std::string& p, const EncoderSettings& s)
        : path(p), settings(s), fi(formatInfo(s.format)), temp(p, isSequence(s.format)) {}

    std::string path;
    EncoderSettings settings;
    const FormatInfo& fi;
    TempPath temp;               // declared before the streams: removed after they are closed
    std::unique_ptr<Muxer> mux;  // the container, or audio.wav beside an image sequence
    std::unique_ptr<VideoTrack> video;
    std::unique_ptr<AudioTrack> audio;
    std::unique_ptr<ImageSequence> images;
    int64_t frames = 0;
    bool finished = false;
    bool broken = false;  // an earlier call failed: the output is incomplete

    void usable(const char* what) const {
        if (finished) throw MediaError(path + ": cannot " + what + " after the export was finished");
        if (broken) throw MediaError(path + ": cannot " + what + "; an earlier error stopped this export");
    }
};

MediaWriter::MediaWriter(const std::string& path, const EncoderSettings& settings) {
    const FormatInfo& fi = formatInfo(settings.format);
    validate(path, fi, settings);
    checkPath(path, fi);
    const std::vector<SubtitleCue> cues =
        fi.subtitleCodec ? orderedCues(path, settings.subtitles) : std::vector<SubtitleCue>{};
    av_log_set_level(AV_LOG_ERROR);
    auto impl = std::make_unique<Impl>(path, settings);
    if (isSequence(fi.format)) {
        impl->images = std::make_unique<ImageSequence>(path, impl->temp.tmp(), fi.format, settings.metadata);
        if (settings.audio) {
            impl->mux = std::make_unique<Muxer>(path, (fs::path(impl->temp.tmp()) / "audio.wav").string(), fi.muxer);
            impl->audio = std::make_unique<AudioTrack>(path, fi.audioCodec, settings, *impl->mux);
            impl->mux->start({}, nullptr);
        }
    } else {
        impl->mux = std::make_unique<Muxer>(path, impl->temp.tmp(), fi.muxer);
        impl->video = std::make_unique<VideoTrack>(path, fi, settings, *impl->mux);
        if (settings.audio) impl->audio = std::make_unique<AudioTrack>(path, fi.audioCodec, settings, *impl->mux);
        std::unique_ptr<SubtitleTrack> subs;
        if (!cues.empty()) subs = std::make_unique<SubtitleTrack>(path, fi.subtitleCodec, *impl->mux);
        // Every metadata key is kept (use_metadata_tags); faststart puts the index first so an MP4
        // plays while it downloads (a ProRes master is not streamed: no second pass over it).
        const char* movflags = fi.format == ExportFormat::Mp4      ? "+faststart+use_metadata_tags"
                               : fi.format == ExportFormat::ProRes ? "+use_metadata_tags"
                                                                   : nullptr;
        impl->mux->start(settings.metadata, movflags);
        if (subs) subs->write(cues, *impl->mux);
    }
    impl_ = std::move(impl);
}

MediaWriter::~MediaWriter() = default;

void MediaWriter::addFrame(const Frame& frame) {
    Impl& m = *impl_;
    m.usable("add a frame");
    const EncoderSettings& s = m.settings;
    if (frame.width != s.width || frame.height != s.height)
        throw MediaError(m.path + ": frame " + std::to_string(m.frames) + " is " + sizeText(frame.width, frame.height) +
                         " but the export is " + sizeText(s.width, s.height) + "; every frame must have that size");
    if (frame.rgb.size() != size_t(frame.width) * frame.height * 3)
        throw MediaError(m.path + ": frame " + std::to_string(m.frames) + " holds " + std::to_string(frame.rgb.size()) +
                         " bytes, not " + sizeText(frame.width, frame.height) + "x3");
    try {
        if (m.images)
            m.images->add(frame, m.frames);
        else
            m.video->add(frame, m.frames);
    } catch (...) {
        m.broken = true;
        throw;
    }
    ++m.frames;
}

void MediaWriter::addAudio(const float* interleaved, int64_t frames) {
    Impl& m = *impl_;
    m.usable("add audio");
    if (!m.audio) throw MediaError(m.path + ": the export was opened without audio (EncoderSettings::audio)");
    if (frames < 0 || (frames > 0 && !interleaved))
        throw MediaError(m.path + ": addAudio was given " + std::to_string(frames) + " frames without samples");
    try {
        m.audio->add(interleaved, frames);
    } catch (...) {
        m.broken = true;
        throw;
    }
}

void MediaWriter::finish() {
    Impl& m = *impl_;
    m.usable("finish");
    if (m.frames == 0) throw MediaError(m.path + ": nothing to write (no frames were added)");
    try {
        if (m.video) m.video->flush();
        if (m.audio) m.audio->flush();
        if (m.mux) m.mux->finish();
        m.temp.commit();
    } catch (...) {
        m.broken = true;
        throw;
    }
    m.finished = true;
}

int64_t MediaWriter::frameCount() const {
    return impl_->frames;
}

}  // namespace tessera::app
