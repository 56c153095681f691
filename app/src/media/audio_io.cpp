// Audio files in and out: readAudio decodes any file FFmpeg reads to float interleaved samples at the
// rate and channel count asked for (libswresample); writeWav writes 16-bit PCM by hand (a 44-byte
// header and the samples), through a temporary name.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>

#include "tessera/app/encoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

namespace fs = std::filesystem;

namespace tessera::app {

namespace {

constexpr double kMaxAudioSeconds = 4 * 3600;  // ~5.5 GB of 48 kHz stereo floats

std::string avError(int code) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {0};
    av_strerror(code, buf, sizeof buf);
    return buf;
}

std::string hoursText(double seconds) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", seconds / 3600);
    return buf;
}

// The decoder and resampler of one file's first audio stream; appends float interleaved samples.
class AudioDecoder {
public:
    AudioDecoder(const std::string& path, int sampleRate, int channels)
        : path_(path), rate_(sampleRate), channels_(channels) {
        av_log_set_level(AV_LOG_QUIET);  // damage is reported once, as our own error line
        AVDictionary* opts = nullptr;
        av_dict_set(&opts, "protocol_whitelist", "file", 0);
        int err = avformat_open_input(&fmt_, path.c_str(), nullptr, &opts);  // frees fmt_ on failure
        av_dict_free(&opts);
        if (err < 0) throw MediaError(path + ": not a readable audio or video file (" + avError(err) + ")");
        try {
            open();
        } catch (...) {
            release();
            throw;
        }
    }
    ~AudioDecoder() { release(); }
    AudioDecoder(const AudioDecoder&) = delete;
    AudioDecoder& operator=(const AudioDecoder&) = delete;

    AudioBuffer decodeAll() {
        AudioBuffer out;
        out.sampleRate = rate_;
        out.channels = channels_;
        for (;;) {
            int err = av_read_frame(fmt_, pkt_);
            if (err == AVERROR_EOF) break;
            if (err < 0)
                throw MediaError(path_ + ": read error after " + seconds(out) + " s (" + avError(err) +
                                 "); the file is truncated or corrupt");
            if (pkt_->stream_index == st_->index) {
                err = avcodec_send_packet(dec_, pkt_);
                av_packet_unref(pkt_);
                if (err < 0 && err != AVERROR(EAGAIN)) throw damaged(out, err);
                receive(out);
            } else {
                av_packet_unref(pkt_);
            }
        }
        avcodec_send_packet(dec_, nullptr);
        receive(out);
        resample(out, nullptr);
        if (out.empty()) throw MediaError(path_ + ": no audio could be decoded; the file may be truncated or corrupt");
        checkLength(out);
        return out;
    }

private:
    void open() {
        int err = avformat_find_stream_info(fmt_, nullptr);
        if (err < 0)
            throw MediaError(path_ + ": cannot read stream information (" + avError(err) +
                             "); the file may be truncated or corrupt");
        const AVCodec* codec = nullptr;
        const int index = av_find_best_stream(fmt_, AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
        if (index == AVERROR_STREAM_NOT_FOUND) throw MediaError(path_ + ": has no audio stream");
        if (index < 0 || !codec)
            throw MediaError(path_ + ": its audio is in a format this FFmpeg cannot decode; convert it to WAV or FLAC");
        st_ = fmt_->streams[index];
        const double declared = declaredSeconds();
        if (declared > kMaxAudioSeconds)
            throw MediaError(path_ + ": its audio lasts " + hoursText(declared) + " hours; Tessera reads up to " +
                             hoursText(kMaxAudioSeconds) + " hours, so cut the file first");
        dec_ = avcodec_alloc_context3(codec);
        frame_ = av_frame_alloc();
        pkt_ = av_packet_alloc();
        if (!dec_ || !frame_ || !pkt_) throw MediaError(path_ + ": out of memory");
        avcodec_parameters_to_context(dec_, st_->codecpar);
        if ((err = avcodec_open2(dec_, codec, nullptr)) < 0)
            throw MediaError(path_ + ": cannot open the audio decoder (" + avError(err) + ")");
    }

    void release() {
        swr_free(&swr_);
        av_channel_layout_uninit(&inLayout_);
        av_packet_free(&pkt_);
        av_frame_free(&frame_);
        avcodec_free_context(&dec_);
        avformat_close_input(&fmt_);
    }

    // The stream's length as its container states it, in seconds; 0 when unknown or only estimated
    // from the bit rate (MP3 without an index).
    double declaredSeconds() const {
        if (fmt_->duration_estimation_method == AVFMT_DURATION_FROM_BITRATE) return 0;
        if (st_->duration > 0 && st_->duration != AV_NOPTS_VALUE) return st_->duration * av_q2d(st_->time_base);
        return 0;
    }

    static std::string seconds(const AudioBuffer& b) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", b.durationSeconds());
        return buf;
    }

    MediaError damaged(const AudioBuffer& out, int err) const {
        return MediaError(path_ + ": cannot decode the audio after " + seconds(out) + " s (" + avError(err) +
                          "); the file is truncated or corrupt");
    }

