#pragma once
// The studio's shared state: the open project, its queue (run in this process by a QueueRunner on
// worker threads), the current timeline, the chosen model and the selection. Every dock talks to
// the project through this object and listens to its signals; nothing here draws.
#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

#include "tessera/app/project.h"
#include "tessera/app/queue.h"
#include "tessera/app/queue_runner.h"
#include "tessera/app/timeline.h"

namespace tessera::ui {

/// MIME types of drags between docks: the payload is the ids as decimal text, comma separated.
inline constexpr const char* kClipMime = "application/x-tessera-clips";
inline constexpr const char* kAssetMime = "application/x-tessera-assets";

class StudioSession : public QObject {
    Q_OBJECT
public:
    explicit StudioSession(QObject* parent = nullptr);
    ~StudioSession() override;

    /// Opens (or with `create`, makes) a project, starts running its queue and loads its first
    /// timeline (making "Timeline 1" when it has none). Throws app::ProjectError / std::exception
    /// with a message for the user; the previous project stays open then.
    void openProject(const QString& dir, bool create = false);
    void closeProject();
    bool hasProject() const { return project_ != nullptr; }
    QString projectDir() const;
    app::ProjectLibrary& project() { return *project_; }
    app::JobQueue& queue() { return *queue_; }
    /// The timeline shown in the timeline dock (null without a project).
    app::TimelineModel* timeline() { return timeline_.get(); }
    void setTimeline(int64_t timelineId);

    /// The model bundle new generations use (a folder); defaults to the default model.
    QString modelPath() const { return modelPath_; }
    void setModelPath(const QString& path);
    /// Every model bundle found on the search path (folders).
    QStringList availableModels() const;

    /// Queues `count` variations of a request (seeds counted up from its seed, or random); returns the job ids.
    QList<qint64> enqueue(const app::JobSpec& spec, int count = 1);
    /// Imports files as assets; returns their ids. Throws with a message naming a bad file.
    QList<qint64> importFiles(const QStringList& paths);

    qint64 selectedClip() const { return selectedClip_; }
    qint64 selectedJob() const { return selectedJob_; }
    void selectClip(qint64 clipId);
    void selectJob(qint64 jobId);

    /// Tells the docks that clips or jobs changed (after an edit made outside the signals below).
    void notifyClipsChanged() { Q_EMIT clipsChanged(); }
    void notifyJobsChanged() { Q_EMIT jobsChanged(); }
    /// A non-modal message for the user (shown in the status bar / a banner).
    void inform(const QString& text, bool error = false) { Q_EMIT message(text, error); }

Q_SIGNALS:
    void projectChanged();
    void timelineChanged();
    void modelChanged();
    void clipsChanged();
    void jobsChanged();
    void jobProgress(qint64 jobId, QString stage, int step, int total, double fraction);
    void jobPreview(qint64 jobId, QImage preview);
    void jobFinished(qint64 jobId, QString state, qint64 clipId, QString error);
    void clipSelected(qint64 clipId);
    void jobSelected(qint64 jobId);
    void message(QString text, bool error);

private:
    void startRunner();
    std::unique_ptr<app::ProjectLibrary> project_;
    std::unique_ptr<app::JobQueue> queue_;
    std::unique_ptr<app::QueueRunner> runner_;
    std::unique_ptr<app::TimelineModel> timeline_;
    QString modelPath_;
    qint64 selectedClip_ = 0, selectedJob_ = 0;
};

}  // namespace tessera::ui
