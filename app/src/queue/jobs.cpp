#include <algorithm>
#include <nlohmann/json.hpp>

#include "project/codecs.h"
#include "project/database.h"
#include "tessera/app/queue.h"

using nlohmann::json;

namespace tessera::app {

namespace {

constexpr int kPreviewSide = 320;

constexpr const char* kJobColumns =
    "id, position, state, request, prompt, task, model, device, worker, stage, step, total, progress, error, "
    "attempts, cancel_requested, coalesce(clip_id, 0), created_at, coalesce(started_at, 0), "
    "coalesce(finished_at, 0), preview IS NOT NULL";

JobRecord readJob(const Statement& st) {
    JobRecord j;
    j.id = st.int64(0);
    j.position = st.int64(1);
    j.state = jobStateFromName(st.text(2));
    j.requestJson = st.text(3);
    j.prompt = st.text(4);
    j.task = st.text(5);
    j.model = st.text(6);
    j.device = st.text(7);
    j.worker = st.text(8);
    j.stage = st.text(9);
    j.step = static_cast<int>(st.int64(10));
    j.total = static_cast<int>(st.int64(11));
    j.progress = st.real(12);
    j.error = st.text(13);
    j.attempts = static_cast<int>(st.int64(14));
    j.cancelRequested = st.int64(15) != 0;
    j.clipId = st.int64(16);
    j.createdMs = st.int64(17);
    j.startedMs = st.int64(18);
    j.finishedMs = st.int64(19);
    j.hasPreview = st.int64(20) != 0;
    return j;
}

json parseRequest(const std::string& requestJson) {
    json r = json::parse(requestJson, nullptr, false);
    if (!r.is_object()) throw ProjectError("a job request must be a JSON object");
    if (!r.contains("task") || !r["task"].is_string() || r["task"].get<std::string>().empty())
        throw ProjectError("a job request needs a \"task\"");
    return r;
}

std::string str(const json& r, const char* key) {
    auto it = r.find(key);
    return it != r.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

const char* jobStateName(JobState state) {
    switch (state) {
        case JobState::Queued:
            return "queued";
        case JobState::Running:
            return "running";
        case JobState::Done:
            return "done";
        case JobState::Failed:
            return "failed";
        case JobState::Cancelled:
            return "cancelled";
        default:
            return "invalid";
    }
}

JobState jobStateFromName(const std::string& name) {
    for (JobState s : {JobState::Queued, JobState::Running, JobState::Done, JobState::Failed, JobState::Cancelled})
        if (name == jobStateName(s)) return s;
    return JobState::Invalid;
}

int64_t JobQueue::nextPosition() {
    return project_.database().queryInt("SELECT coalesce(max(position), 0) + 1 FROM jobs");
}

JobRecord JobQueue::require(int64_t id) {
    auto st = project_.database().prepare(std::string("SELECT ") + kJobColumns + " FROM jobs WHERE id = ?");
    st.bind(id);
    if (!st.step()) throw ProjectError(project_.dir() + ": there is no job " + std::to_string(id));
    return readJob(st);
}

std::vector<int64_t> JobQueue::addAll(const std::vector<std::string>& requestJsons) {
    std::vector<json> requests;
    for (const auto& text : requestJsons) requests.push_back(parseRequest(text));
    std::vector<int64_t> ids;
    project_.transact([&] {
        ids.clear();
        Database& db = project_.database();
        for (size_t i = 0; i < requests.size(); ++i) {
            const json& r = requests[i];
            const std::string model = str(r, "model_name").empty() ? str(r, "model") : str(r, "model_name");
            db.prepare(
                  "INSERT INTO jobs(position, state, request, prompt, task, model, device, created_at) "
                  "VALUES (?, 'queued', ?, ?, ?, ?, ?, ?)")
                .bind(nextPosition(), requestJsons[i], str(r, "prompt"), str(r, "task"), model, str(r, "device"),
                      nowMs())
                .run();
            ids.push_back(db.lastInsertId());
        }
    });
    return ids;
}

JobRecord JobQueue::job(int64_t id) {
    return require(id);
}

std::vector<JobRecord> JobQueue::list(bool includeFinished) {
    std::vector<JobRecord> out;
    std::string sql = std::string("SELECT ") + kJobColumns + " FROM jobs";
    if (!includeFinished) sql += " WHERE state IN ('queued', 'running')";
    sql +=
        " ORDER BY CASE state WHEN 'running' THEN 0 WHEN 'queued' THEN 1 ELSE 2 END, "
        "CASE WHEN state IN ('queued', 'running') THEN position ELSE id END";
    auto st = project_.database().prepare(sql);
    while (st.step()) out.push_back(readJob(st));
    return out;
}

int64_t JobQueue::count(JobState state) {
    auto st = project_.database().prepare("SELECT count(*) FROM jobs WHERE state = ?");
    st.bind(std::string(jobStateName(state)));
    return st.step() ? st.int64(0) : 0;
}

void JobQueue::move(int64_t id, int index) {
    project_.transact([&] {
        Database& db = project_.database();
        if (require(id).state != JobState::Queued)
            throw ProjectError("job " + std::to_string(id) + " is not queued, so it cannot be moved");
        std::vector<int64_t> order;
        auto st = db.prepare("SELECT id FROM jobs WHERE state = 'queued' AND id <> ? ORDER BY position");
        st.bind(id);
        while (st.step()) order.push_back(st.int64(0));
        order.insert(order.begin() + std::clamp<int64_t>(index, 0, static_cast<int64_t>(order.size())), id);
        // Queued jobs take the smallest positions in their new order; others keep theirs.
        const int64_t base = db.queryInt("SELECT coalesce(min(position), 1) FROM jobs WHERE state = 'queued'");
        for (size_t i = 0; i < order.size(); ++i)
            db.prepare("UPDATE jobs SET position = ? WHERE id = ?")
                .bind(base + static_cast<int64_t>(i), order[i])
                .run();
    });
}

void JobQueue::cancel(int64_t id) {
    project_.transact([&] {
        const JobRecord j = require(id);
        Database& db = project_.database();
        if (j.state == JobState::Queued) {
            db.prepare("UPDATE jobs SET state = 'cancelled', finished_at = ? WHERE id = ?").bind(nowMs(), id).run();
        } else if (j.state == JobState::Running) {
            db.prepare("UPDATE jobs SET cancel_requested = 1 WHERE id = ?").bind(id).run();
        } else {
            throw ProjectError("job " + std::to_string(id) + " is already " + jobStateName(j.state));
        }
    });
}

void JobQueue::retry(int64_t id) {
    project_.transact([&] {
        const JobRecord j = require(id);
        if (j.state != JobState::Failed && j.state != JobState::Cancelled)
            throw ProjectError("job " + std::to_string(id) + " is " + jobStateName(j.state) +
                               "; only failed or cancelled jobs can be retried" +
                               (j.state == JobState::Done ? " (duplicate it for a variation)" : ""));
        project_.database()
            .prepare(
                "UPDATE jobs SET state = 'queued', position = ?, attempts = 0, error = '', stage = '', step = 0, "
                "total = 0, progress = 0, cancel_requested = 0, preview = NULL, started_at = NULL, "
                "finished_at = NULL WHERE id = ?")
            .bind(nextPosition(), id)
            .run();
    });
}

int64_t JobQueue::duplicate(int64_t id, int64_t seed) {
    json r = parseRequest(require(id).requestJson);
    r["seed"] = seed;
    return add(r.dump());
}

std::optional<JobRecord> JobQueue::claimNext(const std::string& device, int64_t seed) {
    std::optional<JobRecord> claimed;
    project_.transact([&] {
        Database& db = project_.database();
        auto st = db.prepare(std::string("SELECT ") + kJobColumns +
                             " FROM jobs WHERE state = 'queued' AND (device = '' OR device = ?1 OR "
                             "(device = 'cuda' AND ?1 LIKE 'cuda%')) ORDER BY position LIMIT 1");
        st.bind(device);
        if (!st.step()) return;
        JobRecord j = readJob(st);
        json r = parseRequest(j.requestJson);
        if (r.value("seed", int64_t(-1)) < 0) r["seed"] = seed;
        j.requestJson = r.dump();
        j.state = JobState::Running;
        j.worker = device;
        j.attempts += 1;
        j.startedMs = nowMs();
        db.prepare(
              "UPDATE jobs SET state = 'running', request = ?, worker = ?, attempts = ?, started_at = ?, "
              "stage = '', step = 0, total = 0, progress = 0, error = '' WHERE id = ?")
            .bind(j.requestJson, device, j.attempts, j.startedMs, j.id)
            .run();
        claimed = j;
    });
    return claimed;
}

int JobQueue::recoverInterrupted(int maxAttempts) {
    int requeued = 0;
    project_.transact([&] {
        Database& db = project_.database();
        db.prepare(
              "UPDATE jobs SET state = 'failed', finished_at = ?, error = 'the process running it stopped ' || "
              "attempts || ' times (crash or kill); retry it to try again' WHERE state = 'running' AND "
              "attempts >= ?")
            .bind(nowMs(), maxAttempts)
            .run();
        db.exec(
            "UPDATE jobs SET state = 'queued', worker = '', stage = '', step = 0, total = 0, progress = 0, "
            "cancel_requested = 0 WHERE state = 'running'");
        requeued = db.changes();
    });
    return requeued;
}

bool JobQueue::reportProgress(int64_t id, const JobProgress& p) {
    std::vector<uint8_t> png;
    if (p.preview && !p.preview->empty()) {
        int w = 0, h = 0;
        png = encodePng(*p.preview, kPreviewSide, w, h);
    }
    bool cancel = false;
    project_.transact([&] {
        Database& db = project_.database();
        db.prepare("UPDATE jobs SET stage = ?, step = ?, total = ?, progress = ? WHERE id = ?")
            .bind(p.stage, p.step, p.total, p.fraction, id)
            .run();
        if (!png.empty())
            db.prepare("UPDATE jobs SET preview = ? WHERE id = ?").bind(BlobRef{png.data(), png.size()}, id).run();
        auto st = db.prepare("SELECT cancel_requested FROM jobs WHERE id = ?");
        st.bind(id);
        cancel = st.step() && st.int64(0) != 0;
    });
    return cancel;
}

void JobQueue::fail(int64_t id, const std::string& error) {
    project_.transact([&] {
        project_.database()
            .prepare("UPDATE jobs SET state = 'failed', error = ?, cancel_requested = 0, finished_at = ? WHERE id = ?")
            .bind(error, nowMs(), id)
            .run();
    });
}

void JobQueue::markCancelled(int64_t id) {
    project_.transact([&] {
        project_.database()
            .prepare("UPDATE jobs SET state = 'cancelled', cancel_requested = 0, finished_at = ? WHERE id = ?")
            .bind(nowMs(), id)
            .run();
    });
}

void JobQueue::requeue(int64_t id) {
    project_.transact([&] {
        project_.database()
            .prepare(
                "UPDATE jobs SET state = 'queued', worker = '', stage = '', step = 0, total = 0, progress = 0, "
                "attempts = max(attempts - 1, 0) WHERE id = ? AND state = 'running'")
            .bind(id)
            .run();
    });
}

std::vector<uint8_t> JobQueue::preview(int64_t id) {
    auto st = project_.database().prepare("SELECT preview FROM jobs WHERE id = ?");
    st.bind(id);
    return st.step() ? st.blob(0) : std::vector<uint8_t>();
}

}  // namespace tessera::app
