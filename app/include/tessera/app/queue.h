#pragma once
// The generation queue's rows: jobs move queued -> running -> done / failed / cancelled, each change one
// transaction in the project database, so the queue survives restarts. Running jobs is the
// QueueRunner's work (queue_runner.h); this is what the CLI and the studio list and edit.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tessera/app/project.h"

namespace tessera::app {

enum class JobState { Invalid = 0, Queued, Running, Done, Failed, Cancelled };
/// "queued", "running", "done", "failed", "cancelled".
const char* jobStateName(JobState state);
JobState jobStateFromName(const std::string& name);

struct JobRecord {
    int64_t id = 0;
    int64_t position = 0;  ///< order among queued jobs (smaller runs first)
    JobState state = JobState::Invalid;
    std::string requestJson;  ///< the job request (queue_runner.h: JobSpec as JSON)
    std::string prompt, task, model, device;
    std::string worker;  ///< the device running it
    std::string stage;   ///< current stage of a running job
    int step = 0, total = 0;
    double progress = 0;  ///< 0..1 over the whole job
    std::string error;
    int attempts = 0;  ///< times it was started
    bool cancelRequested = false;
    int64_t clipId = 0;  ///< the clip it made
    int64_t createdMs = 0, startedMs = 0, finishedMs = 0;
    bool hasPreview = false;
};

struct JobProgress {
    std::string stage;
    int step = 0, total = 0;
    double fraction = 0;             ///< 0..1 over the whole job
    const Frame* preview = nullptr;  ///< latest preview frame, stored as PNG
};

class JobQueue {
public:
    explicit JobQueue(ProjectLibrary& project) : project_(project) {}

    /// Adds a job at the end of the queue; `requestJson` is an object with at least "task".
    int64_t add(const std::string& requestJson) { return addAll({requestJson}).front(); }
    /// Adds jobs at the end of the queue in one transaction; returns their ids in order.
    std::vector<int64_t> addAll(const std::vector<std::string>& requestJsons);
    JobRecord job(int64_t id);
    /// Running jobs, then queued ones in order, then finished ones.
    std::vector<JobRecord> list(bool includeFinished = true);
    int64_t count(JobState state);
    /// Moves a queued job to `index` among the queued jobs (0 = next; past the end = last).
    void move(int64_t id, int index);
    /// Cancels a queued job at once; asks the runner to stop a running one.
    void cancel(int64_t id);
    /// Puts a failed or cancelled job back at the end of the queue.
    void retry(int64_t id);
    /// Adds a copy of a job with another seed (a variation) at the end of the queue; returns its id.
    int64_t duplicate(int64_t id, int64_t seed);

    /// Marks the next queued job a worker on `device` may run as running and returns it. A request with
    /// seed -1 gets `seed` here, so a retry after a crash makes the same clip.
    std::optional<JobRecord> claimNext(const std::string& device, int64_t seed);
    /// For a runner starting up, alone: jobs left running by a dead process go back to the queue, or
    /// fail once they have been started `maxAttempts` times. Returns how many were requeued.
    int recoverInterrupted(int maxAttempts);
    /// Stores progress (and the preview); returns true when a cancel was requested.
    bool reportProgress(int64_t id, const JobProgress& progress);
    void fail(int64_t id, const std::string& error);
    void markCancelled(int64_t id);
    /// Returns a running job to the front of the queue (the runner is stopping); not counted as an attempt.
    void requeue(int64_t id);
    /// PNG bytes of the latest preview (empty when none).
    std::vector<uint8_t> preview(int64_t id);

private:
    int64_t nextPosition();
    JobRecord require(int64_t id);

    ProjectLibrary& project_;
};

}  // namespace tessera::app
