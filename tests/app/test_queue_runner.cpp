// The queue runner on a random-weight model: jobs become playable clips, inputs come from the project,
// cancel/stop/one-runner rules, and regenerating a clip gives identical frames.
#include <gtest/gtest.h>

#include <thread>

#include "tessera/app/library_import.h"
#include "tessera/app/media.h"
#include "tessera/app/queue_runner.h"
#include "tessera/random_bundle.h"
#include "test_project_support.h"

using namespace tessera;
using namespace tessera::app;
using namespace tessera::app::testing;

namespace {

// One random-weight bundle for the whole suite (writing it takes a moment).
const std::string& bundle() {
    static TempDir dir;
    static const std::string path = [] {
        const std::string p = dir / "bundle";
        dev::writeRandomBundle(p);
        return p;
    }();
    return path;
}

JobSpec tinySpec(const std::string& prompt, int64_t seed, int steps = 2) {
    JobSpec s;
    s.model = bundle();
    s.request.prompt = prompt;
    s.request.task = Task::TextToVideo;
    s.request.width = 64;
    s.request.height = 48;
    s.request.frames = 5;
    s.request.steps = steps;
    s.request.seed = seed;
    s.request.device = "cpu";
    return s;
}

void runUntilEmpty(const std::string& dir, QueueRunner* runner = nullptr) {
    RunnerOptions o;
    o.devices = {"cpu"};
    o.untilEmpty = true;
    QueueRunner own(dir, o);
    QueueRunner& r = runner ? *runner : own;
    r.start();
    ASSERT_TRUE(r.wait(120000));
}

bool sameFrames(const Clip& a, const Clip& b) {
    if (a.frameCount() != b.frameCount()) return false;
    for (int i = 0; i < a.frameCount(); ++i)
        if (a.frames[i].rgb != b.frames[i].rgb) return false;
    return true;
}

}  // namespace

TEST(JobSpecJson, RoundTripsEverySettingAndInput) {
    JobSpec s = tinySpec("a red ball", 42);
    s.request.task = Task::ExtendForward;
    s.request.negativePrompt = "blurry";
    s.request.enhancePrompt = false;
    s.request.guidance = 4.5;
    s.request.guidanceLow = 0.2;
    s.request.guidanceHigh = 0.9;
    s.request.shift = 2.0;
    s.request.sampler = "euler";
    s.request.strength = 0.4;
    s.request.refine = true;
    s.request.backwardExtension = "reversed";
    s.request.textToVideo = "image-first";
    s.request.loopFromText = "ring";
    s.request.fps = 12;
    s.seconds = 1.5;
    s.modelName = "random";
    s.inputs["video"] = InputRef{0, 7};
    s.inputs["image"] = InputRef{3, 0};
    const JobSpec back = jobSpecFromJson(jobSpecToJson(s));
    EXPECT_EQ(jobSpecToJson(back), jobSpecToJson(s));
    EXPECT_EQ(back.request.task, Task::ExtendForward);
    EXPECT_EQ(back.inputs.at("video").clipId, 7);
    EXPECT_EQ(back.inputs.at("image").assetId, 3);
    EXPECT_DOUBLE_EQ(back.seconds, 1.5);
    EXPECT_FALSE(back.request.enhancePrompt);
    EXPECT_EQ(back.request.backwardExtension, "reversed");
    EXPECT_EQ(back.request.textToVideo, "image-first");
    EXPECT_EQ(back.request.loopFromText, "ring");
    EXPECT_DOUBLE_EQ(back.request.guidanceLow, 0.2);
    EXPECT_DOUBLE_EQ(back.request.guidanceHigh, 0.9);
    // A request written before the interval existed leaves it to the model.
    const JobSpec old = jobSpecFromJson(R"({"task": "t2v", "prompt": "a red ball"})");
    EXPECT_LT(old.request.guidanceLow, 0);
    EXPECT_LT(old.request.guidanceHigh, 0);
    EXPECT_EQ(old.request.loopFromText, "");
}

TEST(JobSpecJson, NamesTheBadField) {
    auto error = [](const std::string& json) {
        try {
            jobSpecFromJson(json);
        } catch (const ProjectError& e) {
            return std::string(e.what());
        }
        return std::string("(no error)");
    };
    EXPECT_NE(error(R"({"task": "t2v", "steps": "many"})").find("'steps' has the wrong type"), std::string::npos);
    EXPECT_NE(error(R"({"task": "dance"})").find("unknown task 'dance'"), std::string::npos);
    EXPECT_NE(error(R"({"task": "t2v", "inputs": {"sound": {"asset": 1}}})").find("unknown input 'sound'"),
              std::string::npos);
    EXPECT_NE(error(R"({"task": "t2v", "inputs": {"video": {"asset": 1, "clip": 2}}})").find("exactly one"),
              std::string::npos);
    EXPECT_NE(error(R"({"task": "t2v", "version": 99})").find("newer Tessera"), std::string::npos);
    EXPECT_NE(error(R"({"task": "t2v", "guidance_interval": [0.5]})").find("'guidance_interval' must be two numbers"),
              std::string::npos);
}

