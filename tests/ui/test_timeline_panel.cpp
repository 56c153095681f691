// The timeline dock on a real project: items drawn where the model puts them, mouse moves and trims,
// keyboard edits, refusals, drops and the project closing underneath it.
#include <QtTest/QtTest>

#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QUrl>
#include <cmath>
#include <fstream>

#include "tessera/app/timeline.h"
#include "tessera/ui/main_window.h"
#include "tessera/ui/timeline_panel.h"
#include "test_ui_support.h"

using namespace tessera;
using namespace tessera::ui;
using tessera::ui::testing::addSolidClip;
using tessera::ui::testing::SessionFixture;

namespace {

constexpr double kPixelsPerFrame = 4;

int64_t trackOfKind(const app::TimelineState& s, app::TrackKind kind) {
    for (const auto& t : s.tracks)
        if (t.kind == kind) return t.id;
    return 0;
}

app::ItemSource clipSource(int64_t clipId) {
    app::ItemSource s;
    s.clipId = clipId;
    return s;
}

// A 16-bit mono WAV of a quiet tone.
void writeWav(const QString& path, double seconds, int rate = 22050) {
    const uint32_t n = uint32_t(seconds * rate);
    std::ofstream f(path.toStdString(), std::ios::binary);
    auto u32 = [&](uint32_t v) { f.write(reinterpret_cast<const char*>(&v), 4); };
    auto u16 = [&](uint16_t v) { f.write(reinterpret_cast<const char*>(&v), 2); };
    f.write("RIFF", 4);
    u32(36 + n * 2);
    f.write("WAVEfmt ", 8);
    u32(16);
    u16(1);
    u16(1);
    u32(uint32_t(rate));
    u32(uint32_t(rate) * 2);
    u16(2);
    u16(16);
    f.write("data", 4);
    u32(n * 2);
    for (uint32_t i = 0; i < n; ++i) u16(uint16_t(int16_t(3000 * std::sin(i * 0.05))));
}

// Triggers the action named `name` in the context menu the next event loop pass opens.
void chooseFromMenu(const char* name) {
    QTimer::singleShot(0, [name] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY2(menu, "no context menu opened");
        auto* action = menu->findChild<QAction*>(name);
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
        action->trigger();
        menu->close();
    });
}

void openMenuAt(QWidget* canvas, const QPoint& pos) {
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, canvas->mapToGlobal(pos));
    QApplication::sendEvent(canvas, &event);
}

void drag(QWidget* canvas, const QPoint& from, const QPoint& to) {
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas, from + (to - from) / 2);
    QTest::mouseMove(canvas, to);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
}

void sendDrop(QWidget* canvas, const QPoint& pos, QMimeData* mime) {
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &drop);
}

// A shown panel on a new project at a known zoom.
struct PanelFixture {
    SessionFixture fx;
    TimelinePanel panel{&fx.session};
    PanelFixture() {
        panel.resize(1000, 320);
        panel.show();
        panel.activateWindow();
        panel.setPixelsPerFrame(kPixelsPerFrame);
    }
    app::ProjectLibrary& project() { return fx.session.project(); }
    app::TimelineModel& model() { return *fx.session.timeline(); }
    int64_t video() { return trackOfKind(model().state(), app::TrackKind::Video); }
    QWidget* canvas() { return panel.canvas(); }
    bool storedMatches() { return app::loadTimeline(project(), model().state().id) == model().state(); }
    int64_t clip(const char* prompt, uint8_t r, uint8_t g, uint8_t b, int frames = 32) {
        const int64_t id = addSolidClip(project(), prompt, frames, r, g, b);
        fx.session.notifyClipsChanged();
        return id;
    }
};

}  // namespace

class TimelinePanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timecodeIsSecondsAndFrames() {
        QCOMPARE(formatTimecode(0, 16), QString("0:00"));
        QCOMPARE(formatTimecode(37, 16), QString("2:05"));
        QCOMPARE(formatTimecode(75 * 16 + 3, 16), QString("1:15:03"));
        QCOMPARE(formatTimecode(3600 * 24 + 23, 23.976), QString("1:00:00:23"));
        QCOMPARE(formatTimecode(100 * 120 + 7, 120), QString("1:40:007"));
    }

    void drawsItemsAtTheirFrames() {
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        const int64_t red = f.clip("a red room", 210, 40, 40), green = f.clip("a green field", 40, 190, 60);
        const int64_t blue = f.clip("a blue sea", 40, 60, 210);
        const int64_t a = f.model().requestInsert(f.video(), clipSource(red));
        const int64_t b = f.model().requestInsert(f.video(), clipSource(green));
        const int64_t c = f.model().requestInsert(f.video(), clipSource(blue), 80);

        QCOMPARE(f.panel.itemRect(a).left(), f.panel.xAtFrame(0));
        QCOMPARE(f.panel.itemRect(b).left(), f.panel.xAtFrame(32));
        QCOMPARE(f.panel.itemRect(c).left(), f.panel.xAtFrame(80));
        QCOMPARE(f.panel.itemRect(c).width(), int(32 * kPixelsPerFrame));
        QCOMPARE(f.panel.frameAtX(f.panel.xAtFrame(80)), int64_t(80));
        QVERIFY(f.panel.trackRect(f.video()).contains(f.panel.itemRect(b)));
        QVERIFY(f.panel.itemRect(999999).isNull());

        const QImage shot = f.canvas()->grab().toImage();
        const QRect rb = f.panel.itemRect(b);
        const QColor inside = shot.pixelColor(rb.right() - 8, rb.bottom() - 4);
        const QColor lane = shot.pixelColor(f.panel.xAtFrame(130), rb.center().y());
        QVERIFY2(inside != lane, "the item is not drawn over its lane");
        QVERIFY2(inside.blue() > inside.red(), qPrintable(inside.name()));  // a generated clip's colour
        // The thumbnail of the red clip sits at the item's left end.
        const QRect ra = f.panel.itemRect(a);
        int reddish = 0;
        for (int dx : {8, 14, 20, 26}) {
            const QColor px = shot.pixelColor(ra.left() + dx, ra.center().y());
            reddish += px.red() > 150 && px.green() < 100;
        }
        QVERIFY2(reddish >= 3, "no thumbnail drawn");
    }

    void draggingMovesAnItemAlongAndAcrossTracks() {
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        const int64_t c1 = f.clip("one", 200, 60, 60), c2 = f.clip("two", 60, 200, 60);
        const int64_t a = f.model().requestInsert(f.video(), clipSource(c1));
        const int64_t b = f.model().requestInsert(f.video(), clipSource(c2));
        QSignalSpy selected(&f.panel, &TimelinePanel::itemSelected);

        const QPoint from = f.panel.itemRect(b).center();
        drag(f.canvas(), from, from + QPoint(int(48 * kPixelsPerFrame), 0));
        QCOMPARE(f.model().state().item(b)->start, int64_t(80));
        QCOMPARE(f.panel.itemRect(b).left(), f.panel.xAtFrame(80));
        QVERIFY(f.storedMatches());
        QCOMPARE(f.panel.selectedItem(), b);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).value<int64_t>(), b);
        QCOMPARE(f.fx.session.selectedClip(), c2);

        // Onto another video track, keeping its start.
        const int64_t v2 = f.model().requestAddTrack(app::TrackKind::Video, "V2");
        const QPoint start = f.panel.itemRect(a).center();
        drag(f.canvas(), start, QPoint(start.x(), f.panel.trackRect(v2).center().y()));
        QCOMPARE(f.model().state().trackOfItem(a)->id, v2);
        QCOMPARE(f.model().state().item(a)->start, int64_t(0));
        QVERIFY(f.storedMatches());

        // A video item dragged straight onto the audio lane stays on its video track.
        const int64_t audio = trackOfKind(f.model().state(), app::TrackKind::Audio);
        const QPoint p = f.panel.itemRect(a).center();
        const QPoint onAudio(p.x() + int(8 * kPixelsPerFrame), f.panel.trackRect(audio).center().y());
        QTest::mousePress(f.canvas(), Qt::LeftButton, {}, p);
        QTest::mouseMove(f.canvas(), onAudio);
        QTest::mouseRelease(f.canvas(), Qt::LeftButton, {}, onAudio);
        QCOMPARE(f.model().state().trackOfItem(a)->id, v2);
        QCOMPARE(f.model().state().item(a)->start, int64_t(8));
    }

    void draggingAnEdgeTrims() {
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        const int64_t a = f.model().requestInsert(f.video(), clipSource(f.clip("trim me", 90, 90, 200)), 40);
        QSignalSpy messages(&f.fx.session, &StudioSession::message);

        QRect r = f.panel.itemRect(a);
        const QPoint rightEdge(r.left() + r.width() - 2, r.center().y());
        QTest::mouseMove(f.canvas(), rightEdge);
        QCOMPARE(f.canvas()->cursor().shape(), Qt::SizeHorCursor);
        QTest::mouseMove(f.canvas(), r.center());
        QCOMPARE(f.canvas()->cursor().shape(), Qt::OpenHandCursor);

        drag(f.canvas(), rightEdge, rightEdge - QPoint(int(8 * kPixelsPerFrame), 0));
        QCOMPARE(f.model().state().item(a)->out, int64_t(24));
        QCOMPARE(f.panel.itemRect(a).width(), int(24 * kPixelsPerFrame));
        QVERIFY(f.storedMatches());

        r = f.panel.itemRect(a);
        const QPoint leftEdge(r.left() + 1, r.center().y());
        drag(f.canvas(), leftEdge, leftEdge + QPoint(int(4 * kPixelsPerFrame), 0));
        QCOMPARE(f.model().state().item(a)->start, int64_t(44));
        QCOMPARE(f.model().state().item(a)->in, int64_t(4));
        QCOMPARE(f.model().state().item(a)->out, int64_t(24));
        QVERIFY(f.storedMatches());

        // Past the end of the source the edge stops at the source's last frame: no refusal, no error.
        r = f.panel.itemRect(a);
        const QPoint edge(r.left() + r.width() - 2, r.center().y());
        drag(f.canvas(), edge, edge + QPoint(int(30 * kPixelsPerFrame), 0));
        QCOMPARE(f.model().state().item(a)->out, int64_t(32));
        QCOMPARE(messages.count(), 0);
        QVERIFY(f.storedMatches());
    }

    void snapsToNeighbourEdges() {
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        const int64_t a = f.model().requestInsert(f.video(), clipSource(f.clip("left", 200, 60, 60)));
        const int64_t b = f.model().requestInsert(f.video(), clipSource(f.clip("right", 60, 60, 200)), 60);
        // Dropped 1.5 frames (6 px) after a's end, b snaps against it.
        const QPoint from = f.panel.itemRect(b).center();
        drag(f.canvas(), from, from - QPoint(f.panel.xAtFrame(60) - f.panel.xAtFrame(32) - 6, 0));
        QCOMPARE(f.model().state().item(b)->start, f.model().state().item(a)->end());
    }

    void keysSplitUndoRedoAndDelete() {
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.panel));
        const int64_t a = f.model().requestInsert(f.video(), clipSource(f.clip("split me", 200, 200, 60)));
        const app::TimelineState before = f.model().state();
        f.panel.selectItem(a);
        f.panel.setPlayhead(12);
        f.canvas()->setFocus();

        QTest::keyClick(f.canvas(), Qt::Key_S);
        const auto& items = [&]() -> const std::vector<app::TimelineItem>& {
            return f.model().state().track(f.video())->items;
        };
        QCOMPARE(items().size(), size_t(2));
        QCOMPARE(items()[0].length(), int64_t(12));
        QCOMPARE(items()[1].start, int64_t(12));
        QCOMPARE(items()[1].in, int64_t(12));
        QVERIFY(f.storedMatches());
        const app::TimelineState split = f.model().state();

        QTest::keyClick(f.canvas(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.model().state(), before);
        QVERIFY(f.storedMatches());
        QTest::keyClick(f.canvas(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.model().state(), split);
        QVERIFY(f.storedMatches());

        const int64_t right = items()[1].id;
        f.panel.selectItem(right);
        QTest::keyClick(f.canvas(), Qt::Key_Delete);
        QCOMPARE(items().size(), size_t(1));
        QCOMPARE(f.panel.selectedItem(), int64_t(0));
        QTest::keyClick(f.canvas(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.model().state(), split);

        f.panel.selectItem(a);
        QTest::keyClick(f.canvas(), Qt::Key_Delete, Qt::ShiftModifier);
        QCOMPARE(items().size(), size_t(1));
        QCOMPARE(items()[0].id, right);
        QCOMPARE(items()[0].start, int64_t(0));  // the gap closed
        QVERIFY(f.storedMatches());

        // The toolbar shows the playhead and the duration.
        auto* timecode = f.panel.findChild<QLabel*>("timecode");
        QVERIFY(timecode);
        QCOMPARE(timecode->text(), QString("0:12 / 1:04"));
    }

    void refusedMoveLeavesEverythingAsItWas() {
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        f.model().requestInsert(f.video(), clipSource(f.clip("first", 200, 60, 60)));
        const int64_t b = f.model().requestInsert(f.video(), clipSource(f.clip("second", 60, 60, 200)));
        const app::TimelineState before = f.model().state();
        QSignalSpy messages(&f.fx.session, &StudioSession::message);

        const QPoint from = f.panel.itemRect(b).center();
        drag(f.canvas(), from, from - QPoint(int(22 * kPixelsPerFrame), 0));  // onto the first item

        QCOMPARE(f.model().state(), before);
        QVERIFY(f.storedMatches());
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.at(0).at(1).toBool(), true);
        QVERIFY2(messages.at(0).at(0).toString().contains("overlap"), qPrintable(messages.at(0).at(0).toString()));
        QCOMPARE(f.panel.itemRect(b).left(), f.panel.xAtFrame(32));
    }

    void dropsInsertClipsAndFiles() {
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        const int64_t first = f.clip("dropped", 60, 160, 200);
        const int64_t second = f.clip("dropped too", 160, 60, 200, 24);

        QMimeData clips;
        clips.setData(kClipMime, QByteArray::number(qint64(first)) + "," + QByteArray::number(qint64(second)));
        sendDrop(f.canvas(), QPoint(f.panel.xAtFrame(40), f.panel.trackRect(f.video()).center().y()), &clips);
        const auto& items = f.model().state().track(f.video())->items;
        QCOMPARE(items.size(), size_t(2));
        QCOMPARE(items[0].clipId, first);
        QCOMPARE(items[0].start, int64_t(40));
        QCOMPARE(items[1].clipId, second);
        QCOMPARE(items[1].start, int64_t(72));
        QCOMPARE(items[1].length(), int64_t(24));
        QCOMPARE(f.panel.selectedItem(), items[1].id);
        QVERIFY(f.storedMatches());

        // An image file from outside: imported, then placed as a 2 s still, snapped to the end before it.
        const QString png = f.fx.dir.filePath("still.png");
        QImage still(64, 48, QImage::Format_RGB32);
        still.fill(QColor(240, 200, 40));
        QVERIFY(still.save(png));
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(png)});
        sendDrop(f.canvas(), QPoint(f.panel.xAtFrame(97), f.panel.trackRect(f.video()).center().y()), &files);
        const auto& after = f.model().state().track(f.video())->items;
        QCOMPARE(after.size(), size_t(3));
        QVERIFY(after[2].assetId != 0);
        QCOMPARE(after[2].start, int64_t(96));
        QCOMPARE(after[2].length(), int64_t(32));

        // A sound goes to the audio track wherever it is dropped.
        const QString wav = f.fx.dir.filePath("tone.wav");
        writeWav(wav, 1.5);
        QMimeData sound;
        sound.setUrls({QUrl::fromLocalFile(wav)});
        sendDrop(f.canvas(), QPoint(f.panel.xAtFrame(20), f.panel.trackRect(f.video()).center().y()), &sound);
        const int64_t audio = trackOfKind(f.model().state(), app::TrackKind::Audio);
        QCOMPARE(f.model().state().track(audio)->items.size(), size_t(1));
        QCOMPARE(f.model().state().track(audio)->items[0].length(), int64_t(24));
        QVERIFY(f.storedMatches());
    }

    void contextMenuEditsTransitionsAndAsksForExtension() {
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        const int64_t c2 = f.clip("second", 60, 60, 200);
        const int64_t a = f.model().requestInsert(f.video(), clipSource(f.clip("first", 200, 60, 60)));
        const int64_t b = f.model().requestInsert(f.video(), clipSource(c2));
        QSignalSpy extend(&f.panel, &TimelinePanel::extendRequested);

        chooseFromMenu("crossfadeItem");
        openMenuAt(f.canvas(), f.panel.itemRect(b).center());
        QCOMPARE(f.model().state().item(b)->crossfadeIn, int64_t(8));  // 0.5 s at 16 fps
        QCOMPARE(f.model().state().item(b)->start, int64_t(24));

        chooseFromMenu("fadeInItem");
        openMenuAt(f.canvas(), f.panel.itemRect(a).center() - QPoint(20, 0));
        QCOMPARE(f.model().state().item(a)->fadeIn, int64_t(8));

        chooseFromMenu("extendClip");
        openMenuAt(f.canvas(), f.panel.itemRect(b).center() + QPoint(20, 0));
        QCOMPARE(extend.count(), 1);
        QCOMPARE(extend.at(0).at(0).value<int64_t>(), c2);
        QCOMPARE(extend.at(0).at(1).value<int64_t>(), b);

        chooseFromMenu("cutItem");
        openMenuAt(f.canvas(), f.panel.itemRect(b).center() + QPoint(20, 0));
        QCOMPARE(f.model().state().item(b)->crossfadeIn, int64_t(0));
        QCOMPARE(f.model().state().item(b)->start, int64_t(32));
        QVERIFY(f.storedMatches());
    }

    void rulerScrubsAndZoomFollowsTheWheel() {
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        f.model().requestInsert(f.video(), clipSource(f.clip("long", 100, 100, 100)));
        const int64_t last = f.model().requestInsert(f.video(), clipSource(f.clip("longer", 120, 100, 80)), 200);
        QSignalSpy moved(&f.panel, &TimelinePanel::playheadMoved);

        QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, QPoint(f.panel.xAtFrame(20), 10));
        QCOMPARE(f.panel.playhead(), int64_t(20));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).value<int64_t>(), int64_t(20));
        drag(f.canvas(), QPoint(f.panel.xAtFrame(20), 10), QPoint(f.panel.xAtFrame(30), 10));
        QCOMPARE(f.panel.playhead(), int64_t(30));

        const QPointF at(f.panel.xAtFrame(30), 60);
        QWheelEvent wheel(at, f.canvas()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(f.canvas(), &wheel);
        QVERIFY(f.panel.pixelsPerFrame() > kPixelsPerFrame);
        QCOMPARE(f.panel.xAtFrame(30), int(at.x()));  // zoomed around the pointer

        f.panel.zoomToFit();
        QCOMPARE(f.panel.xAtFrame(0), f.panel.trackRect(f.video()).left());
        QVERIFY(f.panel.itemRect(last).right() < f.canvas()->width());
        QVERIFY(f.panel.itemRect(last).right() > f.canvas()->width() * 3 / 4);

        f.canvas()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&f.panel));
        const double fit = f.panel.pixelsPerFrame();
        QTest::keyClick(f.canvas(), Qt::Key_Plus);
        QVERIFY(f.panel.pixelsPerFrame() > fit);
        QTest::keyClick(f.canvas(), Qt::Key_Minus);
        QTest::keyClick(f.canvas(), Qt::Key_Minus);
        QVERIFY(f.panel.pixelsPerFrame() < fit);
        QTest::keyClick(f.canvas(), Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(f.panel.playhead(), int64_t(46));
    }

    // The header's M and padlock toggle the track's mute and lock (through the model, undoable); a
    // locked track refuses a drag with a message.
    void headerTogglesMuteAndLock() {
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.panel));
        const int64_t a = f.model().requestInsert(f.video(), clipSource(f.clip("locked", 200, 100, 60)));
        const QRect lane = f.panel.trackRect(f.video());
        const QPoint mute(lane.left() - 48 + 9, lane.center().y()), lock(lane.left() - 26 + 9, lane.center().y());
        QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, mute);
        QVERIFY(f.model().state().track(f.video())->muted);
        QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, lock);
        QVERIFY(f.model().state().track(f.video())->locked);
        QCOMPARE(app::loadTimeline(f.fx.session.project(), f.model().state().id), f.model().state());
        QSignalSpy messages(&f.fx.session, &StudioSession::message);
        const QPoint body = f.panel.itemRect(a).center();
        QTest::mousePress(f.canvas(), Qt::LeftButton, {}, body);
        QTest::mouseMove(f.canvas(), body + QPoint(40, 0));
        QTest::mouseMove(f.canvas(), body + QPoint(80, 0));
        QTest::mouseRelease(f.canvas(), Qt::LeftButton, {}, body + QPoint(80, 0));
        QCOMPARE(f.model().state().item(a)->start, int64_t(0));
        QVERIFY(messages.count() >= 1);
        QVERIFY(messages.last().at(0).toString().contains("locked"));
        f.panel.undo();
        QVERIFY(!f.model().state().track(f.video())->locked);
    }

    void survivesTheProjectClosing() {
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.panel));
        const int64_t a = f.model().requestInsert(f.video(), clipSource(f.clip("kept", 200, 100, 60)));
        f.panel.selectItem(a);
        f.panel.setPlayhead(10);
        QSignalSpy selected(&f.panel, &TimelinePanel::itemSelected);
        const QPoint inside = f.panel.itemRect(a).center();

        f.fx.session.closeProject();
        QVERIFY(!f.fx.session.timeline());
        QCOMPARE(f.panel.selectedItem(), int64_t(0));
        QCOMPARE(selected.count(), 1);
        QVERIFY(f.panel.itemRect(a).isNull());
        QVERIFY(!f.canvas()->grab().isNull());
        f.canvas()->setFocus();
        for (int key : {int(Qt::Key_S), int(Qt::Key_Delete), int(Qt::Key_Right), int(Qt::Key_Plus)})
            QTest::keyClick(f.canvas(), Qt::Key(key));
        QTest::keyClick(f.canvas(), Qt::Key_Z, Qt::ControlModifier);
        drag(f.canvas(), inside, inside + QPoint(40, 0));
        QMimeData clips;
        clips.setData(kClipMime, "1");
        sendDrop(f.canvas(), inside, &clips);
        f.panel.zoomToFit();
        f.panel.splitAtPlayhead();
        f.panel.undo();

        f.fx.session.openProject(f.fx.dir.filePath("project"));
        QVERIFY(f.fx.session.timeline());
        QCOMPARE(f.model().state().track(f.video())->items.size(), size_t(1));
        QVERIFY(!f.panel.itemRect(a).isNull());
    }

    void screenshot() {
        applyDarkTheme();
        PanelFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        f.panel.resize(1200, 330);
        auto& m = f.model();
        const int64_t v = f.video();
        const int64_t c1 = m.requestInsert(v, clipSource(f.clip("a red lantern swaying in the wind", 200, 70, 50, 40)));
        m.requestInsert(v, clipSource(f.clip("green hills under a moving sky", 70, 170, 90, 48)));
        const int64_t c3 = m.requestInsert(v, clipSource(f.clip("deep blue ocean, slow waves", 50, 90, 200, 40)));
        const int64_t c4 = m.requestInsert(v, clipSource(f.clip("golden desert at noon", 220, 180, 60, 36)));
        app::ItemSource pending;
        pending.jobId = 999;
        pending.label = "a lighthouse at dusk";
        m.requestInsert(v, pending);
        m.requestSetTransition(c3, app::Transition::Crossfade, 8);
        m.requestSetTransition(c1, app::Transition::FadeFromBlack, 8);
        m.requestSetTransition(c4, app::Transition::FadeToBlack, 8);
        app::ItemSource title;
        title.title.text = "Chapter One: The Coast";
        const int64_t titleId = m.requestInsert(trackOfKind(m.state(), app::TrackKind::Title), title, 0);

        const QString wav = f.fx.dir.filePath("narration.wav");
        writeWav(wav, 5);
        const QList<qint64> ids = f.fx.session.importFiles({wav});
        QCOMPARE(ids.size(), 1);
        app::ItemSource speech;
        speech.assetId = ids.front();
        speech.narration = "Along the coast, the lantern keeps watch through the night.";
        m.requestInsert(trackOfKind(m.state(), app::TrackKind::Audio), speech, 16);

        f.panel.zoomToFit();
        f.panel.selectItem(c3);
        f.panel.setPlayhead(60);
        QVERIFY(f.panel.grab().save("/tmp/timeline_panel.png"));

        // Mid-drag: the title follows the pointer and snaps to the start of the second clip (frame 40),
        // its old place is outlined and the snap line shows.
        const QRect r = f.panel.itemRect(titleId);
        const QPoint from = r.center();
        const QPoint to(f.panel.xAtFrame(41) + (from.x() - r.left()), from.y());
        QTest::mousePress(f.canvas(), Qt::LeftButton, {}, from);
        QTest::mouseMove(f.canvas(), to);
        QVERIFY(f.panel.grab().save("/tmp/timeline_panel_drag.png"));
        QTest::mouseRelease(f.canvas(), Qt::LeftButton, {}, to);
        QCOMPARE(m.state().item(titleId)->start, int64_t(40));
    }
};

QTEST_MAIN(TimelinePanelTest)
#include "test_timeline_panel.moc"