    void receive(AudioBuffer& out) {
        for (;;) {
            const int err = avcodec_receive_frame(dec_, frame_);
            if (err == AVERROR(EAGAIN) || err == AVERROR_EOF) return;
            if (err < 0) throw damaged(out, err);
            resample(out, frame_);
            av_frame_unref(frame_);
        }
    }

    // Converts a decoded frame (nullptr: the resampler's delayed tail) and appends it. A stream whose
    // format, rate or layout changes midway gets a new resampler (the old one's tail first).
    void resample(AudioBuffer& out, const AVFrame* f) {
        if (f && (!swr_ || f->format != inFormat_ || f->sample_rate != inRate_ ||
                  f->ch_layout.nb_channels != inLayout_.nb_channels)) {
            if (swr_) resample(out, nullptr);
            swr_free(&swr_);
            av_channel_layout_uninit(&inLayout_);
            // Files without a channel mask (some WAVs) give an unspecified order: take the usual one.
            if (f->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
                av_channel_layout_default(&inLayout_, f->ch_layout.nb_channels);
            else if (av_channel_layout_copy(&inLayout_, &f->ch_layout) < 0)
                throw MediaError(path_ + ": out of memory");
            inFormat_ = f->format;
            inRate_ = f->sample_rate;
            AVChannelLayout outLayout;
            av_channel_layout_default(&outLayout, channels_);
            int err = swr_alloc_set_opts2(&swr_, &outLayout, AV_SAMPLE_FMT_FLT, rate_, &inLayout_,
                                          static_cast<AVSampleFormat>(inFormat_), inRate_, 0, nullptr);
            av_channel_layout_uninit(&outLayout);
            // A mono source (a narration, a voice-over) goes to every output channel at full level,
            // not at the -3 dB centre level FFmpeg's default downmix matrix would use.
            if (err >= 0 && inLayout_.nb_channels == 1 && channels_ > 1) {
                const std::vector<double> everyChannel(size_t(channels_), 1.0);
                err = swr_set_matrix(swr_, everyChannel.data(), 1);
            }
            if (err >= 0) err = swr_init(swr_);
            if (err < 0)
                throw MediaError(path_ + ": cannot convert its audio (" + std::to_string(inLayout_.nb_channels) +
                                 " channels at " + std::to_string(inRate_) + " Hz) to " + std::to_string(channels_) +
                                 " channels at " + std::to_string(rate_) + " Hz (" + avError(err) + ")");
        }
        if (!swr_) return;
        const uint8_t** in = f ? const_cast<const uint8_t**>(f->extended_data) : nullptr;
        const int inSamples = f ? f->nb_samples : 0;
        for (;;) {
            const int room = swr_get_out_samples(swr_, inSamples);
            if (room <= 0) return;
            const size_t old = out.samples.size();
            out.samples.resize(old + size_t(room) * channels_);
            uint8_t* dst[1] = {reinterpret_cast<uint8_t*>(out.samples.data() + old)};
            const int got = swr_convert(swr_, dst, room, in, inSamples);
            if (got < 0) throw damaged(out, got);
            out.samples.resize(old + size_t(got) * channels_);
            if (out.durationSeconds() > kMaxAudioSeconds)
                throw MediaError(path_ + ": its audio lasts more than " + hoursText(kMaxAudioSeconds) +
                                 " hours; cut the file first");
            if (in || got == 0) return;  // the tail comes out over several calls
        }
    }

    // A file that states a length its samples fall well short of was cut off (a WAV's data size, an
    // MP4's index).
    void checkLength(const AudioBuffer& out) const {
        const double declared = declaredSeconds();
        if (declared > 0 && out.durationSeconds() < declared - std::max(0.1, declared / 100))
            throw MediaError(path_ + ": the file says its audio lasts " + secondsText(declared) +
                             " s but it ends after " + seconds(out) + " s; the file is truncated or damaged");
    }

    static std::string secondsText(double s) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", s);
        return buf;
    }

    const std::string path_;
    const int rate_, channels_;
    AVFormatContext* fmt_ = nullptr;
    AVStream* st_ = nullptr;
    AVCodecContext* dec_ = nullptr;
    AVFrame* frame_ = nullptr;
    AVPacket* pkt_ = nullptr;
    SwrContext* swr_ = nullptr;
    AVChannelLayout inLayout_{};
    int inFormat_ = -1, inRate_ = 0;
};

uint32_t getLe32(const unsigned char* p) {
    return p[0] | p[1] << 8 | p[2] << 16 | uint32_t(p[3]) << 24;
}

// FFmpeg's WAV reader quietly ends the data chunk at the end of the file, so a cut-off WAV would read
// as a shorter sound: compare the size its header states with what the file holds.
void checkWavDataSize(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char h[12];
    if (!in.read(reinterpret_cast<char*>(h), 12) || std::memcmp(h, "RIFF", 4) != 0 ||
        std::memcmp(h + 8, "WAVE", 4) != 0)
        return;
    const uint64_t fileBytes = fs::file_size(path);
    uint64_t pos = 12;
    while (in.seekg(static_cast<std::streamoff>(pos)) && in.read(reinterpret_cast<char*>(h), 8)) {
        const uint32_t size = getLe32(h + 4);
        if (std::memcmp(h, "data", 4) == 0) {
            // 0 and 0xffffffff: written by a program that could not seek back to fill it in.
            if (size != 0 && size != 0xffffffffu && pos + 8 + size > fileBytes)
                throw MediaError(path + ": its header promises " + std::to_string(size) +
                                 " bytes of samples but only " + std::to_string(fileBytes - pos - 8) +
                                 " are there; the file is truncated");
            return;
        }
        pos += 8 + uint64_t(size) + (size & 1);
    }
}

