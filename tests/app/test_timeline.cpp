// The timeline model: every edit round-trips through the project library, undo/redo restore each
// state exactly (in memory and on disk), and every invalid edit is refused without changing anything.
#include <gtest/gtest.h>

#include <QUndoStack>
#include <functional>

#include "tessera/app/project.h"
#include "tessera/app/timeline.h"
#include "test_project_support.h"

namespace tessera::app {
namespace {

using testing::TempDir;

// A stored clip of `frames` frames at 16 fps (the file content is a stand-in; nothing decodes it).
int64_t addClip(ProjectLibrary& p, const std::string& prompt, int frames) {
    GenerationResult r = testing::fakeResult(prompt, 7, frames);
    NewGeneratedClip c;
    c.file = p.storeMedia(".mp4", [&](const std::string& tmp) { testing::writeFile(tmp, "clip " + prompt); });
    c.result = &r;
    c.requestJson = nlohmann::json{{"task", "t2v"}, {"prompt", prompt}, {"seed", 7}}.dump();
    return p.addGeneratedClip(c);
}

struct Fixture {
    TempDir dir;
    std::unique_ptr<ProjectLibrary> project = ProjectLibrary::create(dir / "p");
    int64_t timeline = createTimeline(*project, "Cut 1", 64, 48, 16);
    TimelineModel model{*project, timeline};
    int64_t video() const { return model.state().tracks[0].id; }
    int64_t titles() const { return model.state().tracks[1].id; }
    int64_t audio() const { return model.state().tracks[2].id; }
    TimelineState stored() { return loadTimeline(*project, timeline); }
};

// Runs an edit that must be refused; checks the message and that neither memory nor disk changed.
void expectRefused(Fixture& f, const std::function<void()>& edit, const std::string& expected) {
    const TimelineState before = f.model.state();
    const int undoCount = f.model.undoStack()->count();
    try {
        edit();
        ADD_FAILURE() << "the edit was accepted; expected: " << expected;
    } catch (const TimelineError& e) {
        EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
    }
    EXPECT_EQ(f.model.state(), before);
    EXPECT_EQ(f.stored(), before);
    EXPECT_EQ(f.model.undoStack()->count(), undoCount);
}

TEST(Timeline, CreateListAndFind) {
    Fixture f;
    auto list = listTimelines(*f.project);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].name, "Cut 1");
    EXPECT_EQ(findTimeline(*f.project, "Cut 1"), f.timeline);
    EXPECT_EQ(findTimeline(*f.project, std::to_string(f.timeline)), f.timeline);
    EXPECT_THROW(findTimeline(*f.project, "Nope"), TimelineError);
    EXPECT_THROW(createTimeline(*f.project, "Cut 1", 64, 48, 16), TimelineError);
    EXPECT_THROW(createTimeline(*f.project, "Odd", 63, 48, 16), TimelineError);
    EXPECT_THROW(createTimeline(*f.project, "Slow", 64, 48, 0), TimelineError);
    ASSERT_EQ(f.model.state().tracks.size(), 3u);
    EXPECT_EQ(f.model.state().tracks[0].kind, TrackKind::Video);
    EXPECT_EQ(f.model.state().tracks[1].kind, TrackKind::Title);
    EXPECT_EQ(f.model.state().tracks[2].kind, TrackKind::Audio);
}

