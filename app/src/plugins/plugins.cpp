#include "tessera/app/plugins.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "plugin_wire.h"
#include "tessera/app/models.h"
#include "tessera/engine.h"

namespace fs = std::filesystem;
using namespace tessera::plugin_wire;

namespace tessera::app {

namespace {

constexpr int kAbi = 1;  // TESSERA_PLUGIN_ABI_VERSION of plugins/sdk/tessera_plugin.h

const std::vector<std::pair<uint32_t, std::string>>& kindNames() {
    static const std::vector<std::pair<uint32_t, std::string>> k = {
        {1u, "prompt-enhancer"}, {2u, "clip-filter"}, {4u, "exporter"}, {8u, "content-policy"}};
    return k;
}

bool validUtf8(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (n < 0 || i + n >= s.size()) return false;
        for (int k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
        i += n + 1;
    }
    return true;
}

// The XDG base directories, or /tmp without a home (plugins then still work for this run).
std::string dataHome() {
    const std::string d = userDataHome();
    return d.empty() ? "/tmp" : d;
}
std::string configHome() {
    const std::string d = userConfigHome();
    return d.empty() ? "/tmp" : d;
}

}  // namespace

bool PluginInfo::has(const std::string& kind) const {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// ---- PluginProcess ------------------------------------------------------------------------

PluginProcess::PluginProcess(const PluginInfo& info, const std::string& helperPath, double timeoutSeconds)
    : id_(info.id), timeout_(timeoutSeconds) {
    int toChild[2], fromChild[2];
    if (::pipe2(toChild, O_CLOEXEC) != 0 || ::pipe2(fromChild, O_CLOEXEC) != 0)
        throw PluginError(id_ + ": cannot start its helper process: " + std::strerror(errno));
    const std::string library = (fs::path(info.dir) / info.library).string();
    pid_ = ::fork();
    if (pid_ < 0) throw PluginError(id_ + ": cannot start its helper process: " + std::strerror(errno));
    if (pid_ == 0) {
        ::dup2(toChild[0], 0);
        ::dup2(fromChild[1], 1);
        ::execl(helperPath.c_str(), helperPath.c_str(), library.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(toChild[0]);
    ::close(fromChild[1]);
    out_ = toChild[1];
    in_ = fromChild[0];
    uint32_t status = 0;
    auto reply = call(Info, {}, &status);
    Reader r(reply);
    info_ = nlohmann::json::parse(r.str(), nullptr, false);
    if (status != Ok || info_.is_discarded() || !info_.is_object()) fail("described itself with garbage");
    if (info_.value("id", "") != info.id)
        fail("calls itself '" + info_.value("id", "") + "' but its plugin.json says '" + info.id + "'");
}

PluginProcess::~PluginProcess() {
    if (pid_ > 0) {
        Writer w;
        w.put<uint32_t>(Quit);
        w.put<uint64_t>(0);
        (void)!::write(out_, w.bytes.data(), w.bytes.size());
        ::close(out_);
        // Give it a moment to exit cleanly, then make sure.
        for (int i = 0; i < 50; ++i) {
            if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
                pid_ = -1;
                break;
            }
            ::usleep(2000);
        }
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
        ::close(in_);
    }
}

void PluginProcess::fail(const std::string& what) {
    if (pid_ > 0) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
        ::close(in_);
        ::close(out_);
    }
    throw PluginError("plugin " + id_ + " " + what + "; it has been disabled (tessera plugins enable " + id_ +
                      " turns it back on)");
}

std::vector<uint8_t> PluginProcess::call(uint32_t op, const std::vector<uint8_t>& payload, uint32_t* status) {
    if (pid_ <= 0) throw PluginError("plugin " + id_ + " is not running");
    Writer w;
    w.put<uint32_t>(op);
    w.put<uint64_t>(payload.size());
    w.bytes.insert(w.bytes.end(), payload.begin(), payload.end());
    // A helper that died makes write fail with EPIPE (SIGPIPE is ignored for the call).
    struct sigaction ignore {}, old {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &old);
    size_t done = 0;
    while (done < w.bytes.size()) {
        const ssize_t n = ::write(out_, w.bytes.data() + done, w.bytes.size() - done);
        if (n <= 0) break;
        done += size_t(n);
    }
    ::sigaction(SIGPIPE, &old, nullptr);

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_);
    auto readExactly = [&](void* buf, size_t n) -> int {  // 1 ok, 0 closed, -1 timeout
        auto* p = static_cast<uint8_t*>(buf);
        while (n > 0) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) return -1;
            pollfd pfd{in_, POLLIN, 0};
            const int pr = ::poll(&pfd, 1, int(std::min<int64_t>(left.count(), 1000)));
            if (pr < 0 && errno != EINTR) return 0;
            if (pr <= 0) continue;
            const ssize_t r = ::read(in_, p, n);
            if (r <= 0) return 0;
            p += r;
            n -= size_t(r);
        }
        return 1;
    };
    uint64_t len = 0;
    int rc = readExactly(status, 4);
    if (rc == 1) rc = readExactly(&len, 8);
    if (rc == 1 && len > kMaxMessage) fail("sent a reply of " + std::to_string(len) + " bytes (garbage)");
    std::vector<uint8_t> reply(rc == 1 ? len : 0);
    if (rc == 1) rc = readExactly(reply.data(), len);
    if (rc == -1) {
        char secs[32];
        std::snprintf(secs, sizeof secs, "%g", timeout_);
        fail(std::string("did not answer within ") + secs + " s (hung)");
    }
    if (rc == 0) {
        int wstatus = 0;
        std::string how = "stopped";
        if (::waitpid(pid_, &wstatus, 0) == pid_) {
            pid_ = -1;
            if (WIFSIGNALED(wstatus)) how = std::string("crashed (") + strsignal(WTERMSIG(wstatus)) + ")";
            else if (WIFEXITED(wstatus)) how = "exited with status " + std::to_string(WEXITSTATUS(wstatus));
            ::close(in_);
            ::close(out_);
        }
        fail(how);
    }
    if (*status > Broken) fail("answered with an unknown status (garbage)");
    if (*status == Broken) {
        Reader r(reply);
        std::string why;
        try {
            why = r.str();
        } catch (const std::exception&) {
            why = "a broken reply";
        }
        fail("broke the protocol: " + why);
    }
    return reply;
}

