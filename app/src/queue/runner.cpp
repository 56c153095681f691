#include <chrono>
#include <filesystem>
#include <random>

#include "project/files.h"
#include "tessera/app/queue_runner.h"
#include "tessera/engine.h"

namespace tessera::app {

namespace {

// Progress rows are written at most this often (a step of a tiny model takes milliseconds).
constexpr auto kProgressInterval = std::chrono::milliseconds(250);

int64_t randomSeed() {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    return static_cast<int64_t>(rng() >> 1);
}

QImage toImage(const Frame& f) {
    return QImage(f.rgb.data(), f.width, f.height, f.width * 3, QImage::Format_RGB888).copy();
}

}  // namespace

QueueRunner::QueueRunner(std::string projectDir, RunnerOptions options, QObject* parent)
    : QObject(parent), dir_(std::move(projectDir)), options_(std::move(options)) {}

QueueRunner::~QueueRunner() {
    stop();
    wait();
}

void QueueRunner::start() {
    project_ = ProjectLibrary::open(dir_);
    runnerLock_ = std::make_unique<FolderLock>(project_->mediaPath(""));
    if (!runnerLock_->tryExclusive())
        throw ProjectError("the queue of " + dir_ +
                           " is already being run by another process (tessera queue run or "
                           "the studio); add jobs with `tessera queue add` and that process will run them");
    // We hold the runner lock: a job still marked running belongs to a process that died.
    recovered_ = JobQueue(*project_).recoverInterrupted(options_.maxAttempts);
    std::vector<std::string> devices = options_.devices;
    if (devices.empty()) devices.push_back(defaultDevice());
    live_ = static_cast<int>(devices.size());
    for (const auto& d : devices) workers_.emplace_back([this, d] { workerLoop(d); });
}

void QueueRunner::stop() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
        for (auto& [id, flag] : cancels_) *flag = true;
    }
    allDone_.notify_all();
}

bool QueueRunner::wait(int timeoutMs) {
    {
        std::unique_lock<std::mutex> lock(mutex_);
        auto done = [this] { return live_ == 0; };
        if (timeoutMs < 0) {
            allDone_.wait(lock, done);
        } else if (!allDone_.wait_for(lock, std::chrono::milliseconds(timeoutMs), done)) {
            return false;
        }
    }
    for (auto& w : workers_)
        if (w.joinable()) w.join();
    return true;
}

void QueueRunner::cancel(int64_t jobId) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = cancels_.find(jobId);
    if (it != cancels_.end()) *it->second = true;
}

void QueueRunner::emitEvent(const JobEvent& e) {
    if (callback_) callback_(e);
    switch (e.kind) {
        case JobEvent::Kind::Started:
            Q_EMIT jobStarted(e.jobId, QString::fromStdString(e.device));
            break;
        case JobEvent::Kind::Progress:
            Q_EMIT jobProgress(e.jobId, QString::fromStdString(e.progress.stage), e.progress.step, e.progress.total,
                               e.fraction);
            if (!e.progress.preview.empty()) Q_EMIT jobPreview(e.jobId, toImage(e.progress.preview));
            break;
        case JobEvent::Kind::Finished:
        case JobEvent::Kind::WorkerError:
            Q_EMIT jobFinished(e.jobId, QString(jobStateName(e.state)), e.clipId, QString::fromStdString(e.error));
            break;
        default:
            break;
    }
}

void QueueRunner::workerLoop(const std::string& device) {
    try {
        OpenOptions o;
        o.maintenance = false;  // the runner's own connection did it
        auto project = ProjectLibrary::open(dir_, o);
        JobQueue queue(*project);
        ModelCache models;
        while (!stopping_) {
            std::optional<JobRecord> job = queue.claimNext(device, randomSeed());
            if (job) {
                runJob(*project, queue, *job, models, device);
                continue;
            }
            if (options_.untilEmpty) break;
            std::unique_lock<std::mutex> lock(mutex_);
            allDone_.wait_for(lock, std::chrono::milliseconds(options_.pollMs), [this] { return stopping_.load(); });
        }
    } catch (const std::exception& e) {
        // The project itself failed (disk full, removed folder): this worker cannot go on.
        JobEvent ev;
        ev.kind = JobEvent::Kind::WorkerError;
        ev.device = device;
        ev.state = JobState::Failed;
        ev.error = e.what();
        emitEvent(ev);
    }
    bool last = false;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        last = --live_ == 0;
    }
    allDone_.notify_all();
    if (last) Q_EMIT finished();
}

void QueueRunner::runJob(ProjectLibrary& project, JobQueue& queue, const JobRecord& job, ModelCache& models,
                         const std::string& device) {
    std::atomic<bool> cancel{false};
    {
        std::lock_guard<std::mutex> lock(mutex_);
        cancels_[job.id] = &cancel;
        if (stopping_) cancel = true;
    }
    JobEvent ev;
    ev.jobId = job.id;
    ev.device = device;
    ev.kind = JobEvent::Kind::Started;
    emitEvent(ev);

    auto lastWrite = std::chrono::steady_clock::now() - kProgressInterval;
    std::string lastStage;
    bool refine = false;
    auto onProgress = [&](const Progress& p) {
        JobEvent pe = ev;
        pe.kind = JobEvent::Kind::Progress;
        pe.progress = p;
        pe.fraction = jobFraction(p, refine);
        emitEvent(pe);
        const auto now = std::chrono::steady_clock::now();
        if (p.stage == lastStage && now - lastWrite < kProgressInterval) return;
        lastStage = p.stage;
        lastWrite = now;
        if (queue.reportProgress(job.id, {p.stage, p.step, p.total, pe.fraction, &p.preview})) cancel = true;
    };

    ev.kind = JobEvent::Kind::Finished;
    try {
        JobSpec spec = jobSpecFromJson(job.requestJson);
        refine = spec.request.refine;
        ev.clipId = runSpec(project, spec, models, onProgress, &cancel, job.id);
        ev.state = JobState::Done;
    } catch (const GenerationError& e) {
        if (e.kind() == ErrorKind::Cancelled && stopping_) {
            queue.requeue(job.id);
            ev.state = JobState::Queued;
        } else if (e.kind() == ErrorKind::Cancelled) {
            queue.markCancelled(job.id);
            ev.state = JobState::Cancelled;
        } else {
            ev.error = e.what();
            queue.fail(job.id, ev.error);
            ev.state = JobState::Failed;
        }
    } catch (const std::exception& e) {
        ev.error = e.what();
        queue.fail(job.id, ev.error);
        ev.state = JobState::Failed;
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        cancels_.erase(job.id);
    }
    emitEvent(ev);
}

}  // namespace tessera::app
