#pragma once
// The queue dock: every job of the open project's queue as a row (running, queued in order,
// finished) with its state, prompt, task, live progress, an estimate of the time left, a small
// latent preview and the error of a failed job; actions to cancel, retry, duplicate with a new seed
// and reorder. Progress and previews update their row alone, so generation never rebuilds the list.
#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QWidget>
#include <functional>
#include <vector>

#include "tessera/app/queue.h"

class QAction;
class QLabel;
class QListView;
class QMenu;

namespace tessera::ui {

class StudioSession;

/// The queue's rows: one per job of JobQueue::list(), with the live progress and previews the
/// session reports for running jobs.
class QueueModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        JobIdRole = Qt::UserRole + 1,  ///< qint64
        StateRole,                     ///< int: app::JobState
        TaskRole,                      ///< QString: "t2v", "i2v", ...
        ProgressRole,                  ///< double 0..1 over the whole job (running jobs)
        StageRole,                     ///< QString: what a running job does now, e.g. "sampling 3/20"
        EtaRole,                       ///< QString: time left, e.g. "1m 20s left" (empty until known)
        ErrorRole,                     ///< QString: why a job failed
        PreviewRole,                   ///< QImage: live preview of a running job, or the made clip's thumbnail
        ClipIdRole,                    ///< qint64: the clip a finished job made (0 = none)
        QueuePositionRole,             ///< int: place among queued jobs from 0 (-1 = not queued)
    };

    explicit QueueModel(StudioSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// Reads the queue again. When the jobs and their order are unchanged only the rows that differ
    /// are updated (dataChanged); otherwise the model is reset.
    void reload();
    /// The row showing a job, -1 when it is not listed.
    int rowOf(qint64 jobId) const;
    /// The job of a row as last read (0 <= row < rowCount()).
    const app::JobRecord& job(int row) const { return rows_[size_t(row)]; }
    /// A progress report of a running job: updates that row only.
    void setProgress(qint64 jobId, const QString& stage, int step, int total, double fraction);
    /// A latent preview of a running job: updates that row only.
    void setPreview(qint64 jobId, const QImage& preview);
    /// The row height the delegate draws.
    static constexpr int kRowHeight = 64;
    /// A running job's stage for people: ("sample", 3, 20) -> "sampling 3/20".
    static QString stageText(const QString& stage, int step, int total);

private:
    // What the session reported for a running job since this model saw it.
    struct Live {
        QString stage;
        int step = 0, total = 0;
        double fraction = 0;
        QImage preview;          // scaled to the thumbnail size
        qint64 firstSeenMs = 0;  // wall clock of the first report (when the job's start is unknown)
        double firstFraction = 0;
        bool hasProgress = false;
    };
    QString rowStage(const app::JobRecord& job) const;
    QString etaText(const app::JobRecord& job) const;
    double fractionOf(const app::JobRecord& job) const;
    QImage previewOf(const app::JobRecord& job) const;
    void rebuildIndex();

    StudioSession* session_;
    std::vector<app::JobRecord> rows_;
    std::vector<int> queuePositions_;
    QHash<qint64, int> rowById_;
    QHash<qint64, Live> live_;
    mutable QHash<qint64, QImage> clipThumbs_;  // clip id -> thumbnail, read when first drawn
};

class QueuePanel : public QWidget {
    Q_OBJECT
public:
    explicit QueuePanel(StudioSession* session, QWidget* parent = nullptr);

    QueueModel* model() const { return model_; }
    QListView* view() const { return view_; }
    /// Ids of the selected jobs, in row order.
    QList<qint64> selectedJobs() const;
    /// Selects (and scrolls to) a job's row; 0 clears the selection.
    void selectJob(qint64 jobId);

public Q_SLOTS:
    /// Reads the queue again (on the session's jobsChanged / projectChanged).
    void reload();
    /// Cancels the selected queued or running jobs.
    void cancelSelected();
    /// Puts the selected failed or cancelled jobs back at the end of the queue.
    void retrySelected();
    /// Queues a copy of each selected job with a new random seed.
    void duplicateSelected();
    /// Moves the selected queued job `delta` places (negative = earlier).
    void moveSelected(int delta);
    /// Moves the selected queued job to the front of the queue.
    void moveSelectedToTop();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void updateSummary();
    void showContextMenu(const QPoint& pos);
    // Runs a queue edit; a failure (e.g. the job finished meanwhile) becomes a non-modal message.
    void edit(const std::function<void()>& fn);

    StudioSession* session_;
    QueueModel* model_;
    QListView* view_;
    QLabel* summary_;
    QAction *cancel_, *retry_, *duplicate_, *moveUp_, *moveDown_, *moveTop_;
    QList<qint64> keepSelection_;  // selection across a model reset
    bool syncing_ = false;         // selection changes made here, not by the user
};

}  // namespace tessera::ui