std::string PluginProcess::enhance(const std::string& prompt, const std::string& option) {
    Writer w;
    w.str(prompt);
    w.str(option);
    uint32_t status = 0;
    auto reply = call(Enhance, w.bytes, &status);
    if (status != Ok) fail("could not rewrite the prompt");
    Reader r(reply);
    std::string out = r.str();
    if (!validUtf8(out)) fail("returned a prompt that is not UTF-8 text (garbage)");
    if (out.empty() && !prompt.empty()) fail("returned an empty prompt");
    return out;
}

std::string PluginProcess::check(const std::string& prompt) {
    Writer w;
    w.str(prompt);
    uint32_t status = 0;
    auto reply = call(Check, w.bytes, &status);
    if (status == PluginFailed) fail("could not check the prompt");
    if (status == Ok) return {};
    Reader r(reply);
    std::string reason = r.str();
    if (!validUtf8(reason)) reason = "(no readable reason)";
    return reason.empty() ? "refused without a reason" : reason;
}

namespace {
std::vector<uint8_t> rgba(const Frame& f) {
    std::vector<uint8_t> px(size_t(f.width) * f.height * 4);
    for (size_t i = 0, j = 0; i < f.rgb.size(); i += 3, j += 4) {
        px[j] = f.rgb[i];
        px[j + 1] = f.rgb[i + 1];
        px[j + 2] = f.rgb[i + 2];
        px[j + 3] = 255;
    }
    return px;
}
void putFrame(Writer& w, const Frame& f, int64_t index, int64_t count, double fps) {
    w.put<int32_t>(f.width);
    w.put<int32_t>(f.height);
    w.put<int64_t>(index);
    w.put<int64_t>(count);
    w.put<double>(fps);
    const auto px = rgba(f);
    w.blob(px.data(), px.size());
}
}  // namespace

std::vector<double> PluginProcess::paramValues(const std::vector<std::string>& given) const {
    const auto& params = info_["params"];
    std::vector<double> values;
    for (const auto& q : params) values.push_back(q.value("default", 0.0));
    for (const auto& kv : given) {
        const auto eq = kv.find('=');
        if (eq == std::string::npos) throw std::invalid_argument("filter parameter '" + kv + "' must be NAME=VALUE");
        const std::string name = kv.substr(0, eq);
        size_t i = 0;
        while (i < params.size() && params[i].value("id", "") != name) ++i;
        if (i == params.size()) throw std::invalid_argument(id_ + " has no parameter '" + name + "'");
        char* end = nullptr;
        const double v = std::strtod(kv.c_str() + eq + 1, &end);
        const double lo = params[i].value("min", 0.0), hi = params[i].value("max", 1.0);
        if (end == kv.c_str() + eq + 1 || *end || v < lo || v > hi)
            throw std::invalid_argument("filter parameter " + name + " must be a number from " + std::to_string(lo) +
                                        " to " + std::to_string(hi));
        values[i] = v;
    }
    return values;
}