TEST(Timeline, EditsRoundTripAndUndoRedoRestoreEveryState) {
    Fixture f;
    const int64_t a = addClip(*f.project, "a red circle", 16), b = addClip(*f.project, "a blue square", 16),
                  c = addClip(*f.project, "a green triangle", 32);
    std::vector<TimelineState> states{f.model.state()};
    auto step = [&](const std::function<void()>& edit) {
        edit();
        EXPECT_EQ(f.stored(), f.model.state());
        states.push_back(f.model.state());
    };
    int64_t ia = 0, ib = 0, ic = 0, right = 0, title = 0;
    step([&] { ia = f.model.requestInsert(f.video(), {a}); });
    step([&] { ib = f.model.requestInsert(f.video(), {b}); });
    step([&] { ic = f.model.requestInsert(f.video(), {c}); });
    EXPECT_EQ(f.model.state().item(ib)->start, 16);
    EXPECT_EQ(f.model.state().item(ic)->start, 32);
    EXPECT_EQ(f.model.state().duration(), 64);
    EXPECT_EQ(f.model.state().item(ia)->label, "a red circle");

    step([&] { f.model.requestTrim(ic, Edge::Right, -8); });
    EXPECT_EQ(f.model.state().item(ic)->out, 24);
    step([&] { f.model.requestTrim(ic, Edge::Left, 4); });
    EXPECT_EQ(f.model.state().item(ic)->start, 36);
    EXPECT_EQ(f.model.state().item(ic)->in, 4);
    step([&] { right = f.model.requestSplit(ib, 20); });
    EXPECT_EQ(f.model.state().item(ib)->out, 4);
    EXPECT_EQ(f.model.state().item(right)->in, 4);
    EXPECT_EQ(f.model.state().item(right)->start, 20);
    step([&] { f.model.requestSetTransition(right, Transition::Crossfade, 3); });
    EXPECT_EQ(f.model.state().item(right)->start, 17);  // overlaps the left part by 3 frames
    EXPECT_EQ(f.model.state().item(ic)->start, 33);     // and the items after it moved with it
    step([&] { f.model.requestSetTransition(ia, Transition::FadeFromBlack, 4); });
    step([&] { f.model.requestSetTransition(ic, Transition::FadeToBlack, 6); });
    step([&] { title = f.model.requestInsert(f.titles(), {0, 0, 0, TitleCard{"Lesson one"}}, 0); });
    EXPECT_EQ(f.model.state().item(title)->length(), 32);  // 2 s at 16 fps
    step([&] {
        TitleCard t{"Lesson one: shapes"};
        t.color = "#ffee00";
        f.model.requestSetTitle(title, t);
    });
    step([&] { f.model.requestMove(ia, f.video(), 70); });  // to the end, leaving a gap at the start
    EXPECT_EQ(f.model.state().duration(), 86);
    step([&] { f.model.requestRippleDelete(ib); });  // the crossfading part now follows nothing: a cut
    EXPECT_EQ(f.model.state().item(right)->start, 13);
    EXPECT_EQ(f.model.state().item(right)->crossfadeIn, 0);
    step([&] { f.model.requestAddTrack(TrackKind::Video, "V2"); });
    step([&] { f.model.requestRemoveTrack(f.model.state().tracks.back().id); });
    step([&] { f.model.requestRename("Final cut"); });

    // Undo back to the empty timeline, checking each state in memory and in the project.
    for (size_t i = states.size() - 1; i > 0; --i) {
        ASSERT_TRUE(f.model.canUndo());
        f.model.undo();
        EXPECT_EQ(f.model.state(), states[i - 1]) << "after undoing edit " << i;
        EXPECT_EQ(f.stored(), states[i - 1]) << "after undoing edit " << i;
    }
    EXPECT_FALSE(f.model.canUndo());
    for (size_t i = 1; i < states.size(); ++i) {
        f.model.redo();
        EXPECT_EQ(f.model.state(), states[i]) << "after redoing edit " << i;
        EXPECT_EQ(f.stored(), states[i]) << "after redoing edit " << i;
    }
    EXPECT_FALSE(f.model.canRedo());

    // A reopened project and a new model see the same timeline.
    f.project.reset();
    auto reopened = ProjectLibrary::open(f.dir / "p");
    EXPECT_EQ(loadTimeline(*reopened, f.timeline), states.back());
}

