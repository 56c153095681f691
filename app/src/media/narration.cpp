#include "tessera/app/narration.h"

#include <espeak-ng/espeak_ng.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <locale.h>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <clocale>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>

namespace fs = std::filesystem;

namespace tessera::app {

namespace {

// Where Debian's espeak-ng-data package (amd64) puts the voices, phonemes and dictionaries.
constexpr const char* kDebianDataPath = "/usr/lib/x86_64-linux-gnu/espeak-ng-data";
constexpr int kMinWordsPerMinute = 80, kMaxWordsPerMinute = 450;  // espeakRATE_MINIMUM / _MAXIMUM

// espeak-ng keeps all its state in globals and is not reentrant: every call goes through this lock.
std::mutex& espeakMutex() {
    static std::mutex m;
    return m;
}

std::string statusMessage(espeak_ng_STATUS status) {
    char buf[512] = {0};
    espeak_ng_GetStatusCodeMessage(status, buf, sizeof buf);
    return buf;
}

// The espeak-ng-data folder: $ESPEAK_DATA_PATH (the folder itself or the one holding it, as espeak-ng
// reads it) so an installed or relocated package can point to it, else Debian's.
std::string dataPath() {
    const char* env = std::getenv("ESPEAK_DATA_PATH");
    if (env && *env) {
        const fs::path p(env);
        std::error_code ec;
        if (fs::is_directory(p / "espeak-ng-data", ec)) return (p / "espeak-ng-data").string();
        if (fs::is_directory(p, ec)) return p.string();
        throw NarrationError("ESPEAK_DATA_PATH is " + p.string() +
                             ", which is not a folder; point it to the espeak-ng-data folder or unset it to use " +
                             kDebianDataPath);
    }
    std::error_code ec;
    if (!fs::is_directory(kDebianDataPath, ec))
        throw NarrationError(
            std::string("espeak-ng's voice data is not in ") + kDebianDataPath +
            "; install the espeak-ng-data package or set ESPEAK_DATA_PATH to its espeak-ng-data folder");
    return kDebianDataPath;
}

// Where the synthesis callback sends samples: a pipe to the parent (see synthesizeSpeech).
struct SampleSink {
    int fd = -1;
    bool ok = true;
};

bool writeAll(int fd, const void* data, size_t size) {
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

// The pipe carries blocks [int32 count][count int16 samples] and ends with [int32 -1][int32 status].
int forwardSamples(short* wav, int count, espeak_EVENT* events) {
    auto* sink = static_cast<SampleSink*>(events ? events->user_data : nullptr);
    if (!sink || !wav || count <= 0) return 0;
    const int32_t n = count;
    sink->ok = writeAll(sink->fd, &n, sizeof n) && writeAll(sink->fd, wav, sizeof(short) * size_t(count));
    return sink->ok ? 0 : 1;  // 1 stops the synthesis
}

struct Engine {
    int sampleRate = 0;
    locale_t ctype = nullptr;  // the LC_CTYPE espeak-ng asks for, used by the speaking process
};

// Starts espeak-ng once, keeping what it loaded for every later call. Call with espeakMutex() held.
const Engine& engine() {
    static std::optional<Engine> started;
    if (started) return *started;
    const std::string path = dataPath();
    // espeak_ng_Initialize switches the whole process to LC_CTYPE C.UTF-8; put the caller's back and use
    // C.UTF-8 only in the process that speaks.
    const std::string callerCtype = std::setlocale(LC_CTYPE, nullptr);
    espeak_ng_InitializePath(path.c_str());
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    Engine e;
    e.ctype = newlocale(LC_CTYPE_MASK, std::setlocale(LC_CTYPE, nullptr), nullptr);
    std::setlocale(LC_CTYPE, callerCtype.c_str());
    if (status != ENS_OK) {
        espeak_ng_ClearErrorContext(&context);
        if (e.ctype) freelocale(e.ctype);
        throw NarrationError(
            "cannot start espeak-ng with the voice data in " + path + ": " + statusMessage(status) +
            "; install the espeak-ng-data package or set ESPEAK_DATA_PATH to its espeak-ng-data folder");
    }
    status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status != ENS_OK) {
        if (e.ctype) freelocale(e.ctype);
        throw NarrationError("cannot start espeak-ng's sample output: " + statusMessage(status));
    }
    espeak_SetSynthCallback(forwardSamples);
    e.sampleRate = espeak_ng_GetSampleRate();
    started = e;
    return *started;
}

bool isBlank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

// Runs in the forked child: speaks `text` into the pipe and exits. Only espeak-ng, write() and _exit().
[[noreturn]] void speakInChild(int fd, const Engine& e, const std::string& text, const NarrationOptions& options) {
    if (e.ctype) uselocale(e.ctype);
    std::srand(1);  // breathy voice variants add rand() noise
    espeak_ng_STATUS status = espeak_ng_SetVoiceByName(options.voice.c_str());
    if (status == ENS_OK) status = espeak_ng_SetParameter(espeakRATE, options.wordsPerMinute, 0);
    if (status == ENS_OK) status = espeak_ng_SetParameter(espeakPITCH, options.pitch, 0);
    SampleSink sink{fd, true};
    if (status == ENS_OK && !isBlank(text))
        status =
            espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &sink);
    if (!sink.ok) _exit(1);
    const int32_t end[2] = {-1, int32_t(status)};
    _exit(writeAll(fd, end, sizeof end) ? 0 : 1);
}

std::string describeExit(int waitStatus) {
    if (WIFSIGNALED(waitStatus)) return "was killed by signal " + std::to_string(WTERMSIG(waitStatus));
    if (WIFEXITED(waitStatus)) return "exited with code " + std::to_string(WEXITSTATUS(waitStatus));
    return "stopped";
}

}  // namespace