void PluginProcess::filter(Frame& frame, int64_t index, int64_t count, double fps, const std::vector<double>& values) {
    std::vector<double> v = values;
    const auto& params = info_["params"];
    for (size_t i = v.size(); i < params.size(); ++i) v.push_back(params[i].value("default", 0.0));
    Writer w;
    w.put<uint32_t>(uint32_t(v.size()));
    for (double x : v) w.put<double>(x);
    putFrame(w, frame, index, count, fps);
    uint32_t status = 0;
    auto reply = call(Filter, w.bytes, &status);
    if (status != Ok) fail("could not filter frame " + std::to_string(index));
    Reader r(reply);
    const auto px = r.blob();
    if (px.size() != size_t(frame.width) * frame.height * 4) fail("returned a frame of the wrong size (garbage)");
    for (size_t i = 0, j = 0; i < frame.rgb.size(); i += 3, j += 4) {
        frame.rgb[i] = px[j];
        frame.rgb[i + 1] = px[j + 1];
        frame.rgb[i + 2] = px[j + 2];
    }
}

void PluginProcess::exportClip(const std::string& path, const Clip& clip, const std::vector<float>* audio, int sampleRate,
                               int channels) {
    if (clip.frames.empty()) throw PluginError("nothing to export: the clip has no frames");
    Writer b;
    b.str(path);
    b.put<int32_t>(clip.frames[0].width);
    b.put<int32_t>(clip.frames[0].height);
    b.put<double>(clip.fps);
    b.put<int64_t>(int64_t(clip.frames.size()));
    uint32_t status = 0;
    call(ExportBegin, b.bytes, &status);
    if (status != Ok) fail("could not start writing " + path);
    for (size_t i = 0; i < clip.frames.size(); ++i) {
        Writer w;
        putFrame(w, clip.frames[i], int64_t(i), int64_t(clip.frames.size()), clip.fps);
        call(ExportFrame, w.bytes, &status);
        if (status != Ok) fail("could not write frame " + std::to_string(i) + " of " + path);
    }
    if (audio && !audio->empty()) {
        if (sampleRate <= 0 || channels <= 0 || audio->size() % size_t(channels) != 0)
            throw PluginError("audio for " + path + " is malformed (" + std::to_string(audio->size()) + " samples, " +
                              std::to_string(channels) + " channels)");
        const size_t chunk = size_t(sampleRate) * size_t(channels);  // one second per message
        for (size_t at = 0; at < audio->size(); at += chunk) {
            const size_t n = std::min(chunk, audio->size() - at);
            Writer w;
            w.put<int32_t>(sampleRate);
            w.put<int32_t>(channels);
            w.blob(reinterpret_cast<const uint8_t*>(audio->data() + at), n * sizeof(float));
            call(ExportAudio, w.bytes, &status);
            if (status != Ok) fail("could not write the audio of " + path);
        }
    }
    call(ExportEnd, {}, &status);
    if (status != Ok) fail("could not finish " + path);
}

// ---- PluginManager ------------------------------------------------------------------------

PluginManager::PluginManager(std::vector<std::string> folders, std::string stateFile, std::string helperPath)
    : folders_(std::move(folders)), stateFile_(std::move(stateFile)), helper_(std::move(helperPath)) {}

PluginManager PluginManager::standard() {
    const fs::path exe = executableDir();
    std::vector<std::string> folders;
    for (const fs::path& p : {exe / ".." / "plugins", exe / ".." / "lib" / "tessera" / "plugins"})
        if (fs::is_directory(p)) folders.push_back(fs::weakly_canonical(p).string());
    folders.push_back((fs::path(dataHome()) / "tessera" / "plugins").string());
    // Extra folders (colon-separated), e.g. for tests or a plugin under development.
    if (const char* extra = std::getenv("TESSERA_PLUGIN_PATH"))
        for (std::string rest = extra; !rest.empty();) {
            const auto colon = rest.find(':');
            if (colon != 0) folders.push_back(rest.substr(0, colon));
            rest = colon == std::string::npos ? "" : rest.substr(colon + 1);
        }
    std::string helper = (exe / "tessera-plugin-host").string();
    if (!fs::exists(helper)) helper = (exe / ".." / "lib" / "tessera" / "tessera-plugin-host").string();
    PluginManager m(folders, (fs::path(configHome()) / "tessera" / "plugins.json").string(), helper);
    if (const char* t = std::getenv("TESSERA_PLUGIN_TIMEOUT")) m.timeoutSeconds = std::max(0.1, std::atof(t));
    return m;
}

nlohmann::json PluginManager::readState() const {
    std::ifstream in(stateFile_);
    if (!in) return nlohmann::json::object();
    auto j = nlohmann::json::parse(in, nullptr, false);
    return j.is_object() ? j : nlohmann::json::object();
}

