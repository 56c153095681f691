// Timeline rendering and export (render.h).
#include "tessera/app/render.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "project/schema.h"
#include "tessera/app/interchange.h"
#include "tessera/app/media.h"
#include "tessera/app/plugins.h"
#include "tessera/app/project.h"

namespace tessera::app {

namespace fs = std::filesystem;

void ensureGuiApplication() {
    if (QCoreApplication::instance()) return;
    if (!std::getenv("QT_QPA_PLATFORM")) ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    if (!std::getenv("XDG_RUNTIME_DIR")) {  // what Qt would pick, without its warning on every command
        const std::string dir = "/tmp/runtime-" + std::to_string(::getuid());
        if (::mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST) ::setenv("XDG_RUNTIME_DIR", dir.c_str(), 1);
    }
    static int argc = 1;
    static char name[] = "tessera";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* app = new QGuiApplication(argc, argv);  // lives until exit
    (void)app;
}

namespace {

// A frame as an image that shares its pixels (valid while the frame lives).
QImage view(const Frame& f) {
    return QImage(f.rgb.data(), f.width, f.height, f.width * 3, QImage::Format_RGB888);
}

Frame toFrame(const QImage& img) {
    Frame f(img.width(), img.height());
    for (int y = 0; y < img.height(); ++y)
        std::copy_n(img.constScanLine(y), size_t(img.width()) * 3, f.rgb.data() + size_t(y) * img.width() * 3);
    return f;
}

// Opacity of an item at timeline frame t: its crossfade from the item before it and its fades.
double opacityAt(const TimelineItem& it, int64_t t) {
    const int64_t k = t - it.start, r = it.end() - 1 - t;
    double a = 1;
    if (it.crossfadeIn && k < it.crossfadeIn) a *= double(k + 1) / double(it.crossfadeIn + 1);
    if (it.fadeIn && k < it.fadeIn) a *= double(k) / double(it.fadeIn);
    if (it.fadeOut && r < it.fadeOut) a *= double(r) / double(it.fadeOut);
    return a;
}

QColor parseColor(const std::string& text, const TimelineItem& it) {
    QColor c(QString::fromStdString(text));
    if (!c.isValid())
        throw RenderError(describeItem(it) + ": '" + text + "' is not a colour (use #rrggbb or #aarrggbb)");
    return c;
}

void drawTitle(QPainter& p, const TimelineItem& it, int w, int h) {
    const TitleCard& card = it.title;
    const QColor bg = parseColor(card.background, it), fg = parseColor(card.color, it);
    if (bg.alpha() > 0) p.fillRect(QRect(0, 0, w, h), bg);
    const QString text = QString::fromStdString(card.text);
    QFont font(QString::fromStdString(card.font));
    font.setBold(card.bold);
    int px = std::max(6, int(std::lround(card.size * h)));
    const QRect area(int(w * 0.075), int(h * 0.1), int(w * 0.85), int(h * 0.8));
    // Shrink until the wrapped text fits the safe area.
    for (;;) {
        font.setPixelSize(px);
        const QRect need = QFontMetrics(font).boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, text);
        if ((need.width() <= area.width() && need.height() <= area.height()) || px <= 6) break;
        px = std::max(6, int(px * 0.9));
    }
    p.setFont(font);
    if (bg.alpha() < 255) {  // over video: a soft shadow keeps the text readable
        p.setPen(QColor(0, 0, 0, 160));
        p.drawText(area.translated(std::max(1, px / 16), std::max(1, px / 16)), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    p.setPen(fg);
    p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
}

std::string fileSha256(const std::string& path) {
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex().toStdString();
}

std::string isoNow() {
    const std::time_t now = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    return buf;
}

nlohmann::json parsedOr(const std::string& text) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    return j.is_discarded() ? nlohmann::json(text) : j;
}

}  // namespace

// ---- sources ----------------------------------------------------------------------------------

struct TimelineRenderer::Source {
    std::string path;
    std::string what;  // "clip 3" / "asset 5 (name)"
    bool audioOnly = false;
    bool still = false;
    double fps = 16;
    int frames = 0;
    std::shared_ptr<Clip> clip;  // decoded on first use
    std::shared_ptr<AudioBuffer> audio;
};

// Clip-filter plugins, started once per render and shared by every item that uses them.
struct TimelineRenderer::Filters {
    PluginManager manager = PluginManager::standard();
    std::map<std::string, std::unique_ptr<PluginProcess>> running;
    std::map<const TimelineItem*, std::vector<std::vector<double>>> values;  // per item, per filter

