// The queue's rows: order, cancel, retry, variations, claiming by device, recovery after a crash.
#include <gtest/gtest.h>

#include "project/database.h"
#include "tessera/app/queue.h"
#include "test_project_support.h"

using namespace tessera;
using namespace tessera::app;
using namespace tessera::app::testing;
using nlohmann::json;

namespace {

std::string request(const std::string& prompt, int64_t seed = -1, const std::string& device = "") {
    return json{{"task", "t2v"}, {"prompt", prompt}, {"seed", seed}, {"device", device}, {"model_name", "random"}}
        .dump();
}

std::vector<std::string> queuedPrompts(JobQueue& q) {
    std::vector<std::string> out;
    for (const auto& j : q.list(false))
        if (j.state == JobState::Queued) out.push_back(j.prompt);
    return out;
}

std::string errorOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const ProjectError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST(QueueJobs, RunInTheOrderAddedAndCanBeReordered) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    JobQueue q(*p);
    const int64_t a = q.add(request("a"));
    q.add(request("b"));
    const int64_t c = q.add(request("c"));
    EXPECT_EQ(queuedPrompts(q), (std::vector<std::string>{"a", "b", "c"}));
    q.move(c, 0);
    EXPECT_EQ(queuedPrompts(q), (std::vector<std::string>{"c", "a", "b"}));
    q.move(c, 99);
    EXPECT_EQ(queuedPrompts(q), (std::vector<std::string>{"a", "b", "c"}));
    q.move(a, 1);
    EXPECT_EQ(queuedPrompts(q), (std::vector<std::string>{"b", "a", "c"}));
    EXPECT_EQ(q.claimNext("cpu", 5)->prompt, "b");
    EXPECT_NE(errorOf([&] { q.move(q.list()[0].id, 0); }).find("is not queued"), std::string::npos);
}

TEST(QueueJobs, RefusesARequestWithoutATask) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    JobQueue q(*p);
    EXPECT_NE(errorOf([&] { q.add("{\"prompt\": \"x\"}"); }).find("needs a \"task\""), std::string::npos);
    EXPECT_NE(errorOf([&] { q.add("not json"); }).find("JSON object"), std::string::npos);
    EXPECT_EQ(q.list().size(), 0u);
}

TEST(QueueJobs, ClaimingGivesARandomSeedRequestItsSeedOnce) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    JobQueue q(*p);
    const int64_t random = q.add(request("random seed"));
    const int64_t fixed = q.add(request("fixed seed", 42));
    auto j = q.claimNext("cpu", 1234);
    ASSERT_TRUE(j);
    EXPECT_EQ(j->id, random);
    EXPECT_EQ(json::parse(j->requestJson)["seed"], 1234);
    EXPECT_EQ(json::parse(q.job(random).requestJson)["seed"], 1234) << "stored, so a retry makes the same clip";
    EXPECT_EQ(q.job(random).state, JobState::Running);
    EXPECT_EQ(q.job(random).attempts, 1);
    j = q.claimNext("cpu", 999);
    EXPECT_EQ(j->id, fixed);
    EXPECT_EQ(json::parse(j->requestJson)["seed"], 42);
    EXPECT_FALSE(q.claimNext("cpu", 1));
}

TEST(QueueJobs, AWorkerClaimsOnlyJobsForItsDevice) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    JobQueue q(*p);
    const int64_t gpu = q.add(request("gpu only", 1, "cuda"));
    const int64_t gpu1 = q.add(request("second gpu", 1, "cuda:1"));
    const int64_t any = q.add(request("anywhere", 1));
    EXPECT_EQ(q.claimNext("cpu", 1)->id, any);
    EXPECT_FALSE(q.claimNext("cpu", 1));
    EXPECT_EQ(q.claimNext("cuda:0", 1)->id, gpu);
    EXPECT_FALSE(q.claimNext("cuda:0", 1));
    EXPECT_EQ(q.claimNext("cuda:1", 1)->id, gpu1);
}

TEST(QueueJobs, CancelStopsAQueuedJobAndAsksARunningOneToStop) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    JobQueue q(*p);
    const int64_t running = q.add(request("running"));
    const int64_t queued = q.add(request("queued"));
    q.claimNext("cpu", 1);
    q.cancel(queued);
    EXPECT_EQ(q.job(queued).state, JobState::Cancelled);
    EXPECT_FALSE(q.reportProgress(running, {"sample", 1, 4, 0.25, nullptr}));
    q.cancel(running);
    EXPECT_EQ(q.job(running).state, JobState::Running);
    EXPECT_TRUE(q.reportProgress(running, {"sample", 2, 4, 0.5, nullptr})) << "the runner learns of the cancel";
    q.markCancelled(running);
    EXPECT_EQ(q.job(running).state, JobState::Cancelled);
    EXPECT_NE(errorOf([&] { q.cancel(running); }).find("already cancelled"), std::string::npos);
}

