#pragma once
// Running the generation queue: one worker thread per device takes the next job, runs it through the
// engine and stores the clip, reporting progress through Qt signals (the studio) and a plain callback
// (the terminal). Job requests are JSON with inputs referenced by asset or clip id, never embedded.
#include <QImage>
#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "tessera/app/project.h"
#include "tessera/app/queue.h"
#include "tessera/pipeline.h"

namespace tessera::app {

class FolderLock;

/// A job request: the generation settings plus where its known inputs come from.
struct JobSpec {
    /// Settings only; its pixel fields (image, video, ...) stay empty. `frames` is the count asked
    /// for (0 = from `seconds` or the model's default), `seed` -1 = random (fixed when the job starts).
    GenerationRequest request;
    double seconds = 0;  ///< duration asked for instead of frames, resolved with the model's fps
    std::string model;   ///< the model bundle's folder
    std::string modelName;
    std::map<std::string, InputRef> inputs;  ///< "image", "end_image", "video", "video_b", "mask"
};

/// The JSON stored in the jobs table and in a generation's `request`.
std::string jobSpecToJson(const JobSpec& spec);
/// Parses jobSpecToJson(); throws ProjectError naming the field that is missing or malformed.
JobSpec jobSpecFromJson(const std::string& json);
/// The request with its inputs read from the project's media (assets and clips).
GenerationRequest resolveInputs(ProjectLibrary& project, const JobSpec& spec);
/// Sets request.frames (or extendFrames, for tasks that add frames to a clip) from the frames or
/// seconds asked for and the model's defaults, as `tessera generate` does.
void applyDuration(GenerationRequest& request, int frames, double seconds, const ModelInfo& model);

/// What storeGeneration records besides the result.
struct StoreOptions {
    JobSpec spec;              ///< the request that made it, with the seed it used
    int64_t jobId = 0;         ///< the job it finishes, in the same transaction
    int64_t parentClipId = 0;  ///< 0: the clip it continues or edits (the "video" input), if any
    std::string title;
};
/// Encodes the result into media/ (MP4, or PNG for one frame) and stores it with its recipe, latents
/// and inputs as one action. Returns the new clip's id.
int64_t storeGeneration(ProjectLibrary& project, const GenerationResult& result, const StoreOptions& options);

/// Keeps the most recently used model loaded (one per device; models are large).
class ModelCache {
public:
    std::shared_ptr<Model> get(const std::string& bundlePath, const std::string& device);

private:
    std::string key_;
    std::shared_ptr<Model> model_;
};

/// Runs a job request to a stored clip in this thread (used by the runner, regenerate and
/// `tessera generate --project`). Returns the clip id.
int64_t runSpec(ProjectLibrary& project, JobSpec spec, ModelCache& models, const ProgressCallback& progress,
                const std::atomic<bool>* cancel, int64_t jobId = 0, const std::string& title = {});

/// Runs a clip's stored recipe again (same model, settings, seed and inputs) and stores the result as a
/// new clip whose parent is the original; on the same device the frames are identical. Returns its id.
int64_t regenerateClip(ProjectLibrary& project, int64_t clipId, ModelCache& models, const ProgressCallback& progress,
                       const std::atomic<bool>* cancel, const std::string& device = {});

/// 0..1 over a whole generation from the engine's stage and step.
double jobFraction(const Progress& progress, bool refine);

struct RunnerOptions {
    std::vector<std::string> devices;  ///< one worker per device; empty = the engine's default device
    bool untilEmpty = false;           ///< stop when no queued job is left (else wait for new ones)
    int maxAttempts = 3;               ///< a job interrupted by crashes this often fails instead of restarting
    int pollMs = 500;                  ///< how often an idle worker looks for new jobs
};

/// What the terminal callback receives (also sent as the signals below).
struct JobEvent {
    enum class Kind { Invalid = 0, Started, Progress, Finished, WorkerError };
    Kind kind = Kind::Invalid;
    int64_t jobId = 0;
    std::string device;
    Progress progress;  ///< Kind::Progress
    double fraction = 0;
    JobState state = JobState::Invalid;  ///< Kind::Finished: done, failed, cancelled or queued (stopped)
    int64_t clipId = 0;
    std::string error;
};

class QueueRunner : public QObject {
    Q_OBJECT

public:
    QueueRunner(std::string projectDir, RunnerOptions options, QObject* parent = nullptr);
    ~QueueRunner() override;

    /// Called from worker threads for every event; set before start().
    void setCallback(std::function<void(const JobEvent&)> callback) { callback_ = std::move(callback); }
    /// Takes the project's runner lock (one runner per project), requeues jobs left running by a dead
    /// process and starts the workers. Throws ProjectError when another process runs the queue.
    void start();
    /// Stops the workers; the jobs they were running go back to the front of the queue.
    void stop();
    /// Waits up to `timeoutMs` (-1 = forever) for the workers to end; true when they have.
    bool wait(int timeoutMs = -1);
    /// Cancels a running job of this runner at once (other jobs: JobQueue::cancel).
    void cancel(int64_t jobId);
    /// Jobs that went back to the queue at start because their process had died.
    int recovered() const { return recovered_; }

Q_SIGNALS:
    void jobStarted(qint64 jobId, QString device);
    void jobProgress(qint64 jobId, QString stage, int step, int total, double fraction);
    void jobPreview(qint64 jobId, QImage preview);
    void jobFinished(qint64 jobId, QString state, qint64 clipId, QString error);
    /// Every worker has ended (until-empty, stop() or an error).
    void finished();

private:
    void workerLoop(const std::string& device);
    void runJob(ProjectLibrary& project, JobQueue& queue, const JobRecord& job, ModelCache& models,
                const std::string& device);
    void emitEvent(const JobEvent& event);

    std::string dir_;
    RunnerOptions options_;
    std::function<void(const JobEvent&)> callback_;
    std::unique_ptr<ProjectLibrary> project_;
    std::unique_ptr<FolderLock> runnerLock_;
    std::vector<std::thread> workers_;
    std::atomic<bool> stopping_{false};
    std::mutex mutex_;
    std::condition_variable allDone_;  ///< also wakes idle workers on stop()
    int live_ = 0;                     ///< workers still running
    std::map<int64_t, std::atomic<bool>*> cancels_;
    int recovered_ = 0;
};

}  // namespace tessera::app