    PluginProcess& open(const std::string& id) {
        auto& p = running[id];
        if (!p) p = manager.open(id);  // throws PluginError: unknown, disabled or failing to start
        return *p;
    }
    // A plugin that misbehaves is disabled (as everywhere) and the render stops naming it.
    [[noreturn]] void failed(const std::string& id, const TimelineItem& it, const std::string& what) {
        running.erase(id);
        try {
            manager.setEnabled(id, false, what);
        } catch (const std::exception&) {
        }
        throw RenderError(describeItem(it) + ": the filter " + id + " failed and was disabled: " + what);
    }
};

TimelineRenderer::TimelineRenderer(ProjectLibrary& project, TimelineState timeline, RenderSettings settings)
    : project_(project), timeline_(std::move(timeline)), settings_(settings) {
    width_ = settings_.width > 0 ? settings_.width : timeline_.width;
    height_ = settings_.height > 0 ? settings_.height : timeline_.height;
    if (width_ < 16 || height_ < 16 || width_ > 8192 || height_ > 8192)
        throw RenderError("output size " + std::to_string(width_) + "x" + std::to_string(height_) +
                          " is not possible (16 to 8192)");
    ensureGuiApplication();
    validateTimeline(timeline_);
    if (timeline_.duration() == 0) throw RenderError("timeline '" + timeline_.name + "' is empty; add a clip or a title first");
    // Check every item's media before anything is rendered.
    for (const auto& track : timeline_.tracks)
        for (const auto& it : track.items) {
            if (it.jobId)
                throw RenderError(describeItem(it) + " is a shot still being generated (job " + std::to_string(it.jobId) +
                                  "); run the queue (tessera queue run --project " + project_.dir() + ") and export again");
            if (it.clipId || it.assetId) source(it);
        }
    // Start every filter plugin and check its parameters before anything is rendered.
    for (const auto& track : timeline_.tracks)
        for (const auto& it : track.items)
            for (const auto& f : it.filters) {
                if (!filters_) filters_ = std::make_unique<Filters>();
                std::vector<double> values;
                try {
                    values = filters_->open(f.plugin).paramValues(f.params);
                } catch (const PluginError& e) {
                    throw RenderError(describeItem(it) + ": filter " + f.plugin + ": " + e.what());
                } catch (const std::invalid_argument& e) {
                    throw RenderError(describeItem(it) + ": filter " + f.plugin + ": " + e.what());
                }
                filters_->values[&it].push_back(values);
            }
}

void TimelineRenderer::applyFilters(const TimelineItem& it, Frame& frame, int64_t t) {
    if (it.filters.empty() || !filters_) return;
    const auto& values = filters_->values[&it];
    for (size_t i = 0; i < it.filters.size(); ++i) {
        const std::string& id = it.filters[i].plugin;
        try {
            filters_->open(id).filter(frame, t - it.start, it.length(), timeline_.fps, values[i]);
        } catch (const PluginError& e) {
            filters_->failed(id, it, e.what());
        }
    }
}

TimelineRenderer::~TimelineRenderer() = default;

std::shared_ptr<TimelineRenderer::Source> TimelineRenderer::source(const TimelineItem& it) {
    const std::string key = it.clipId ? "clip:" + std::to_string(it.clipId) : "asset:" + std::to_string(it.assetId);
    auto found = sources_.find(key);
    if (found != sources_.end()) return found->second;
    auto s = std::make_shared<Source>();
    if (it.clipId) {
        const ClipRecord c = project_.clip(it.clipId);
        s->path = project_.mediaPath(c.file.name);
        s->what = "clip " + std::to_string(c.id);
        s->fps = c.fps > 0 ? c.fps : 16;
        s->frames = c.frames;
        s->still = c.frames <= 1;
    } else {
        const AssetRecord a = project_.asset(it.assetId);
        s->path = project_.mediaPath(a.file.name);
        s->what = "asset " + std::to_string(a.id) + " (" + a.name + ")";
        s->audioOnly = a.kind == AssetKind::Audio;
        s->still = a.kind == AssetKind::Image;
        s->fps = a.fps > 0 ? a.fps : 16;
        s->frames = a.frames;
    }
    if (!fs::exists(s->path))
        throw RenderError(describeItem(it) + ": the media file of " + s->what + " is missing (" + s->path +
                          "); run `tessera project check` and restore it from a backup or re-import it");
    try {
        if (s->audioOnly) {
            s->audio = std::make_shared<AudioBuffer>(readAudio(s->path, settings_.sampleRate, settings_.channels));
        } else {
            const VideoInfo info = s->still ? VideoInfo{} : probeVideo(s->path);  // headers: damage shows here
            if (!s->still && info.frames > 0) s->frames = info.frames;
        }
    } catch (const std::exception& e) {
        throw RenderError(describeItem(it) + ": " + s->what + " cannot be read: " + e.what());
    }
    sources_[key] = s;
    return s;
}

Frame TimelineRenderer::frame(int64_t t) {
    QImage canvas(width_, height_, QImage::Format_RGB888);
    canvas.fill(Qt::black);
    QPainter p(&canvas);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    for (const auto& track : timeline_.tracks) {
        if (track.kind == TrackKind::Audio || track.muted) continue;
        for (const auto& it : track.items) {
            if (t < it.start || t >= it.end()) continue;
            const double a = opacityAt(it, t);
            if (a <= 0) continue;
            p.setOpacity(a);
            if (it.isTitle()) {
                if (it.filters.empty()) {
                    drawTitle(p, it, width_, height_);
                } else {  // a filtered card is drawn on its own layer first
                    QImage layer(width_, height_, QImage::Format_RGB888);
                    layer.fill(Qt::black);
                    QPainter lp(&layer);
                    lp.setRenderHint(QPainter::Antialiasing);
                    lp.setRenderHint(QPainter::TextAntialiasing);
                    drawTitle(lp, it, width_, height_);
                    lp.end();
                    Frame f = toFrame(layer);
                    applyFilters(it, f, t);
                    p.drawImage(0, 0, view(f));
                }
                continue;
            }
            auto s = source(it);
            if (!s->clip) {
                // Decode the clip once; drop sources no item needs from here on.
                for (auto i = sources_.begin(); i != sources_.end(); ++i)
                    if (i->second->clip && i->second != s) {
                        bool later = false;
                        for (const auto& tr : timeline_.tracks)
                            for (const auto& o : tr.items)
                                if ((o.clipId || o.assetId) && o.end() > t && o.start <= t + 1 && source(o) == i->second)
                                    later = true;
                        if (!later) i->second->clip.reset();
                    }
                VideoReadLimits limits;
                limits.maxFrames = std::max(1, s->frames);
                try {
                    s->clip = std::make_shared<Clip>(readClip(s->path, limits));
                } catch (const std::exception& e) {
                    throw RenderError(describeItem(it) + ": " + s->what + " cannot be decoded: " + e.what());
                }
            }
            const Clip& c = *s->clip;
            int index = 0;
            if (!s->still) {
                const double sourceSeconds = double(it.in + (t - it.start)) / timeline_.fps;
                index = std::clamp(int(std::floor(sourceSeconds * s->fps + 1e-6)), 0, c.frameCount() - 1);
            }
            Frame filtered;
            if (!it.filters.empty()) {
                filtered = c.frames[size_t(index)];
                applyFilters(it, filtered, t);
            }
            const Frame& f = it.filters.empty() ? c.frames[size_t(index)] : filtered;
            const double sx = double(width_) / f.width, sy = double(height_) / f.height;
            const double scale = it.fit == Fit::Fill ? std::max(sx, sy) : std::min(sx, sy);
            const double w = f.width * scale, h = f.height * scale;
            p.drawImage(QRectF((width_ - w) / 2, (height_ - h) / 2, w, h), view(f));
        }
    }
    p.end();
    return toFrame(canvas);
}

bool TimelineRenderer::hasAudio() const {
    return std::any_of(timeline_.tracks.begin(), timeline_.tracks.end(), [](const TimelineTrack& t) {
        return t.kind == TrackKind::Audio && !t.muted && !t.items.empty();
    });
}

AudioBuffer TimelineRenderer::audio() {
    AudioBuffer mix;
    mix.sampleRate = settings_.sampleRate;
    mix.channels = settings_.channels;
    const int ch = mix.channels;
    const int64_t total = int64_t(std::llround(double(frameCount()) / timeline_.fps * mix.sampleRate));
    mix.samples.assign(size_t(total * ch), 0.f);
    const double samplesPerFrame = mix.sampleRate / timeline_.fps;
    for (const auto& track : timeline_.tracks) {
        if (track.kind != TrackKind::Audio || track.muted) continue;
        for (size_t i = 0; i < track.items.size(); ++i) {
            const TimelineItem& it = track.items[i];
            const AudioBuffer& src = *source(it)->audio;
            const int64_t begin = std::llround(it.start * samplesPerFrame);
            const int64_t length = std::llround(it.length() * samplesPerFrame);
            const int64_t from = std::llround(it.in * samplesPerFrame);
            // Ramps in samples: fades and the crossfades with the neighbours.
            const double fadeIn = std::max(it.fadeIn, it.crossfadeIn) * samplesPerFrame;
            const int64_t nextCross = i + 1 < track.items.size() ? track.items[i + 1].crossfadeIn : 0;
            const double fadeOut = std::max(it.fadeOut, nextCross) * samplesPerFrame;
            for (int64_t n = 0; n < length; ++n) {
                const int64_t at = begin + n, s = from + n;
                if (at >= total) break;
                if (s >= src.frames()) break;
                double g = it.gain;
                if (fadeIn > 0 && n < fadeIn) g *= n / fadeIn;
                if (fadeOut > 0 && length - 1 - n < fadeOut) g *= (length - 1 - n) / fadeOut;
                for (int c = 0; c < ch; ++c) mix.samples[size_t(at * ch + c)] += float(g * src.samples[size_t(s * ch + c)]);
            }
        }
    }
    for (float& v : mix.samples) v = std::clamp(v, -1.f, 1.f);
    return mix;
}

std::vector<SubtitleCue> TimelineRenderer::subtitles() const {
    std::vector<SubtitleCue> cues;
    for (const auto& track : timeline_.tracks) {
        if (track.kind != TrackKind::Audio || track.muted) continue;
        for (const auto& it : track.items)
            if (!it.narration.empty()) cues.push_back({it.start / timeline_.fps, it.end() / timeline_.fps, it.narration});
    }
    std::sort(cues.begin(), cues.end(), [](const SubtitleCue& a, const SubtitleCue& b) { return a.start < b.start; });
    // Subtitle tracks show one cue at a time: narration overlapping the next one ends where it starts.
    for (size_t i = 0; i + 1 < cues.size(); ++i) cues[i].end = std::min(cues[i].end, cues[i + 1].start);
    cues.erase(std::remove_if(cues.begin(), cues.end(), [](const SubtitleCue& c) { return c.end <= c.start; }), cues.end());
    return cues;
}

// ---- export -----------------------------------------------------------------------------------

TimelineState singleClipTimeline(ProjectLibrary& project, int64_t clipId) {
    const ClipRecord c = project.clip(clipId);
    TimelineState s;
    s.name = "clip " + std::to_string(clipId);
    s.width = c.width + c.width % 2;
    s.height = c.height + c.height % 2;
    s.fps = c.fps > 0 ? c.fps : 16;
    TimelineTrack t;
    t.id = 1;
    TimelineItem it;
    it.id = 1;
    it.clipId = clipId;
    it.label = c.prompt;
    it.sourceLength = std::max(1, c.frames);
    it.out = it.sourceLength;
    t.items.push_back(it);
    s.tracks.push_back(t);
    return s;
}

std::string provenanceManifest(ProjectLibrary& project, const TimelineState& timeline, const std::string& format) {
    nlohmann::json shots = nlohmann::json::array(), assets = nlohmann::json::array(),
                   titles = nlohmann::json::array(), narration = nlohmann::json::array();
    auto inputsOf = [&](const GenerationRecord& g) {
        nlohmann::json inputs = nlohmann::json::object();
        for (const auto& [role, ref] : g.inputs) {
            if (ref.assetId) {
                const AssetRecord a = project.asset(ref.assetId);
                inputs[role] = {{"asset", a.id}, {"name", a.name}, {"sha256", a.file.sha256}};
            } else if (ref.clipId) {
                const ClipRecord c = project.clip(ref.clipId);
                inputs[role] = {{"clip", c.id}, {"sha256", c.file.sha256}};
            }
        }
        return inputs;
    };
    for (const auto& track : timeline.tracks)
        for (const auto& it : track.items) {
            nlohmann::json place = {{"item", it.id},
                                    {"track", track.name},
                                    {"start_seconds", it.start / timeline.fps},
                                    {"end_seconds", it.end() / timeline.fps},
                                    {"in_seconds", it.in / timeline.fps}};
            if (it.clipId) {
                const ClipRecord c = project.clip(it.clipId);
                place["clip"] = {{"id", c.id}, {"sha256", c.file.sha256}, {"frames", c.frames}, {"fps", c.fps}};
                if (c.generationId) {
                    const GenerationRecord g = project.generation(c.generationId);
                    place["model"] = {{"name", g.modelName}, {"hash", g.modelHash}};
                    place["seed"] = g.seed;
                    place["prompt"] = g.prompt;
                    place["enhanced_prompt"] = g.enhancedPrompt;
                    place["recipe"] = parsedOr(g.recipeJson);
                    place["request"] = parsedOr(g.requestJson);
                    place["inputs"] = inputsOf(g);
                    place["engine"] = g.engineVersion;
                    place["device"] = g.device;
                }
                shots.push_back(place);
            } else if (it.assetId) {
                const AssetRecord a = project.asset(it.assetId);
                place["asset"] = {{"id", a.id}, {"kind", assetKindName(a.kind)}, {"name", a.name}, {"sha256", a.file.sha256}};
                if (!it.narration.empty()) place["narration"] = it.narration;
                (it.narration.empty() ? assets : narration).push_back(place);
            } else if (it.isTitle()) {
                place["text"] = it.title.text;
                titles.push_back(place);
            }
        }
    nlohmann::json m = {
        {"format", "tessera.provenance/1"},
        {"statement", "AI-generated with Tessera"},
        {"generator", "Tessera " + tesseraVersion()},
        {"created", isoNow()},
        {"export_format", format},
        {"timeline",
         {{"name", timeline.name},
          {"width", timeline.width},
          {"height", timeline.height},
          {"fps", timeline.fps},
          {"frames", timeline.duration()},
          {"seconds", timeline.duration() / timeline.fps}}},
        {"shots", shots},
        {"titles", titles},
        {"narration", narration},
        {"assets", assets},
    };
    return m.dump(2) + "\n";
}

namespace {

// A sidecar written to a temporary name now and renamed beside the output when it is committed.
struct PendingSidecar {
    std::string tmp, path;
};

PendingSidecar stageSidecar(const std::string& path, const std::string& text) {
    PendingSidecar s{fs::path(path).parent_path().empty()
                         ? "." + fs::path(path).filename().string() + ".tmp"
                         : (fs::path(path).parent_path() / ("." + fs::path(path).filename().string() + ".tmp")).string(),
                     path};
    std::ofstream out(s.tmp, std::ios::binary);
    out << text;
    out.close();
    if (!out) {
        std::error_code ec;
        fs::remove(s.tmp, ec);
        throw MediaError(path + ": cannot write (is the disk full?)");
    }
    return s;
}

std::string sidecarBase(const std::string& out, ExportFormat format) {
    if (format == ExportFormat::PngSequence || format == ExportFormat::ExrSequence) {
        std::string p = out;
        while (p.size() > 1 && p.back() == '/') p.pop_back();
        return p;
    }
    return (fs::path(out).parent_path() / fs::path(out).stem()).string();
}

// OUT.manifest.json (cut.mp4.manifest.json): one per output, so exports of one timeline in several
// formats keep their own records; subtitles share the stem (cut.srt) so players find them.
std::string manifestPath(std::string out) {
    while (out.size() > 1 && out.back() == '/') out.pop_back();
    return out + ".manifest.json";
}

const char* formatName(ExportFormat f) {
    switch (f) {
    case ExportFormat::Mp4: return "mp4";
    case ExportFormat::WebM: return "webm";
    case ExportFormat::ProRes: return "prores";
    case ExportFormat::Gif: return "gif";
    case ExportFormat::PngSequence: return "png";
    case ExportFormat::ExrSequence: return "exr";
    }
    return "mp4";
}

// An exporter plugin gets the whole rendered clip and writes a temporary file that is renamed into
// place when it succeeds; a failing plugin is disabled and nothing is left.
ExportResult exportWithPlugin(const TimelineState& timeline, const ExportOptions& options, TimelineRenderer& renderer) {
    Clip clip;
    clip.fps = timeline.fps;
    const int64_t frames = renderer.frameCount();
    ExportResult result;
    for (int64_t t = 0; t < frames; ++t) {
        clip.frames.push_back(renderer.frame(t));
        if (options.progress && !options.progress(0.9 * double(t + 1) / double(frames))) {
            result.cancelled = true;
            return result;
        }
    }
    const AudioBuffer mix = renderer.hasAudio() ? renderer.audio() : AudioBuffer{};
    const fs::path out(options.out);
    const fs::path tmp = out.parent_path() / ("." + out.filename().string() + ".tmp" + out.extension().string());
    auto plugins = PluginManager::standard();
    try {
        plugins.use(options.exporterPlugin, [&](PluginProcess& p) {
            p.exportClip(tmp.string(), clip, mix.empty() ? nullptr : &mix.samples, mix.sampleRate, mix.channels);
            return 0;
        });
        if (!fs::exists(tmp)) throw RenderError("the exporter " + options.exporterPlugin + " reported success but wrote no file");
        fs::rename(tmp, out);
    } catch (const PluginError& e) {
        std::error_code ec;
        fs::remove_all(tmp, ec);
        throw RenderError("the exporter " + options.exporterPlugin + " failed (it is now disabled): " + e.what());
    } catch (...) {
        std::error_code ec;
        fs::remove_all(tmp, ec);
        throw;
    }
    if (options.progress) options.progress(1.0);
    result.out = options.out;
    result.frames = frames;
    result.seconds = frames / timeline.fps;
    return result;
}

}  // namespace

ExportResult exportTimeline(ProjectLibrary& project, const TimelineState& timeline, const ExportOptions& options) {
    if (options.out.empty()) throw RenderError("no output path given (--out)");
    const fs::path parent = fs::absolute(options.out).parent_path();
    if (!fs::is_directory(parent)) throw RenderError(parent.string() + " does not exist; create the folder first");
    TimelineRenderer renderer(project, timeline, options.render);
    const std::vector<SubtitleCue> cues = renderer.subtitles();
    
    EncoderSettings es;
    es.format = options.format;
    es.width = renderer.width();
    es.height = renderer.height();
    es.fps = timeline.fps;
    es.audio = renderer.hasAudio() && options.format != ExportFormat::Gif;
    es.sampleRate = options.render.sampleRate;
    es.channels = options.render.channels;
    es.subtitles = cues;
    es.metadata = {{"title", timeline.name},
                   {"comment", "AI-generated with Tessera " + tesseraVersion() + "; how each shot was made is in " +
                                   fs::path(manifestPath(options.out)).filename().string()},
                   {"encoder", "Tessera " + tesseraVersion()},
                   {"description", "AI-generated with Tessera"}};

    if (!options.exporterPlugin.empty()) return exportWithPlugin(timeline, options, renderer);

    // Sidecars are staged first so a full disk shows before the long encode, and renamed after it.
    std::vector<PendingSidecar> sidecars;
    auto dropSidecars = [&] {
        std::error_code ec;
        for (const auto& s : sidecars) fs::remove(s.tmp, ec);
    };
    ExportResult result;
    bool committed = false;
    try {
        const std::string base = sidecarBase(options.out, options.format);
        if (options.subtitleSidecars && !cues.empty()) {
            sidecars.push_back(stageSidecar(base + ".srt", toSrt(cues)));
            sidecars.push_back(stageSidecar(base + ".vtt", toWebVtt(cues)));
        }
        AudioBuffer mix = es.audio ? renderer.audio() : AudioBuffer{};
        MediaWriter writer(options.out, es);
        const int64_t frames = renderer.frameCount();
        int64_t audioDone = 0;
        for (int64_t t = 0; t < frames; ++t) {
            writer.addFrame(renderer.frame(t));
            if (es.audio) {
                const int64_t upTo = std::min<int64_t>(mix.frames(), std::llround((t + 1) / timeline.fps * mix.sampleRate));
                if (upTo > audioDone) writer.addAudio(mix.samples.data() + audioDone * mix.channels, upTo - audioDone);
                audioDone = std::max(audioDone, upTo);
            }
            if (options.progress && !options.progress(double(t + 1) / double(frames))) {
                dropSidecars();
                result.cancelled = true;
                return result;  // the writer's destructor removes its temporary output
            }
        }
        writer.finish();
        committed = true;
        if (options.manifest) {
            nlohmann::json m = nlohmann::json::parse(provenanceManifest(project, timeline, formatName(options.format)));
            m["output"] = {{"file", fs::path(options.out).filename().string()}};
            if (fs::is_regular_file(options.out)) m["output"]["sha256"] = fileSha256(options.out);
            sidecars.push_back(stageSidecar(manifestPath(options.out), m.dump(2) + "\n"));
        }
        for (const auto& s : sidecars) {
            fs::rename(s.tmp, s.path);
            result.sidecars.push_back(s.path);
        }
        result.out = options.out;
        result.frames = frames;
        result.seconds = frames / timeline.fps;
    } catch (...) {
        dropSidecars();
        if (committed) {  // a sidecar failed after the video was in place: keep nothing half-done
            std::error_code ec;
            fs::remove_all(options.out, ec);
            for (const auto& s : sidecars) fs::remove(s.path, ec);
        }
        throw;
    }
    return result;
}

}  // namespace tessera::app