std::vector<PluginInfo> PluginManager::list() const {
    const auto state = readState();
    const auto disabled = state.value("disabled", nlohmann::json::object());
    std::vector<PluginInfo> out;
    for (const auto& folder : folders_) {
        std::error_code ec;
        if (!fs::is_directory(folder, ec)) continue;
        std::vector<fs::path> dirs;
        for (const auto& e : fs::directory_iterator(folder, ec))
            if (e.is_directory(ec) && fs::exists(e.path() / "plugin.json", ec)) dirs.push_back(e.path());
        std::sort(dirs.begin(), dirs.end());
        for (const auto& d : dirs) {
            PluginInfo p;
            p.dir = d.string();
            p.id = d.filename().string();
            std::ifstream in(d / "plugin.json");
            auto j = nlohmann::json::parse(in, nullptr, false);
            if (j.is_discarded() || !j.is_object()) {
                p.problem = (d / "plugin.json").string() + " is not valid JSON";
            } else {
                p.id = j.value("id", p.id);
                p.name = j.value("name", p.id);
                p.version = j.value("version", "");
                p.library = j.value("library", "");
                p.abi = j.value("abi_version", 0);
                if (j.contains("kinds") && j["kinds"].is_array())
                    for (const auto& k : j["kinds"])
                        if (k.is_string()) p.kinds.push_back(k.get<std::string>());
                if (p.abi != kAbi)
                    p.problem = "built for plugin ABI " + std::to_string(p.abi) + "; this Tessera has ABI " + std::to_string(kAbi);
                else if (p.library.empty() || p.library.find('/') != std::string::npos || !fs::exists(d / p.library))
                    p.problem = "its library '" + p.library + "' is missing from " + d.string();
                for (const auto& k : p.kinds) {
                    bool known = false;
                    for (const auto& [bit, name] : kindNames()) known |= name == k;
                    if (!known) p.problem = "unknown kind '" + k + "' in plugin.json";
                }
            }
            if (disabled.contains(p.id)) {
                p.enabled = false;
                p.disabledReason = disabled[p.id].is_string() ? disabled[p.id].get<std::string>() : "disabled";
            }
            if (!p.problem.empty()) p.enabled = false;
            if (std::getenv("TESSERA_SAFE_MODE") && p.enabled) {
                p.enabled = false;
                p.disabledReason = "safe mode: every plugin is off for this run";
            }
            // The first folder wins when two hold the same id (the build's or install's before the user's).
            bool dup = false;
            for (const auto& q : out) dup |= q.id == p.id;
            if (!dup) out.push_back(std::move(p));
        }
    }
    return out;
}

PluginInfo PluginManager::find(const std::string& id) const {
    for (auto& p : list())
        if (p.id == id) return p;
    throw PluginError("no plugin '" + id + "' (tessera plugins list shows the installed ones)");
}

void PluginManager::setEnabled(const std::string& id, bool enabled, const std::string& reason) {
    find(id);
    auto state = readState();
    if (!state.contains("disabled") || !state["disabled"].is_object()) state["disabled"] = nlohmann::json::object();
    if (enabled) state["disabled"].erase(id);
    else state["disabled"][id] = reason;
    fs::create_directories(fs::path(stateFile_).parent_path());
    const std::string tmp = stateFile_ + ".tmp";
    {
        std::ofstream out(tmp);
        out << state.dump(2) << "\n";
        if (!out) throw PluginError("cannot write " + stateFile_);
    }
    fs::rename(tmp, stateFile_);
}

std::unique_ptr<PluginProcess> PluginManager::open(const std::string& id) {
    const PluginInfo p = find(id);
    if (!p.problem.empty()) throw PluginError("plugin " + id + " cannot be used: " + p.problem);
    if (!p.enabled) throw PluginError("plugin " + id + " is disabled (" + p.disabledReason + "); tessera plugins enable " + id);
    try {
        return std::make_unique<PluginProcess>(p, helper_, timeoutSeconds);
    } catch (const PluginError& e) {
        setEnabled(id, false, e.what());
        throw;
    }
}

std::vector<PluginInfo> PluginManager::enabledOfKind(const std::string& kind) const {
    std::vector<PluginInfo> out;
    for (auto& p : list())
        if (p.enabled && p.has(kind)) out.push_back(p);
    return out;
}

void PluginManager::checkPrompt(const std::string& prompt) {
    for (const auto& p : enabledOfKind("content-policy")) {
        const std::string reason = use(p.id, [&](PluginProcess& proc) { return proc.check(prompt); });
        if (!reason.empty()) throw PluginError("refused by " + p.name + " (" + p.id + "): " + reason);
    }
}

}  // namespace tessera::app