std::vector<NarrationVoice> narrationVoices() {
    std::lock_guard<std::mutex> lock(espeakMutex());
    engine();
    std::vector<NarrationVoice> voices;
    for (const espeak_VOICE** v = espeak_ListVoices(nullptr); v && *v; ++v) {
        // `languages` is a list of (priority byte, language) pairs; the first is the voice's own language.
        const char* languages = (*v)->languages;
        voices.push_back({(*v)->name ? (*v)->name : "", languages && *languages ? languages + 1 : ""});
    }
    std::sort(voices.begin(), voices.end(), [](const NarrationVoice& a, const NarrationVoice& b) {
        return a.language != b.language ? a.language < b.language : a.name < b.name;
    });
    return voices;
}

AudioBuffer synthesizeSpeech(const std::string& text, const NarrationOptions& options) {
    if (options.wordsPerMinute < kMinWordsPerMinute || options.wordsPerMinute > kMaxWordsPerMinute)
        throw NarrationError("speaking rate " + std::to_string(options.wordsPerMinute) +
                             " words per minute is out of range; use " + std::to_string(kMinWordsPerMinute) + ".." +
                             std::to_string(kMaxWordsPerMinute));
    if (options.pitch < 0 || options.pitch > 100)
        throw NarrationError("pitch " + std::to_string(options.pitch) + " is out of range; use 0..100 (50 is normal)");
    if (text.find('\0') != std::string::npos)
        throw NarrationError("the narration text contains a NUL character; remove it");
    const std::string voiceMissing =
        "voice '" + options.voice + "' is not installed; `tessera narration voices` lists them";
    if (options.voice.empty()) throw NarrationError(voiceMissing);

    std::lock_guard<std::mutex> lock(espeakMutex());
    const Engine& e = engine();

    // espeak-ng carries state from one utterance into the next (pitch flutter phase, gain control, the
    // waveform phase), so the same text spoken twice in one process differs by a few samples. Each
    // utterance is therefore spoken in a forked child, which starts from the state just after
    // initialisation every time; the parent never speaks. The child streams samples through a pipe.
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw NarrationError(std::string("cannot start speaking: pipe failed: ") + std::strerror(errno));
    const pid_t pid = ::fork();
    if (pid < 0) {
        const int err = errno;
        ::close(fds[0]);
        ::close(fds[1]);
        throw NarrationError(std::string("cannot start speaking: fork failed: ") + std::strerror(err) +
                             "; is the machine out of memory or processes?");
    }
    if (pid == 0) {
        ::close(fds[0]);
        speakInChild(fds[1], e, text, options);
    }
    ::close(fds[1]);
    std::vector<char> bytes;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        bytes.insert(bytes.end(), buf, buf + n);
    }
    ::close(fds[0]);
    int waitStatus = 0;
    while (::waitpid(pid, &waitStatus, 0) < 0 && errno == EINTR) {
    }

    AudioBuffer out;
    out.sampleRate = e.sampleRate;
    out.channels = 1;
    out.samples.reserve(bytes.size() / sizeof(int16_t));
    size_t pos = 0;
    auto readInt = [&](int32_t& v) {
        if (bytes.size() - pos < sizeof v) return false;
        std::memcpy(&v, bytes.data() + pos, sizeof v);
        pos += sizeof v;
        return true;
    };
    int32_t count = 0, status = 0;
    bool finished = false;
    while (readInt(count)) {
        if (count < 0) {
            finished = readInt(status);
            break;
        }
        if (bytes.size() - pos < sizeof(int16_t) * size_t(count)) break;
        for (int32_t i = 0; i < count; ++i, pos += sizeof(int16_t)) {
            int16_t s;
            std::memcpy(&s, bytes.data() + pos, sizeof s);
            out.samples.push_back(float(s) / 32768.0f);
        }
    }
    if (!finished)
        throw NarrationError("espeak-ng stopped while speaking (its process " + describeExit(waitStatus) +
                             "); try shorter or plainer text");
    if (status == ENS_VOICE_NOT_FOUND) throw NarrationError(voiceMissing);
    if (status != ENS_OK)
        throw NarrationError("espeak-ng could not speak the text: " +
                             statusMessage(static_cast<espeak_ng_STATUS>(status)));
    return out;
}

}  // namespace tessera::app