TEST(Timeline, InvalidEditsChangeNothing) {
    Fixture f;
    const int64_t a = addClip(*f.project, "a red circle", 16), b = addClip(*f.project, "a blue square", 16);
    const int64_t ia = f.model.requestInsert(f.video(), {a});
    const int64_t ib = f.model.requestInsert(f.video(), {b});
    expectRefused(f, [&] { f.model.requestMove(ib, f.video(), 10); }, "would overlap");
    expectRefused(f, [&] { f.model.requestMove(ib, f.video(), -1); }, "before the first frame");
    expectRefused(f, [&] { f.model.requestMove(ib, f.audio(), 40); }, "cannot go on track");
    expectRefused(f, [&] { f.model.requestTrim(ib, Edge::Right, 1); }, "outside its source");
    expectRefused(f, [&] { f.model.requestTrim(ib, Edge::Left, -1); }, "outside its source");
    expectRefused(f, [&] { f.model.requestTrim(ib, Edge::Right, -16); }, "shorter than one frame");
    expectRefused(f, [&] { f.model.requestSplit(ib, 16); }, "is not inside");
    expectRefused(f, [&] { f.model.requestSplit(ib, 32); }, "is not inside");
    expectRefused(f, [&] { f.model.requestSetTransition(ia, Transition::Crossfade, 2); }, "nothing before it");
    expectRefused(f, [&] { f.model.requestSetTransition(ib, Transition::Crossfade, 17); }, "longer than one of the two");
    expectRefused(f, [&] { f.model.requestSetTransition(ib, Transition::FadeToBlack, 17); }, "do not fit");
    expectRefused(f, [&] { f.model.requestInsert(f.titles(), {a}, 100); }, "cannot hold this item");
    expectRefused(f, [&] { f.model.requestInsert(f.video(), {a}, 5); }, "would overlap");
    expectRefused(f, [&] { f.model.requestInsert(f.titles(), {}, 0); }, "needs text");
    expectRefused(f, [&] { f.model.requestSetTitle(ia, TitleCard{"x"}); }, "not a title card");
    expectRefused(f, [&] { f.model.requestMove(999, f.video(), 0); }, "no item 999");
    expectRefused(f, [&] { f.model.requestRemoveTrack(999); }, "no track 999");
    EXPECT_THROW(f.model.requestInsert(f.video(), {424242}), ProjectError);
    // A move that breaks a crossfade turns it into a cut rather than leaving an overlap.
    f.model.requestSetTransition(ib, Transition::Crossfade, 4);
    EXPECT_EQ(f.model.state().item(ib)->start, 12);
    f.model.requestMove(ib, f.video(), 40);
    EXPECT_EQ(f.model.state().item(ib)->crossfadeIn, 0);
    EXPECT_EQ(f.stored(), f.model.state());
}

TEST(Timeline, MutedAndLockedTracks) {
    Fixture f;
    const int64_t a = addClip(*f.project, "a red circle", 16);
    const int64_t ia = f.model.requestInsert(f.video(), {a});
    f.model.requestSetTrackMuted(f.video(), true);
    f.model.requestSetTrackLocked(f.video(), true);
    EXPECT_TRUE(f.stored().track(f.video())->muted);
    EXPECT_TRUE(f.stored().track(f.video())->locked);
    expectRefused(f, [&] { f.model.requestMove(ia, f.video(), 20); }, "is locked");
    expectRefused(f, [&] { f.model.requestInsert(f.video(), {a}, 40); }, "is locked");
    f.model.undo();  // unlock
    EXPECT_FALSE(f.stored().track(f.video())->locked);
    f.model.requestMove(ia, f.video(), 20);
    EXPECT_EQ(f.stored().item(ia)->start, 20);
}

TEST(Timeline, TimelinesKeepClipsFromBeingDeleted) {
    Fixture f;
    const int64_t a = addClip(*f.project, "a red circle", 16);
    f.model.requestInsert(f.video(), {a});
    EXPECT_THROW(f.project->deleteClips({a}), ProjectError);
    EXPECT_NO_THROW(f.project->clip(a));
}

}  // namespace
}  // namespace tessera::app
