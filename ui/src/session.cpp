#include "tessera/ui/session.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <random>

#include "tessera/app/library_import.h"
#include "tessera/app/models.h"
#include "tessera/engine.h"
#include "tessera/ui/preferences.h"

namespace tessera::ui {

StudioSession::StudioSession(QObject* parent) : QObject(parent) {
    // The preferred default model when it is still there, else the standard choice.
    const QString preferred = QSettings().value("defaultModel").toString();
    if (!preferred.isEmpty() && QFileInfo::exists(preferred + "/model.json")) {
        modelPath_ = preferred;
    } else {
        try {
            modelPath_ = QString::fromStdString(app::resolveModel(""));
        } catch (const std::exception&) {
            modelPath_.clear();  // no model installed: the prompt panel says so
        }
        if (modelPath_.isEmpty())
            for (const auto& m : findModels(modelSearchPath())) {
                modelPath_ = QString::fromStdString(m.path);
                break;
            }
    }
}

StudioSession::~StudioSession() { closeProject(); }

QString StudioSession::projectDir() const { return project_ ? QString::fromStdString(project_->dir()) : QString(); }

void StudioSession::openProject(const QString& dir, bool create) {
    const std::string d = QDir::cleanPath(dir).toStdString();
    auto project = create ? app::ProjectLibrary::create(d) : app::ProjectLibrary::open(d);
    closeProject();
    project_ = std::move(project);
    queue_ = std::make_unique<app::JobQueue>(*project_);
    for (const auto& n : project_->notes()) inform(QString::fromStdString(n));
    auto timelines = app::listTimelines(*project_);
    int64_t id = timelines.empty() ? 0 : timelines.front().id;
    if (!id && !project_->readOnly()) {
        QSettings settings;  // Preferences > New projects
        const int w = settings.value("project/width", 832).toInt(), h = settings.value("project/height", 480).toInt();
        id = app::createTimeline(*project_, "Timeline 1", w - w % 2, h - h % 2, settings.value("project/fps", 16.0).toDouble());
    }
    if (id) timeline_ = std::make_unique<app::TimelineModel>(*project_, id);
    if (!project_->readOnly()) startRunner();
    selectedClip_ = selectedJob_ = 0;
    Q_EMIT projectChanged();
    Q_EMIT timelineChanged();
    Q_EMIT clipsChanged();
    Q_EMIT jobsChanged();
}

void StudioSession::startRunner() {
    app::RunnerOptions options;
    const QString device = QSettings().value("device").toString();  // Preferences > Generate on
    if (!device.isEmpty()) options.devices = {device.toStdString()};
    runner_ = std::make_unique<app::QueueRunner>(project_->dir(), options);
    // The runner's signals come from its worker threads; queued connections bring them here.
    connect(runner_.get(), &app::QueueRunner::jobStarted, this, [this](qint64) { Q_EMIT jobsChanged(); }, Qt::QueuedConnection);
    connect(runner_.get(), &app::QueueRunner::jobProgress, this,
            [this](qint64 id, QString stage, int step, int total, double f) { Q_EMIT jobProgress(id, stage, step, total, f); },
            Qt::QueuedConnection);
    connect(runner_.get(), &app::QueueRunner::jobPreview, this, [this](qint64 id, QImage img) { Q_EMIT jobPreview(id, img); },
            Qt::QueuedConnection);
    connect(runner_.get(), &app::QueueRunner::jobFinished, this,
            [this](qint64 id, QString state, qint64 clip, QString error) {
                Q_EMIT jobsChanged();
                if (clip > 0) Q_EMIT clipsChanged();
                if (state == "failed") inform(tr("Job %1 failed: %2").arg(id).arg(error), true);
                // A pending shot on the timeline (a storyboard's) becomes its clip.
                if (state == "done" && clip > 0 && timeline_) {
                    std::vector<int64_t> shots;  // collected first: binding replaces the state
                    for (const auto& track : timeline_->state().tracks)
                        for (const auto& item : track.items)
                            if (item.jobId == id) shots.push_back(item.id);
                    for (int64_t item : shots) try {
                            timeline_->requestBindShot(item, clip);
                        } catch (const std::exception& e) {
                            inform(tr("Shot %1 could not take its clip: %2").arg(item).arg(QString::fromUtf8(e.what())), true);
                        }
                }
                Q_EMIT jobFinished(id, state, clip, error);
            },
            Qt::QueuedConnection);
    try {
        runner_->start();
    } catch (const std::exception& e) {
        runner_.reset();
        inform(tr("The queue of this project runs in another process: %1").arg(QString::fromUtf8(e.what())), true);
    }
}

void StudioSession::closeProject() {
    if (runner_) {
        runner_->stop();
        runner_->wait();
        runner_.reset();
    }
    timeline_.reset();
    queue_.reset();
    const bool had = project_ != nullptr;
    project_.reset();
    if (had) {
        Q_EMIT projectChanged();
        Q_EMIT timelineChanged();
    }
}

void StudioSession::setTimeline(int64_t timelineId) {
    timeline_ = std::make_unique<app::TimelineModel>(*project_, timelineId);
    Q_EMIT timelineChanged();
}

void StudioSession::setModelPath(const QString& path) {
    if (path == modelPath_) return;
    modelPath_ = path;
    Q_EMIT modelChanged();
}

QStringList StudioSession::availableModels() const {
    QStringList out;
    for (const auto& m : findModels(modelSearchPath())) out << QString::fromStdString(m.path);
    return out;
}

QList<qint64> StudioSession::enqueue(const app::JobSpec& spec, int count) {
    std::vector<std::string> requests;
    int64_t seed = spec.request.seed;
    if (seed < 0) seed = int64_t(std::mt19937_64{std::random_device{}()}() >> 1);
    for (int i = 0; i < count; ++i) {
        app::JobSpec s = spec;
        s.request.seed = seed + i;
        requests.push_back(app::jobSpecToJson(s));
    }
    QList<qint64> ids;
    for (int64_t id : queue_->addAll(requests)) ids << id;
    Q_EMIT jobsChanged();
    return ids;
}

QList<qint64> StudioSession::importFiles(const QStringList& paths) {
    std::vector<std::string> p;
    for (const auto& s : paths) p.push_back(s.toStdString());
    QList<qint64> ids;
    for (const auto& f : app::importFiles(*project_, p)) ids << f.assetId;
    Q_EMIT clipsChanged();
    return ids;
}

void StudioSession::selectClip(qint64 clipId) {
    selectedClip_ = clipId;
    Q_EMIT clipSelected(clipId);
}

void StudioSession::selectJob(qint64 jobId) {
    selectedJob_ = jobId;
    Q_EMIT jobSelected(jobId);
}

}  // namespace tessera::ui