void putLe(std::string& out, uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

}  // namespace

AudioBuffer readAudio(const std::string& path, int sampleRate, int channels) {
    if (sampleRate < 8000 || sampleRate > 192000)
        throw MediaError(path + ": cannot read audio at " + std::to_string(sampleRate) + " Hz (8000 to 192000)");
    if (channels < 1 || channels > 8)
        throw MediaError(path + ": cannot read audio as " + std::to_string(channels) + " channels (1 to 8)");
    std::error_code ec;
    if (!fs::exists(path, ec)) throw MediaError(path + ": no such file");
    if (fs::is_directory(path, ec)) throw MediaError(path + ": is a folder, not an audio file");
    checkWavDataSize(path);
    AudioDecoder decoder(path, sampleRate, channels);
    return decoder.decodeAll();
}

void writeWav(const std::string& path, const AudioBuffer& audio) {
    if (audio.channels < 1 || audio.channels > 8 || audio.sampleRate < 1 || audio.sampleRate > 384000)
        throw MediaError(path + ": cannot write audio of " + std::to_string(audio.channels) + " channels at " +
                         std::to_string(audio.sampleRate) + " Hz");
    if (audio.samples.size() % audio.channels != 0)
        throw MediaError(path + ": the audio has " + std::to_string(audio.samples.size()) +
                         " samples, not a whole number of " + std::to_string(audio.channels) + "-channel frames");
    const uint64_t dataBytes = uint64_t(audio.samples.size()) * 2;
    if (dataBytes > 0xffffffffull - 36)
        throw MediaError(path + ": " + std::to_string(audio.durationSeconds()) +
                         " s of audio does not fit the 4 GB a WAV file can hold");
    const fs::path p(path);
    const fs::path parent = p.has_parent_path() ? p.parent_path() : fs::path(".");
    if (!fs::is_directory(parent)) throw MediaError(path + ": the folder " + parent.string() + " does not exist");

    // Written beside the target and renamed over it, so a failed write leaves nothing behind.
    std::random_device rd;
    const std::string tmp = (parent / ("." + p.stem().string() + ".tmp-" + std::to_string(rd()) + ".wav")).string();
    struct Remove {
        std::string file;
        bool keep = false;
        ~Remove() {
            if (!keep) std::remove(file.c_str());
        }
    } guard{tmp};
    std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(tmp.c_str(), "wb"), &std::fclose);
    if (!file)
        throw MediaError(path + ": cannot create the file (" + std::strerror(errno) + "); is the folder writable?");

    const uint32_t blockAlign = 2 * audio.channels;
    std::string header;
    header += "RIFF";
    putLe(header, static_cast<uint32_t>(36 + dataBytes), 4);
    header += "WAVEfmt ";
    putLe(header, 16, 4);  // the fmt chunk's size
    putLe(header, 1, 2);   // PCM
    putLe(header, audio.channels, 2);
    putLe(header, audio.sampleRate, 4);
    putLe(header, audio.sampleRate * blockAlign, 4);
    putLe(header, blockAlign, 2);
    putLe(header, 16, 2);  // bits per sample
    header += "data";
    putLe(header, static_cast<uint32_t>(dataBytes), 4);
    bool ok = std::fwrite(header.data(), 1, header.size(), file.get()) == header.size();

    // Full scale is 32768, as FFmpeg converts between float and 16-bit, so a round trip is exact to
    // the 16-bit step; +1.0 clips to 32767.
    std::string chunk;
    constexpr size_t kChunk = 65536;
    for (size_t i = 0; ok && i < audio.samples.size(); i += kChunk) {
        chunk.clear();
        for (size_t j = i; j < std::min(audio.samples.size(), i + kChunk); ++j) {
            const float v = std::isfinite(audio.samples[j]) ? audio.samples[j] : 0.0f;
            const long s = std::clamp(std::lround(double(v) * 32768.0), -32768L, 32767L);
            putLe(chunk, static_cast<uint16_t>(static_cast<int16_t>(s)), 2);
        }
        ok = std::fwrite(chunk.data(), 1, chunk.size(), file.get()) == chunk.size();
    }
    ok = ok && std::fflush(file.get()) == 0 && ::fsync(fileno(file.get())) == 0;
    int error = ok ? 0 : errno;
    if (std::fclose(file.release()) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (!ok) throw MediaError(path + ": cannot write the audio (" + std::strerror(error) + "); is the disk full?");
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) throw MediaError(path + ": cannot move the finished file into place: " + ec.message());
    guard.keep = true;
}

}  // namespace tessera::app