TEST(QueueJobs, RetryRequeuesFailedAndCancelledJobsOnly) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    JobQueue q(*p);
    const int64_t id = q.add(request("flaky", 3));
    q.claimNext("cpu", 1);
    q.fail(id, "the model folder is gone");
    EXPECT_EQ(q.job(id).state, JobState::Failed);
    EXPECT_EQ(q.job(id).error, "the model folder is gone");
    q.retry(id);
    JobRecord j = q.job(id);
    EXPECT_EQ(j.state, JobState::Queued);
    EXPECT_EQ(j.error, "");
    EXPECT_EQ(j.attempts, 0);
    EXPECT_NE(errorOf([&] { q.retry(id); }).find("only failed or cancelled"), std::string::npos);
}

TEST(QueueJobs, DuplicateMakesAVariationWithANewSeed) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    JobQueue q(*p);
    const int64_t id = q.add(request("a red ball", 42));
    const int64_t copy = q.duplicate(id, 43);
    EXPECT_NE(copy, id);
    json a = json::parse(q.job(id).requestJson), b = json::parse(q.job(copy).requestJson);
    EXPECT_EQ(b["seed"], 43);
    b["seed"] = 42;
    EXPECT_EQ(a, b) << "everything else is the same";
    EXPECT_EQ(queuedPrompts(q).size(), 2u);
}

TEST(QueueJobs, AfterACrashRunningJobsAreRequeuedUpToTheRetryLimit) {
    TempDir t;
    const std::string dir = t / "p";
    int64_t once = 0, often = 0;
    {
        auto p = ProjectLibrary::create(dir);
        JobQueue q(*p);
        once = q.add(request("interrupted once", 1));
        often = q.add(request("interrupted often", 2));
        // `often` was started three times already (two earlier crashes).
        p->database().exec("UPDATE jobs SET attempts = 2 WHERE id = " + std::to_string(often));
        q.claimNext("cpu", 1);
        q.claimNext("cpu", 1);
        q.reportProgress(once, {"sample", 3, 4, 0.7, nullptr});
    }  // the process "dies" with both running
    auto p = ProjectLibrary::open(dir);
    JobQueue q(*p);
    EXPECT_EQ(q.recoverInterrupted(3), 1);
    JobRecord j = q.job(once);
    EXPECT_EQ(j.state, JobState::Queued);
    EXPECT_EQ(j.progress, 0);
    j = q.job(often);
    EXPECT_EQ(j.state, JobState::Failed);
    EXPECT_NE(j.error.find("stopped 3 times"), std::string::npos) << j.error;
    EXPECT_EQ(q.claimNext("cpu", 1)->id, once);
}

TEST(QueueJobs, StoppingTheRunnerPutsAJobBackWithoutCountingAnAttempt) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    JobQueue q(*p);
    const int64_t id = q.add(request("x", 1));
    q.claimNext("cpu", 1);
    q.requeue(id);
    EXPECT_EQ(q.job(id).state, JobState::Queued);
    EXPECT_EQ(q.job(id).attempts, 0);
}

TEST(QueueJobs, KeepsTheLatestPreviewAsPng) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    JobQueue q(*p);
    const int64_t id = q.add(request("x", 1));
    q.claimNext("cpu", 1);
    Frame preview(640, 480, 10, 200, 30);
    q.reportProgress(id, {"sample", 1, 2, 0.4, &preview});
    auto png = q.preview(id);
    ASSERT_GT(png.size(), 8u);
    EXPECT_EQ(std::string(png.begin() + 1, png.begin() + 4), "PNG");
    EXPECT_TRUE(q.job(id).hasPreview);
    EXPECT_DOUBLE_EQ(q.job(id).progress, 0.4);
    EXPECT_EQ(q.job(id).stage, "sample");
}

TEST(QueueJobs, StoringTheClipFinishesTheJobInTheSameTransaction) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    JobQueue q(*p);
    const int64_t id = q.add(request("a red ball", 7));
    q.claimNext("cpu", 1);
    const int64_t clip = addFakeClip(*p, "a red ball", 7, {}, id);
    JobRecord j = q.job(id);
    EXPECT_EQ(j.state, JobState::Done);
    EXPECT_EQ(j.clipId, clip);
    EXPECT_DOUBLE_EQ(j.progress, 1.0);
}
