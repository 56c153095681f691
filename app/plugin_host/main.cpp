// tessera-plugin-host LIBRARY: loads one plugin library and serves Tessera's requests over
// stdin/stdout (app/src/plugins/plugin_wire.h). It is a separate process so that a plugin that
// crashes, hangs or scribbles over memory takes down only this helper. Diagnostics go to stderr.
#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../src/plugins/plugin_wire.h"
#include "tessera_plugin.h"

using namespace tessera::plugin_wire;

namespace {

bool readAll(int fd, void* buf, size_t n) {
    auto* p = static_cast<uint8_t*>(buf);
    while (n > 0) {
        const ssize_t r = ::read(fd, p, n);
        if (r <= 0) return false;
        p += r;
        n -= size_t(r);
    }
    return true;
}

bool writeAll(int fd, const void* buf, size_t n) {
    const auto* p = static_cast<const uint8_t*>(buf);
    while (n > 0) {
        const ssize_t w = ::write(fd, p, n);
        if (w <= 0) return false;
        p += w;
        n -= size_t(w);
    }
    return true;
}

void reply(Status status, const std::vector<uint8_t>& payload) {
    Writer w;
    w.put<uint32_t>(status);
    w.put<uint64_t>(payload.size());
    w.bytes.insert(w.bytes.end(), payload.begin(), payload.end());
    if (!writeAll(1, w.bytes.data(), w.bytes.size())) std::_Exit(3);
}

void replyText(Status status, const std::string& text) {
    Writer w;
    w.str(text);
    reply(status, w.bytes);
}

void logLine(const char* message) { std::fprintf(stderr, "plugin: %s\n", message ? message : ""); }

// Field `f` of the plugin struct is usable when it lies inside the size the plugin declared.
#define HAS(plugin, field) \
    ((plugin)->struct_size >= offsetof(TesseraPlugin, field) + sizeof((plugin)->field) && (plugin)->field)

// A text the plugin wrote into `buf`: it must end within the buffer.
bool terminated(const std::vector<char>& buf) {
    for (char c : buf)
        if (c == '\0') return true;
    return false;
}

TesseraFrame frameOf(Reader& r, std::vector<uint8_t>& pixels) {
    TesseraFrame f{};
    f.struct_size = sizeof(TesseraFrame);
    f.width = r.get<int32_t>();
    f.height = r.get<int32_t>();
    f.index = r.get<int64_t>();
    f.count = r.get<int64_t>();
    f.fps = r.get<double>();
    pixels = r.blob();
    if (f.width <= 0 || f.height <= 0 || pixels.size() != size_t(f.width) * size_t(f.height) * 4)
        throw std::runtime_error("frame size does not match its pixels");
    f.stride = f.width * 4;
    f.rgba = pixels.data();
    return f;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: tessera-plugin-host LIBRARY (started by Tessera, not by hand)\n");
        return 2;
    }
    void* lib = ::dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        std::fprintf(stderr, "cannot load %s: %s\n", argv[1], ::dlerror());
        return 3;
    }
    auto entry = reinterpret_cast<TesseraPluginEntry>(::dlsym(lib, TESSERA_PLUGIN_ENTRY_NAME));
    if (!entry) {
        std::fprintf(stderr, "%s does not export %s\n", argv[1], TESSERA_PLUGIN_ENTRY_NAME);
        return 3;
    }
    TesseraHost host{sizeof(TesseraHost), TESSERA_PLUGIN_ABI_VERSION, TESSERA_VERSION, logLine};
    const TesseraPlugin* p = entry(&host);
    if (!p || p->struct_size < offsetof(TesseraPlugin, destroy)) {
        std::fprintf(stderr, "%s returned no plugin\n", argv[1]);
        return 3;
    }
    if (p->abi_version != TESSERA_PLUGIN_ABI_VERSION) {
        std::fprintf(stderr, "%s was built for plugin ABI %u; this Tessera has ABI %u\n", argv[1], p->abi_version,
                     unsigned(TESSERA_PLUGIN_ABI_VERSION));
        return 4;
    }

    std::vector<uint8_t> payload;
    while (true) {
        uint32_t op = 0;
        uint64_t len = 0;
        if (!readAll(0, &op, 4) || !readAll(0, &len, 8)) break;  // Tessera went away
        if (len > kMaxMessage) return 5;
        payload.resize(len);
        if (!readAll(0, payload.data(), len)) break;
        Reader r(payload);
        try {
            switch (op) {
                case Quit:
                    if (HAS(p, destroy)) p->destroy(p->state);
                    return 0;
                case Info: {
                    nlohmann::json j = {{"id", p->id ? p->id : ""},
                                        {"name", p->name ? p->name : ""},
                                        {"version", p->version ? p->version : ""},
                                        {"abi", p->abi_version},
                                        {"kinds", p->kinds}};
                    j["options"] = nlohmann::json::array();
                    if (HAS(p, enhance_options))
                        for (const char* const* o = p->enhance_options; *o && j["options"].size() < 256; ++o)
                            j["options"].push_back(*o);
                    j["params"] = nlohmann::json::array();
                    if (HAS(p, params))
                        for (uint32_t i = 0; i < p->param_count && i < 64; ++i) {
                            const TesseraParam& q = p->params[i];
                            j["params"].push_back({{"id", q.id ? q.id : ""}, {"label", q.label ? q.label : ""},
                                                   {"min", q.min_value}, {"max", q.max_value}, {"default", q.default_value}});
                        }
                    if (HAS(p, export_extension)) j["extension"] = p->export_extension;
                    replyText(Ok, j.dump());
                    break;
                }
                case Enhance: {
                    const std::string prompt = r.str(), option = r.str();
                    if (!HAS(p, enhance)) {
                        replyText(Broken, "is not a prompt enhancer");
                        break;
                    }
                    std::vector<char> out(64 * 1024, '\x01');
                    const int rc = p->enhance(p->state, prompt.c_str(), option.c_str(), out.data(), out.size());
                    if (rc != TESSERA_OK) replyText(PluginFailed, "the enhancer reported a failure");
                    else if (!terminated(out)) replyText(Broken, "returned a prompt that does not end in its buffer");
                    else replyText(Ok, out.data());
                    break;
                }
                case Check: {
                    const std::string prompt = r.str();
                    if (!HAS(p, check)) {
                        replyText(Broken, "is not a content policy");
                        break;
                    }
                    std::vector<char> reason(4096, '\0');
                    const int rc = p->check(p->state, prompt.c_str(), reason.data(), reason.size());
                    reason.back() = '\0';
                    if (rc == TESSERA_OK) replyText(Ok, "");
                    else if (rc == TESSERA_REFUSED) replyText(Refused, reason.data());
                    else replyText(PluginFailed, "the policy reported a failure");
                    break;
                }
                case Filter: {
                    const uint32_t n = r.get<uint32_t>();
                    std::vector<double> values;
                    for (uint32_t i = 0; i < n && i < 64; ++i) values.push_back(r.get<double>());
                    std::vector<uint8_t> pixels;
                    TesseraFrame f = frameOf(r, pixels);
                    if (!HAS(p, filter)) {
                        replyText(Broken, "is not a clip filter");
                        break;
                    }
                    if (p->filter(p->state, &f, values.data()) != TESSERA_OK) {
                        replyText(PluginFailed, "the filter reported a failure");
                        break;
                    }
                    Writer w;
                    w.blob(pixels.data(), pixels.size());
                    reply(Ok, w.bytes);
                    break;
                }
                case ExportBegin: {
                    const std::string path = r.str();
                    const int32_t w = r.get<int32_t>(), h = r.get<int32_t>();
                    const double fps = r.get<double>();
                    const int64_t frames = r.get<int64_t>();
                    if (!HAS(p, export_begin) || !HAS(p, export_frame) || !HAS(p, export_end)) {
                        replyText(Broken, "is not an exporter");
                        break;
                    }
                    replyText(p->export_begin(p->state, path.c_str(), w, h, fps, frames) == TESSERA_OK ? Ok : PluginFailed,
                              "");
                    break;
                }
                case ExportFrame: {
                    std::vector<uint8_t> pixels;
                    TesseraFrame f = frameOf(r, pixels);
                    if (!HAS(p, export_frame)) {
                        replyText(Broken, "is not an exporter");
                        break;
                    }
                    replyText(p->export_frame(p->state, &f) == TESSERA_OK ? Ok : PluginFailed, "");
                    break;
                }
                case ExportAudio: {
                    const int32_t rate = r.get<int32_t>(), channels = r.get<int32_t>();
                    const std::vector<uint8_t> bytes = r.blob();
                    if (rate <= 0 || channels <= 0 || bytes.size() % (sizeof(float) * size_t(channels)) != 0) {
                        replyText(Broken, "malformed audio");
                        break;
                    }
                    // Exporters without an audio entry point (or built before it existed) take the
                    // frames only; the audio is simply not theirs to write.
                    if (!HAS(p, export_audio)) {
                        replyText(Ok, "");
                        break;
                    }
                    std::vector<float> samples(bytes.size() / sizeof(float));
                    std::memcpy(samples.data(), bytes.data(), bytes.size());
                    replyText(p->export_audio(p->state, samples.data(), int64_t(samples.size()) / channels, rate, channels) ==
                                      TESSERA_OK
                                  ? Ok
                                  : PluginFailed,
                              "");
                    break;
                }
                case ExportEnd:
                    if (!HAS(p, export_end)) {
                        replyText(Broken, "is not an exporter");
                        break;
                    }
                    replyText(p->export_end(p->state) == TESSERA_OK ? Ok : PluginFailed, "");
                    break;
                default:
                    replyText(Broken, "unknown request");
            }
        } catch (const std::exception& e) {
            replyText(Broken, std::string("malformed request: ") + e.what());
        }
    }
    if (HAS(p, destroy)) p->destroy(p->state);
    return 0;
}
