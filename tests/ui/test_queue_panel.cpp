// The queue dock (rows per job, live progress, cancel / retry / duplicate / reorder) and the preview
// player (clip playback, transport keys, in/out loop, timecode, timeline compositing), offscreen.
#include <QAction>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest/QtTest>

#include "tessera/app/queue_runner.h"
#include "tessera/app/timeline.h"
#include "tessera/ui/main_window.h"
#include "tessera/ui/preview_player.h"
#include "tessera/ui/queue_panel.h"
#include "test_ui_support.h"

using namespace tessera;
using tessera::app::JobState;
using tessera::ui::PreviewPlayer;
using tessera::ui::QueueModel;
using tessera::ui::QueuePanel;
using tessera::ui::testing::addSolidClip;
using tessera::ui::testing::SessionFixture;

namespace {

// A device no worker here has: the session's runner never claims these jobs, so the test decides
// their state (claimNext with this device plays the runner).
constexpr const char* kNoDevice = "test-nowhere";

std::string request(const std::string& prompt, const std::string& device = kNoDevice) {
    app::JobSpec s;
    s.request.prompt = prompt;
    s.request.task = Task::TextToVideo;
    s.request.device = device;
    s.request.seed = 7;
    s.model = "/nonexistent/tessera-model";  // a runner that claims it fails it at once
    s.modelName = "missing";
    return app::jobSpecToJson(s);
}

int64_t claim(app::JobQueue& q) {
    auto j = q.claimNext(kNoDevice, 1);
    return j ? j->id : 0;
}

// Finishes a running job with a clip, as the runner does.
int64_t finishWithClip(app::ProjectLibrary& p, int64_t jobId, uint8_t r, uint8_t g, uint8_t b) {
    GenerationResult result = app::testing::fakeResult("done", 5, 4);
    for (auto& f : result.clip.frames) f = Frame(64, 48, r, g, b);
    app::NewGeneratedClip c;
    c.file = p.storeMedia(".mp4", [&](const std::string& tmp) { app::writeClip(tmp, result.clip); });
    c.result = &result;
    c.requestJson = request("done");
    c.jobId = jobId;
    return p.addGeneratedClip(c);
}

JobState rowState(const QueueModel& m, int64_t id) {
    return JobState(m.data(m.index(m.rowOf(id)), QueueModel::StateRole).toInt());
}

QList<qint64> rowIds(const QueueModel& m) {
    QList<qint64> ids;
    for (int r = 0; r < m.rowCount(); ++r) ids << m.job(r).id;
    return ids;
}

void select(QueuePanel& panel, int64_t id) {
    panel.view()->setCurrentIndex(panel.model()->index(panel.model()->rowOf(id)));
}

QAction* action(QueuePanel& panel, const char* name) {
    return panel.findChild<QAction*>(name);
}

// Mean colour of the middle of an image.
QColor middle(const QImage& img) {
    long r = 0, g = 0, b = 0, n = 0;
    for (int y = img.height() * 2 / 5; y < img.height() * 3 / 5; ++y)
        for (int x = img.width() * 2 / 5; x < img.width() * 3 / 5; ++x) {
            const QRgb c = img.pixel(x, y);
            r += qRed(c), g += qGreen(c), b += qBlue(c), ++n;
        }
    return n ? QColor(int(r / n), int(g / n), int(b / n)) : QColor();
}

// Brightness of a column of a frame (the test clips carry a white bar at x = 4 * frame).
int columnGrey(const QImage& img, int x) {
    long sum = 0;
    for (int y = 0; y < img.height(); ++y) sum += qGray(img.pixel(x, y));
    return int(sum / img.height());
}

int64_t videoTrack(app::TimelineModel& t) {
    for (const auto& tr : t.state().tracks)
        if (tr.kind == app::TrackKind::Video) return tr.id;
    return 0;
}

}  // namespace

class QueuePanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ui::applyDarkTheme(); }  // as the studio looks (for the pictures)

    // Every job is a row: running first, queued in order, then finished ones, each with its state;
    // a failed row carries its error (full text in the tooltip). A picture of it goes to /tmp.
    void listsJobsInEveryState() {
        SessionFixture fx;
        auto& q = fx.session.queue();
        const std::string longError =
            "model bundle /nonexistent/tessera-model: no model.json; pick a model in Preferences > Models or "
            "install the default model again";
        std::vector<int64_t> ids = q.addAll({request("a red fox running through fresh snow at dawn"),
                                             request("waves breaking on black volcanic rocks, slow motion"),
                                             request("a paper boat drifting down a rain gutter"),
                                             request("city lights seen from a night train window"),
                                             request("timelapse of clouds over a mountain lake")});
        QCOMPARE(claim(q), ids[0]);  // running
        QCOMPARE(claim(q), ids[1]);
        q.fail(ids[1], longError);
        QCOMPARE(claim(q), ids[2]);
        finishWithClip(fx.session.project(), ids[2], 40, 120, 200);
        q.cancel(ids[3]);  // ids[4] stays queued

        QueuePanel panel(&fx.session);
        panel.resize(380, 440);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QueueModel& m = *panel.model();
        QCOMPARE(m.rowCount(), 5);
        QCOMPARE(rowIds(m), QList<qint64>({ids[0], ids[4], ids[1], ids[2], ids[3]}));
        QCOMPARE(rowState(m, ids[0]), JobState::Running);
        QCOMPARE(rowState(m, ids[4]), JobState::Queued);
        QCOMPARE(rowState(m, ids[1]), JobState::Failed);
        QCOMPARE(rowState(m, ids[2]), JobState::Done);
        QCOMPARE(rowState(m, ids[3]), JobState::Cancelled);
        const QModelIndex failed = m.index(m.rowOf(ids[1]));
        QCOMPARE(failed.data(QueueModel::ErrorRole).toString(), QString::fromStdString(longError));
        QVERIFY(failed.data(Qt::ToolTipRole).toString().contains("install the default model again"));
        QCOMPARE(m.index(m.rowOf(ids[4])).data(QueueModel::QueuePositionRole).toInt(), 0);
        QVERIFY(!m.index(m.rowOf(ids[2])).data(QueueModel::PreviewRole).value<QImage>().isNull());  // clip thumbnail
        QVERIFY(m.index(m.rowOf(ids[0])).data(QueueModel::TaskRole).toString() == "t2v");
        QVERIFY(panel.findChild<QLabel*>("queueSummary")->text().contains("1 running"));

        // A running job with progress and a live preview, for the picture.
        QImage preview(104, 60, QImage::Format_RGB888);
        preview.fill(QColor(180, 110, 60));
        Q_EMIT fx.session.jobProgress(ids[0], "sample", 12, 20, 0.55);
        Q_EMIT fx.session.jobPreview(ids[0], preview);
        QCOMPARE(m.index(m.rowOf(ids[0])).data(QueueModel::StageRole).toString(), QString("sampling 12/20"));
        QVERIFY(!m.index(m.rowOf(ids[0])).data(QueueModel::PreviewRole).value<QImage>().isNull());
        select(panel, ids[4]);
        QCoreApplication::processEvents();
        QVERIFY(panel.grab().save("/tmp/queue_panel.png"));
    }

    // The session's runner claims a job whose model does not exist and fails it; the row shows it.
    void runnerFailureShowsInRow() {
        SessionFixture fx;
        QueuePanel panel(&fx.session);
        app::JobSpec spec = app::jobSpecFromJson(request("a lighthouse in fog", ""));
        const qint64 id = fx.session.enqueue(spec).front();
        QCOMPARE(panel.model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(rowState(*panel.model(), id) == JobState::Failed, 20000);
        const QString error = panel.model()->index(0).data(QueueModel::ErrorRole).toString();
        QVERIFY2(!error.isEmpty(), "a failed row says why");
        QVERIFY(panel.model()->index(0).data(Qt::ToolTipRole).toString().contains(error.left(20).toHtmlEscaped()));
    }

    // Cancel on a queued job marks it cancelled; Retry puts a failed one back at the end of the queue.
    void cancelAndRetry() {
        SessionFixture fx;
        auto& q = fx.session.queue();
        std::vector<int64_t> ids = q.addAll({request("one"), request("two")});
        QCOMPARE(claim(q), ids[0]);
        q.fail(ids[0], "out of memory");
        QueuePanel panel(&fx.session);
        QueueModel& m = *panel.model();

        select(panel, ids[1]);
        QVERIFY(action(panel, "cancelAction")->isEnabled());
        QVERIFY(!action(panel, "retryAction")->isEnabled());
        action(panel, "cancelAction")->trigger();
        QCOMPARE(q.job(ids[1]).state, JobState::Cancelled);
        QCOMPARE(rowState(m, ids[1]), JobState::Cancelled);
        QVERIFY(!action(panel, "cancelAction")->isEnabled());  // nothing left to cancel in the selection

        select(panel, ids[0]);
        QVERIFY(action(panel, "retryAction")->isEnabled());
        action(panel, "retryAction")->trigger();
        QCOMPARE(q.job(ids[0]).state, JobState::Queued);
        QCOMPARE(rowState(m, ids[0]), JobState::Queued);
        QVERIFY(m.index(m.rowOf(ids[0])).data(QueueModel::ErrorRole).toString().isEmpty());
        QCOMPARE(panel.selectedJobs(), QList<qint64>({ids[0]}));  // the selection follows the job
    }

    // Move up / down / to top reorder queued jobs (JobQueue::move); Duplicate queues a variation.
    void moveAndDuplicate() {
        SessionFixture fx;
        auto& q = fx.session.queue();
        std::vector<int64_t> ids = q.addAll({request("a"), request("b"), request("c")});
        QueuePanel panel(&fx.session);
        QueueModel& m = *panel.model();
        QCOMPARE(rowIds(m), QList<qint64>({ids[0], ids[1], ids[2]}));

        select(panel, ids[0]);
        QVERIFY(!action(panel, "moveUpAction")->isEnabled());  // already first
        QVERIFY(action(panel, "moveDownAction")->isEnabled());
        select(panel, ids[2]);
        QVERIFY(!action(panel, "moveDownAction")->isEnabled());  // already last
        action(panel, "moveTopAction")->trigger();
        QCOMPARE(rowIds(m), QList<qint64>({ids[2], ids[0], ids[1]}));
        QCOMPARE(panel.selectedJobs(), QList<qint64>({ids[2]}));
        action(panel, "moveDownAction")->trigger();
        QCOMPARE(rowIds(m), QList<qint64>({ids[0], ids[2], ids[1]}));
        select(panel, ids[1]);
        action(panel, "moveUpAction")->trigger();
        QCOMPARE(rowIds(m), QList<qint64>({ids[0], ids[1], ids[2]}));
        QCOMPARE(q.claimNext(kNoDevice, 1)->id, ids[0]);  // the queue itself runs in the shown order

        select(panel, ids[1]);
        action(panel, "duplicateAction")->trigger();
        QCOMPARE(m.rowCount(), 4);
        const app::JobRecord copy = q.job(m.job(m.rowCount() - 1).id);
        QCOMPARE(copy.prompt, std::string("b"));
        QVERIFY(app::jobSpecFromJson(copy.requestJson).request.seed >= 0);
        QCOMPARE(copy.state, JobState::Queued);
    }

    // A progress report updates that row alone (no reset, one dataChanged for one row); selecting a
    // row selects the job in the session.
    void progressUpdatesOneRow() {
        SessionFixture fx;
        auto& q = fx.session.queue();
        std::vector<int64_t> ids = q.addAll({request("first"), request("second"), request("third")});
        claim(q);
        claim(q);
        QueuePanel panel(&fx.session);
        QueueModel& m = *panel.model();
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        Q_EMIT fx.session.jobProgress(ids[1], "sample", 3, 20, 0.4);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const int row = m.rowOf(ids[1]);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), row);
        QCOMPARE(changed[0][1].value<QModelIndex>().row(), row);
        QCOMPARE(m.index(row).data(QueueModel::ProgressRole).toDouble(), 0.4);
        QCOMPARE(m.index(row).data(QueueModel::StageRole).toString(), QString("sampling 3/20"));
        QCOMPARE(m.index(m.rowOf(ids[0])).data(QueueModel::ProgressRole).toDouble(), 0.0);

        QImage preview(52, 30, QImage::Format_RGB888);
        preview.fill(Qt::green);
        Q_EMIT fx.session.jobPreview(ids[1], preview);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!m.index(row).data(QueueModel::PreviewRole).value<QImage>().isNull());
        QVERIFY(m.index(m.rowOf(ids[0])).data(QueueModel::PreviewRole).value<QImage>().isNull());

        // The job list itself unchanged: a reload updates rows in place instead of resetting.
        fx.session.notifyJobsChanged();
        QCOMPARE(reset.count(), 0);

        QSignalSpy selected(&fx.session, &ui::StudioSession::jobSelected);
        select(panel, ids[2]);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected[0][0].toLongLong(), qint64(ids[2]));
        QCOMPARE(fx.session.selectedJob(), qint64(ids[2]));
    }

    // A long queue: a change of order resets the model but keeps the selection and where the list
    // is scrolled to.
    void longQueueKeepsSelectionAndScroll() {
        SessionFixture fx;
        std::vector<std::string> requests;
        for (int i = 0; i < 500; ++i) requests.push_back(request("shot " + std::to_string(i)));
        std::vector<int64_t> ids = fx.session.queue().addAll(requests);
        QueuePanel panel(&fx.session);
        panel.resize(360, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.model()->rowCount(), 500);
        select(panel, ids[250]);
        panel.view()->scrollTo(panel.model()->index(250), QAbstractItemView::PositionAtCenter);
        const int scrolled = panel.view()->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
        fx.session.queue().move(ids[499], 0);
        fx.session.notifyJobsChanged();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(panel.model()->job(0).id, ids[499]);
        QCOMPARE(panel.selectedJobs(), QList<qint64>({ids[250]}));
        QCOMPARE(panel.view()->verticalScrollBar()->value(), scrolled);
    }

    // Clip playback: frame 0 first, Right steps, End goes to the last frame, the labels say where.
    void playerShowsAndStepsClip() {
        SessionFixture fx;
        const int64_t clip = addSolidClip(fx.session.project(), "red room", 16, 200, 40, 40);
        fx.session.notifyClipsChanged();
        PreviewPlayer player(&fx.session);
        player.resize(720, 480);
        player.show();
        QVERIFY(QTest::qWaitForWindowExposed(&player));
        fx.session.selectClip(clip);  // the player follows the selection
        QCOMPARE(player.source(), PreviewPlayer::Source::Clip);
        QTRY_VERIFY(!player.currentImage().isNull());
        QCOMPARE(player.frameCount(), int64_t(16));
        QCOMPARE(player.position(), int64_t(0));
        QImage img = player.currentImage();
        QCOMPARE(img.size(), QSize(64, 48));
        QVERIFY2(columnGrey(img, 0) > columnGrey(img, 4) + 40, "frame 0 has its white bar at x = 0");

        QSignalSpy moved(&player, &PreviewPlayer::positionChanged);
        QTest::keyClick(&player, Qt::Key_Right);
        QCOMPARE(player.position(), int64_t(1));
        QCOMPARE(moved.count(), 1);
        img = player.currentImage();
        QVERIFY2(columnGrey(img, 4) > columnGrey(img, 0) + 40, "frame 1 has its white bar at x = 4");
        QCOMPARE(player.findChild<QLabel*>("frameLabel")->text(), QString("2 / 16"));
        QCOMPARE(player.findChild<QLabel*>("timecodeLabel")->text(), QString("00:00:00:01"));

        QTest::keyClick(&player, Qt::Key_End);
        QCOMPARE(player.position(), int64_t(15));
        QCOMPARE(player.findChild<QLabel*>("timecodeLabel")->text(), QString("00:00:00:15"));
        QTest::keyClick(&player, Qt::Key_Right);  // clamped at the end
        QCOMPARE(player.position(), int64_t(15));
        QTest::keyClick(&player, Qt::Key_Home);
        QCOMPARE(player.position(), int64_t(0));
        player.seek(100);
        QCOMPARE(player.position(), int64_t(15));
        QCOMPARE(moved.count(), 4);  // Right, End, Home, seek (the clamped Right moved nothing)
    }

    void timecodeFormat() {
        QCOMPARE(PreviewPlayer::timecode(0, 16), QString("00:00:00:00"));
        QCOMPARE(PreviewPlayer::timecode(20, 16), QString("00:00:01:04"));
        QCOMPARE(PreviewPlayer::timecode(16 * 3661 + 3, 16), QString("01:01:01:03"));
        QCOMPARE(PreviewPlayer::timecode(49, 24), QString("00:00:02:01"));
        QCOMPARE(PreviewPlayer::timecode(30, 29.97), QString("00:00:01:00"));  // 30 frames per timecode second
    }

    // With I / O marks and loop on, playback stays within [in, out] and wraps around.
    void loopStaysWithinMarks() {
        SessionFixture fx;
        const int64_t clip = addSolidClip(fx.session.project(), "loop", 16, 40, 200, 40);
        PreviewPlayer player(&fx.session);
        player.resize(720, 480);
        player.show();
        player.showClip(clip);
        QTRY_VERIFY(!player.currentImage().isNull());
        player.seek(4);
        QTest::keyClick(&player, Qt::Key_I);
        player.seek(8);
        QTest::keyClick(&player, Qt::Key_O);
        QCOMPARE(player.inPoint(), int64_t(4));
        QCOMPARE(player.outPoint(), int64_t(8));
        player.setLoop(true);
        player.seek(12);  // outside: playback enters the range
        QList<int64_t> seen;
        connect(&player, &PreviewPlayer::positionChanged, this, [&](int64_t f) { seen << f; });
        QTest::keyClick(&player, Qt::Key_Space);
        QVERIFY(player.isPlaying());
        // 16 fps over 5 frames: a wrap from 8 back to 4 comes within a second.
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() > 3 && seen.indexOf(8) >= 0 && seen.indexOf(4, seen.indexOf(8)) >= 0,
                                 5000);
        QTest::keyClick(&player, Qt::Key_K);
        QVERIFY(!player.isPlaying());
        QVERIFY(player.grab().save("/tmp/preview_player.png"));
        for (int64_t f : seen) QVERIFY2(f >= 4 && f <= 8, qPrintable(QString("played frame %1").arg(f)));

        // Without loop, playback stops at the last frame.
        player.setLoop(false);
        player.seek(13);
        player.play();
        QTRY_VERIFY(!player.isPlaying());
        QCOMPARE(player.position(), int64_t(15));
    }

    // J / K / L: direction and speed (again doubles, up to 4x); Space toggles.
    void shuttleKeys() {
        SessionFixture fx;
        const int64_t clip = addSolidClip(fx.session.project(), "shuttle", 16, 40, 40, 200);
        PreviewPlayer player(&fx.session);
        player.showClip(clip);
        QTRY_VERIFY(!player.currentImage().isNull());
        player.setLoop(true);  // keeps playing while the keys are pressed
        player.seek(8);
        const QList<std::pair<Qt::Key, int>> steps = {
            {Qt::Key_L, 1},  {Qt::Key_L, 2},  {Qt::Key_L, 4}, {Qt::Key_L, 4},     {Qt::Key_K, 0},    {Qt::Key_J, -1},
            {Qt::Key_J, -2}, {Qt::Key_J, -4}, {Qt::Key_L, 1}, {Qt::Key_Space, 0}, {Qt::Key_Space, 1}};
        for (const auto& [key, speed] : steps) {
            QTest::keyClick(&player, key);
            QCOMPARE(player.speed(), speed);
        }
        player.pause();
        player.seek(8);
        QTest::keyClick(&player, Qt::Key_J);
        QTRY_VERIFY(player.position() < 7);  // reverse really goes backward
    }

    // A timeline with two clips: frames are composited (letterboxed) by the renderer, and an edit
    // of the timeline makes a new renderer.
    void showsTimeline() {
        SessionFixture fx;
        const int64_t red = addSolidClip(fx.session.project(), "red", 16, 210, 30, 30);
        const int64_t blue = addSolidClip(fx.session.project(), "blue", 16, 30, 30, 210);
        app::TimelineModel& t = *fx.session.timeline();
        t.requestInsert(videoTrack(t), app::ItemSource{red});
        const int64_t second = t.requestInsert(videoTrack(t), app::ItemSource{blue});
        PreviewPlayer player(&fx.session);
        player.resize(720, 480);
        player.show();
        player.showTimeline();
        QCOMPARE(player.source(), PreviewPlayer::Source::Timeline);
        QCOMPARE(player.frameCount(), int64_t(32));
        QTRY_VERIFY(!player.currentImage().isNull());
        QCOMPARE(player.currentImage().size(), QSize(832, 480));
        QColor c = middle(player.currentImage());
        QVERIFY2(c.red() > 150 && c.blue() < 90, qPrintable(c.name()));
        QCOMPARE(player.currentImage().pixelColor(10, 240), QColor(Qt::black));  // letterboxed 4:3 in 16:9-ish

        player.seek(20);
        QTRY_VERIFY(middle(player.currentImage()).blue() > 150);
        QCOMPARE(player.findChild<QLabel*>("timecodeLabel")->text(), QString("00:00:01:04"));
        player.showTimeline();  // again (the timeline dock does on every playhead move): nothing resets
        QCOMPARE(player.position(), int64_t(20));

        t.requestRemove(second);  // the model changed: 16 frames, the position clamps to the end
        QCOMPARE(player.frameCount(), int64_t(16));
        QCOMPARE(player.position(), int64_t(15));
        QTRY_VERIFY(middle(player.currentImage()).red() > 150);
    }

    // A selected running job shows its live preview and the step it is at.
    void showsRunningJobPreview() {
        SessionFixture fx;
        auto& q = fx.session.queue();
        const int64_t id = q.add(request("preview me"));
        QCOMPARE(claim(q), id);
        PreviewPlayer player(&fx.session);
        fx.session.selectJob(id);
        QCOMPARE(player.source(), PreviewPlayer::Source::Job);
        QImage preview(104, 60, QImage::Format_RGB888);
        preview.fill(QColor(90, 160, 60));
        Q_EMIT fx.session.jobPreview(id, preview);
        Q_EMIT fx.session.jobProgress(id, "sample", 3, 20, 0.2);
        QCOMPARE(player.currentImage().size(), QSize(104, 60));
        player.resize(640, 400);
        QVERIFY(player.grab().save("/tmp/preview_player_job.png"));
        // Done: the player switches to the clip it made.
        const int64_t clip = finishWithClip(fx.session.project(), id, 200, 200, 40);
        Q_EMIT fx.session.jobFinished(id, "done", clip, QString());
        QCOMPARE(player.source(), PreviewPlayer::Source::Clip);
        QCOMPARE(player.clipId(), qint64(clip));
    }
};

QTEST_MAIN(QueuePanelTest)
#include "test_queue_panel.moc"