TEST(QueueRunner, RunsQueuedJobsToPlayableClipsWithProgress) {
    TempDir t;
    const std::string dir = t / "p";
    std::vector<int64_t> ids;
    {
        auto p = ProjectLibrary::create(dir);
        JobQueue q(*p);
        ids.push_back(q.add(jobSpecToJson(tinySpec("a red ball bouncing", 1))));
        ids.push_back(q.add(jobSpecToJson(tinySpec("a blue cube spinning", 2))));
    }
    RunnerOptions o;
    o.devices = {"cpu"};
    o.untilEmpty = true;
    QueueRunner runner(dir, o);
    std::atomic<int> progressEvents{0}, finishedSignals{0};
    runner.setCallback([&](const JobEvent& e) {
        if (e.kind == JobEvent::Kind::Progress) ++progressEvents;
    });
    QObject::connect(
        &runner, &QueueRunner::jobFinished, &runner,
        [&](qint64, QString state, qint64 clip, QString) {
            if (state == "done" && clip > 0) ++finishedSignals;
        },
        Qt::DirectConnection);
    runUntilEmpty(dir, &runner);
    EXPECT_GT(progressEvents, 4);
    EXPECT_EQ(finishedSignals, 2);

    auto p = ProjectLibrary::open(dir);
    JobQueue q(*p);
    for (int64_t id : ids) {
        const JobRecord j = q.job(id);
        ASSERT_EQ(j.state, JobState::Done) << j.error;
        const ClipRecord c = p->clip(j.clipId);
        const Clip decoded = readClip(p->mediaPath(c.file.name));
        EXPECT_EQ(decoded.frameCount(), 5);
        EXPECT_EQ(decoded.width(), 64);
        EXPECT_EQ(decoded.height(), 48);
        EXPECT_EQ(p->generation(c.generationId).seed, id == ids[0] ? 1 : 2);
        EXPECT_FALSE(p->clipThumbnail(c.id).empty());
    }
    EXPECT_EQ(p->search("cube").size(), 1u);
    EXPECT_TRUE(p->check().ok());
}

TEST(Regenerate, TheStoredRecipeGivesIdenticalFramesOnTheSameDevice) {
    TempDir t;
    const std::string dir = t / "p";
    {
        auto p = ProjectLibrary::create(dir);
        JobQueue(*p).add(jobSpecToJson(tinySpec("waves on a stormy sea", -1)));  // the seed is picked at run time
    }
    runUntilEmpty(dir);
    auto p = ProjectLibrary::open(dir);
    const ClipRecord original = p->clips().at(0);
    ModelCache models;
    const int64_t again = regenerateClip(*p, original.id, models, {}, nullptr);
    const ClipRecord copy = p->clip(again);
    EXPECT_EQ(copy.parentClipId, original.id);
    EXPECT_EQ(p->generation(copy.generationId).seed, p->generation(original.generationId).seed);
    EXPECT_EQ(p->latents(copy.generationId).bytes, p->latents(original.generationId).bytes);
    EXPECT_TRUE(sameFrames(readClip(p->mediaPath(copy.file.name)), readClip(p->mediaPath(original.file.name))));
    EXPECT_EQ(copy.file.sha256, original.file.sha256) << "identical frames encode to the identical file";
}

TEST(QueueRunner, TakesInputsFromTheProjectAndRecordsThem) {
    TempDir t;
    const std::string dir = t / "p";
    writeImage(t / "start.png", Frame(64, 48, 200, 40, 40));
    int64_t first = 0, extended = 0, fromImage = 0;
    {
        auto p = ProjectLibrary::create(dir);
        JobQueue(*p).add(jobSpecToJson(tinySpec("a red ball", 5)));
    }
    runUntilEmpty(dir);
    {
        auto p = ProjectLibrary::open(dir);
        first = p->clips().at(0).id;
        const int64_t asset = importFiles(*p, {t / "start.png"}).at(0).assetId;
        JobSpec extend = tinySpec("the ball rolls on", 6);
        extend.request.task = Task::ExtendForward;
        extend.request.frames = 4;
        extend.inputs["video"] = InputRef{0, first};
        JobSpec i2v = tinySpec("a red square glows", 7);
        i2v.request.task = Task::ImageToVideo;
        i2v.inputs["image"] = InputRef{asset, 0};
        JobQueue q(*p);
        extended = q.add(jobSpecToJson(extend));
        fromImage = q.add(jobSpecToJson(i2v));
    }
    runUntilEmpty(dir);
    auto p = ProjectLibrary::open(dir);
    JobQueue q(*p);
    const JobRecord e = q.job(extended), i = q.job(fromImage);
    ASSERT_EQ(e.state, JobState::Done) << e.error;
    ASSERT_EQ(i.state, JobState::Done) << i.error;
    const ClipRecord ec = p->clip(e.clipId);
    EXPECT_EQ(ec.parentClipId, first);
    EXPECT_GT(ec.frames, 5) << "the extension holds the original and the new frames";
    EXPECT_EQ(p->generation(ec.generationId).inputs.at("video").clipId, first);
    EXPECT_EQ(p->generation(p->clip(i.clipId).generationId).inputs.at("image").assetId, 1);
    EXPECT_THROW(p->deleteClips({first}), ProjectError) << "the extension's recipe needs it";
}

TEST(QueueRunner, AFailingJobFailsWithItsReasonAndTheNextOneRuns) {
    TempDir t;
    const std::string dir = t / "p";
    int64_t bad = 0, good = 0;
    {
        auto p = ProjectLibrary::create(dir);
        JobQueue q(*p);
        JobSpec s = tinySpec("x", 1);
        s.model = t / "no_such_model";
        bad = q.add(jobSpecToJson(s));
        good = q.add(jobSpecToJson(tinySpec("y", 2)));
    }
    runUntilEmpty(dir);
    auto p = ProjectLibrary::open(dir);
    JobQueue q(*p);
    EXPECT_EQ(q.job(bad).state, JobState::Failed);
    EXPECT_NE(q.job(bad).error.find("no_such_model"), std::string::npos) << q.job(bad).error;
    EXPECT_EQ(q.job(good).state, JobState::Done);
}

TEST(QueueRunner, CancelStopsARunningJobAndStoresNothing) {
    TempDir t;
    const std::string dir = t / "p";
    int64_t id = 0;
    {
        auto p = ProjectLibrary::create(dir);
        id = JobQueue(*p).add(jobSpecToJson(tinySpec("long", 1, 1000)));
    }
    RunnerOptions o;
    o.devices = {"cpu"};
    o.untilEmpty = true;
    QueueRunner runner(dir, o);
    std::atomic<bool> asked{false};
    runner.setCallback([&](const JobEvent& e) {
        if (e.kind == JobEvent::Kind::Progress && e.progress.stage == "sample" && !asked.exchange(true)) {
            // Another connection asks, as `tessera queue cancel` from another process would.
            OpenOptions quiet;
            quiet.maintenance = false;
            auto other = ProjectLibrary::open(dir, quiet);
            JobQueue(*other).cancel(e.jobId);
        }
    });
    runner.start();
    ASSERT_TRUE(runner.wait(120000));
    auto p = ProjectLibrary::open(dir);
    EXPECT_EQ(JobQueue(*p).job(id).state, JobState::Cancelled);
    EXPECT_EQ(p->summary().clips, 0);
}

TEST(QueueRunner, StopPutsTheRunningJobBackAndOnlyOneRunnerRunsAProject) {
    TempDir t;
    const std::string dir = t / "p";
    int64_t id = 0;
    {
        auto p = ProjectLibrary::create(dir);
        id = JobQueue(*p).add(jobSpecToJson(tinySpec("long", 1, 1000)));
    }
    RunnerOptions o;
    o.devices = {"cpu"};
    QueueRunner runner(dir, o);
    std::atomic<bool> sampling{false};
    runner.setCallback([&](const JobEvent& e) {
        if (e.kind == JobEvent::Kind::Progress && e.progress.stage == "sample") sampling = true;
    });
    runner.start();
    QueueRunner second(dir, o);
    try {
        second.start();
        ADD_FAILURE() << "a second runner started";
    } catch (const ProjectError& e) {
        EXPECT_NE(std::string(e.what()).find("already being run by another process"), std::string::npos) << e.what();
    }
    while (!sampling) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    runner.stop();
    ASSERT_TRUE(runner.wait(60000));
    auto p = ProjectLibrary::open(dir);
    const JobRecord j = JobQueue(*p).job(id);
    EXPECT_EQ(j.state, JobState::Queued);
    EXPECT_EQ(j.attempts, 0);
}
