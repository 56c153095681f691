// The library dock (thumbnail grid, search, filters, drag out, drop in, hover scrubbing) and the
// inspector dock (a clip's recipe and the actions on it), on a real project with real MP4 clips.
#include <QAbstractItemModel>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QToolButton>
#include <QtTest/QtTest>
#include <nlohmann/json.hpp>

#include "tessera/app/timeline.h"
#include "tessera/ui/inspector_panel.h"
#include "tessera/ui/language.h"
#include "tessera/ui/library_panel.h"
#include "tessera/ui/main_window.h"
#include "test_ui_support.h"

using tessera::ui::InspectorPanel;
using tessera::ui::LibraryPanel;
using tessera::ui::testing::addSolidClip;
using tessera::ui::testing::SessionFixture;

namespace {

QModelIndex rowOfClip(const LibraryPanel& panel, qint64 clipId) {
    QAbstractItemModel* m = panel.view()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        if (!i.data(LibraryPanel::IsAssetRole).toBool() && i.data(LibraryPanel::IdRole).toLongLong() == clipId)
            return i;
    }
    return {};
}

QStringList captions(const LibraryPanel& panel) {
    QStringList out;
    QAbstractItemModel* m = panel.view()->model();
    for (int r = 0; r < m->rowCount(); ++r) out << m->index(r, 0).data(Qt::DisplayRole).toString();
    return out;
}

QSet<QString> idSet(const QByteArray& payload) {
    QSet<QString> out;
    for (const QString& s : QString::fromUtf8(payload).split(',', Qt::SkipEmptyParts)) out.insert(s);
    return out;
}

void moveMouse(QWidget* viewport, const QPoint& pos) {
    QMouseEvent move(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
}

// A clip made from `parent` (its "video" input) and an imported image (its "image" input), as an
// extension stores it.
int64_t addChildClip(tessera::app::ProjectLibrary& p, const std::string& prompt, int64_t parent, int64_t asset) {
    tessera::GenerationResult result = tessera::app::testing::fakeResult(prompt, 77, 9);
    tessera::app::NewGeneratedClip c;
    c.file = p.storeMedia(".mp4", [&](const std::string& tmp) { tessera::app::writeClip(tmp, result.clip); });
    c.result = &result;
    c.requestJson = nlohmann::json{{"task", "extend-forward"}, {"prompt", prompt}, {"seed", 77}}.dump();
    c.parentClipId = parent;
    c.inputs["video"].clipId = parent;
    if (asset) c.inputs["image"].assetId = asset;
    return p.addGeneratedClip(c);
}

// Cancels the jobs a test queued so the session's runner does not spend the machine on them.
void cancelAll(SessionFixture& f) {
    for (const auto& j : f.session.queue().list(false)) f.session.queue().cancel(j.id);
}

}  // namespace

class LibraryPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { tessera::ui::applyDarkTheme(); }

    // A new project shows the empty-state text; added clips appear as grid items.
    void gridShowsClipsAfterTheyAreAdded() {
        SessionFixture f;
        LibraryPanel panel(&f.session);
        auto* empty = panel.findChild<QLabel*>("libraryEmpty");
        QVERIFY(empty);
        QCOMPARE(panel.findChild<QStackedWidget*>()->currentWidget(), static_cast<QWidget*>(empty));
        QVERIFY2(empty->text().startsWith("No clips yet"), qPrintable(empty->text()));
        for (int i = 0; i < 3; ++i) addSolidClip(f.session.project(), "clip " + std::to_string(i), 5, 200, 40, 40);
        QCOMPARE(panel.view()->model()->rowCount(), 0);  // not until the session says so
        f.session.notifyClipsChanged();
        QCOMPARE(panel.view()->model()->rowCount(), 3);
        QCOMPARE(panel.findChild<QStackedWidget*>()->currentWidget(), static_cast<QWidget*>(panel.view()));
        const QModelIndex first = panel.view()->model()->index(0, 0);
        QVERIFY(!first.data(Qt::DecorationRole).value<QPixmap>().isNull());  // the stored thumbnail
        QVERIFY(first.data(LibraryPanel::DurationRole).toDouble() > 0);
    }

    // The search field filters to clips whose prompt has the words; sorting orders what is shown.
    void searchAndSortFilterTheGrid() {
        SessionFixture f;
        LibraryPanel panel(&f.session);
        auto& p = f.session.project();
        addSolidClip(p, "a red fox runs through snow", 5, 200, 60, 20);
        addSolidClip(p, "blue ocean waves at dusk", 9, 20, 60, 200);
        addSolidClip(p, "a red balloon over the city", 13, 220, 30, 30);
        f.session.notifyClipsChanged();
        panel.setSearchText("ocean");
        QCOMPARE(captions(panel), QStringList({"blue ocean waves at dusk"}));
        panel.setSearchText("red");
        QCOMPARE(captions(panel).size(), 2);
        QVERIFY(!captions(panel).contains("blue ocean waves at dusk"));
        panel.setSearchText("zebra");
        QCOMPARE(panel.view()->model()->rowCount(), 0);
        QVERIFY(panel.findChild<QLabel*>("libraryEmpty")->text().contains("No clip matches"));
        panel.setSearchText("");
        panel.setSort(LibraryPanel::Sort::Duration);
        QCOMPARE(captions(panel).front(), QString("a red balloon over the city"));  // 13 frames: longest
        panel.setSort(LibraryPanel::Sort::Oldest);
        QCOMPARE(captions(panel).front(), QString("a red fox runs through snow"));
    }

    // Favourites, tag and rating filters; the Favourite and Rate actions change the project.
    void favouritesTagAndRatingFilters() {
        SessionFixture f;
        LibraryPanel panel(&f.session);
        auto& p = f.session.project();
        const int64_t a = addSolidClip(p, "first", 5, 200, 60, 20);
        const int64_t b = addSolidClip(p, "second", 5, 20, 60, 200);
        addSolidClip(p, "third", 5, 20, 200, 60);
        tessera::app::ClipChanges fav;
        fav.favourite = true;
        p.updateClip(a, fav);
        f.session.notifyClipsChanged();
        panel.setFavouritesOnly(true);
        QCOMPARE(captions(panel), QStringList({"first"}));
        panel.setFavouritesOnly(false);
        QCOMPARE(panel.view()->model()->rowCount(), 3);

        // The Favourite action on a selection marks it in the project (and the filter sees it).
        panel.selectClips({b});
        panel.findChild<QAction*>("libraryFavouriteAction")->trigger();
        QVERIFY(p.clip(b).favourite);
        panel.setFavouritesOnly(true);
        QCOMPARE(panel.view()->model()->rowCount(), 2);
        panel.setFavouritesOnly(false);

        panel.selectClips({b});
        panel.findChild<QAction*>("libraryRate4Action")->trigger();
        QCOMPARE(p.clip(b).rating, 4);
        panel.setMinimumRating(3);
        QCOMPARE(captions(panel), QStringList({"second"}));
        panel.setMinimumRating(0);

        // Add tag... opens an inline bar (no dialog); Enter adds the tag.
        panel.selectClips({a});
        panel.findChild<QAction*>("libraryAddTagAction")->trigger();
        auto* tagEdit = panel.findChild<QLineEdit*>("libraryTagEdit");
        QVERIFY(tagEdit->isVisibleTo(&panel));
        tagEdit->setText("snow");
        QTest::keyClick(tagEdit, Qt::Key_Return);
        QCOMPARE(p.clip(a).tags, std::vector<std::string>({"snow"}));
        QVERIFY(!tagEdit->isVisibleTo(&panel));
        panel.setTagFilter("snow");
        QCOMPARE(captions(panel), QStringList({"first"}));
    }

    // Selecting a grid item selects the clip in the session, and the inspector shows its recipe.
    void selectionUpdatesSessionAndInspector() {
        SessionFixture f;
        LibraryPanel library(&f.session);
        InspectorPanel inspector(&f.session);
        const int64_t a = addSolidClip(f.session.project(), "a lighthouse in a storm", 5, 90, 90, 120);
        const int64_t b = addSolidClip(f.session.project(), "a cat asleep on a windowsill", 5, 180, 140, 90);
        f.session.notifyClipsChanged();
        QCOMPARE(inspector.clip(), qint64(0));
        QVERIFY(inspector.findChild<QLabel*>("inspectorEmpty")->isVisibleTo(&inspector));

        library.view()->setCurrentIndex(rowOfClip(library, b));
        QCOMPARE(f.session.selectedClip(), qint64(b));
        QCOMPARE(inspector.clip(), qint64(b));
        QCOMPARE(inspector.findChild<QLabel*>("prompt")->text(), QString("a cat asleep on a windowsill"));
        QCOMPARE(inspector.findChild<QLabel*>("seed")->text(), QString("5"));
        QCOMPARE(inspector.findChild<QLabel*>("enhancedPrompt")->text(),
                 QString("a cat asleep on a windowsill, detailed"));
        QVERIFY(inspector.findChild<QLabel*>("model")->text().startsWith("random"));

        // A selection made elsewhere (the timeline) shows in the grid too.
        f.session.selectClip(a);
        QCOMPARE(library.selectedClips(), QList<qint64>({a}));
        QCOMPARE(inspector.findChild<QLabel*>("prompt")->text(), QString("a lighthouse in a storm"));

        inspector.action("copySeed")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString("5"));

        QSignalSpy prompt(&inspector, &InspectorPanel::usePrompt);
        QSignalSpy task(&inspector, &InspectorPanel::taskRequested);
        inspector.action("usePrompt")->trigger();
        inspector.action("extendBackward")->trigger();
        inspector.action("connect")->trigger();
        QCOMPARE(prompt.count(), 1);
        QCOMPARE(prompt.at(0).at(0).toLongLong(), qint64(a));
        QCOMPARE(task.count(), 2);
        QCOMPARE(task.at(0).at(0).toString(), QString("extend-backward"));
        QCOMPARE(task.at(1).at(0).toString(), QString("connect"));
        QCOMPARE(task.at(1).at(1).toLongLong(), qint64(a));
    }

    // The parent link and a clip input select that clip.
    void parentLinkSelectsTheParent() {
        SessionFixture f;
        InspectorPanel inspector(&f.session);
        const int64_t a = addSolidClip(f.session.project(), "the first shot", 5, 90, 90, 120);
        const int64_t b = addChildClip(f.session.project(), "the first shot, continued", a, 0);
        f.session.notifyClipsChanged();
        f.session.selectClip(b);
        auto* parent = inspector.findChild<QPushButton*>("parentClip");
        QVERIFY(parent->isVisibleTo(&inspector));
        QVERIFY2(parent->text().contains("the first shot"), qPrintable(parent->text()));
        parent->click();
        QCOMPARE(f.session.selectedClip(), qint64(a));
        QCOMPARE(inspector.clip(), qint64(a));
        QVERIFY(!parent->isVisibleTo(&inspector));  // the first shot has no parent
    }

    // Regenerate queues the clip's request with its seed and prompt; Vary seed with another seed.
    void regenerateQueuesTheSameRecipe() {
        SessionFixture f;
        InspectorPanel inspector(&f.session);
        const int64_t a = addSolidClip(f.session.project(), "paper boats on a canal", 5, 60, 120, 160);
        f.session.notifyClipsChanged();
        f.session.selectClip(a);
        QVERIFY(inspector.action("regenerate")->isEnabled());
        inspector.action("regenerate")->trigger();
        inspector.action("varySeed")->trigger();
        const auto jobs = f.session.queue().list();
        cancelAll(f);
        QCOMPARE(int(jobs.size()), 2);
        std::map<int64_t, nlohmann::json> requests;
        for (const auto& j : jobs) requests[j.id] = nlohmann::json::parse(j.requestJson);
        const nlohmann::json& same = requests.begin()->second;
        const nlohmann::json& varied = requests.rbegin()->second;
        QCOMPARE(same["prompt"].get<std::string>(), std::string("paper boats on a canal"));
        QCOMPARE(same["seed"].get<int64_t>(), int64_t(5));
        QCOMPARE(same["task"].get<std::string>(), std::string("t2v"));
        QCOMPARE(varied["prompt"].get<std::string>(), std::string("paper boats on a canal"));
        QVERIFY(varied["seed"].get<int64_t>() != 5);
    }

    // The drag payload of a selection carries the clip and asset ids.
    void dragMimeDataHoldsTheSelectedIds() {
        SessionFixture f;
        LibraryPanel panel(&f.session);
        const int64_t a = addSolidClip(f.session.project(), "one", 5, 200, 60, 20);
        addSolidClip(f.session.project(), "two", 5, 20, 60, 200);
        const int64_t c = addSolidClip(f.session.project(), "three", 5, 20, 200, 60);
        f.session.notifyClipsChanged();
        panel.selectClips({a, c});
        std::unique_ptr<QMimeData> mime(panel.selectionMimeData());
        QVERIFY(mime);
        QCOMPARE(idSet(mime->data(tessera::ui::kClipMime)), QSet<QString>({QString::number(a), QString::number(c)}));
        QVERIFY(!mime->hasFormat(tessera::ui::kAssetMime));

        // An imported image is an asset: a drag of everything carries it under the asset type.
        const QString png = f.dir.filePath("still.png");
        QImage image(48, 32, QImage::Format_RGB888);
        image.fill(QColor(30, 160, 90));
        QVERIFY(image.save(png));
        const QList<qint64> assets = panel.importUrls({QUrl::fromLocalFile(png)});
        QCOMPARE(assets.size(), 1);
        QCOMPARE(panel.view()->model()->rowCount(), 4);
        QCOMPARE(panel.selectedAssets(), assets);  // what was imported is selected
        panel.view()->selectAll();
        mime.reset(panel.selectionMimeData());
        QCOMPARE(idSet(mime->data(tessera::ui::kClipMime)).size(), 3);
        QCOMPARE(idSet(mime->data(tessera::ui::kAssetMime)), QSet<QString>({QString::number(assets.front())}));
    }

    // A corrupt file dropped from the file manager gives an error message and imports nothing.
    void droppingACorruptFileReportsAnError() {
        SessionFixture f;
        LibraryPanel panel(&f.session);
        addSolidClip(f.session.project(), "already here", 5, 200, 60, 20);
        f.session.notifyClipsChanged();
        const QString bad = f.dir.filePath("broken.png");
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("this is not a PNG file at all, just some words");
        }
        QSignalSpy messages(&f.session, &tessera::ui::StudioSession::message);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(bad)});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&panel, &enter);
        QVERIFY(enter.isAccepted());
        QDragEnterEvent enterGrid(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(panel.view()->viewport(), &enterGrid);  // over the grid too
        QVERIFY(enterGrid.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&panel, &drop);
        QTRY_COMPARE(messages.count(), 1);
        QCOMPARE(messages.at(0).at(1).toBool(), true);
        QVERIFY2(messages.at(0).at(0).toString().contains("broken.png"), qPrintable(messages.at(0).at(0).toString()));
        QCOMPARE(int(f.session.project().assets().size()), 0);
        QCOMPARE(panel.view()->model()->rowCount(), 1);
    }

    // Deleting asks inline; a clip on the timeline is refused with the reason, non-modally.
    void refusedDeletionShowsTheReason() {
        SessionFixture f;
        LibraryPanel panel(&f.session);
        const int64_t a = addSolidClip(f.session.project(), "on the timeline", 5, 200, 60, 20);
        const int64_t b = addSolidClip(f.session.project(), "not used", 5, 20, 60, 200);
        f.session.notifyClipsChanged();
        tessera::app::ItemSource source;
        source.clipId = a;
        f.session.timeline()->requestInsert(f.session.timeline()->state().tracks.front().id, source);
        QSignalSpy messages(&f.session, &tessera::ui::StudioSession::message);
        panel.selectClips({a});
        panel.findChild<QAction*>("libraryDeleteAction")->trigger();
        QVERIFY(panel.findChild<QWidget*>("libraryDeleteBar")->isVisibleTo(&panel));
        panel.findChild<QToolButton*>("libraryDeleteConfirm")->click();
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.at(0).at(1).toBool());
        QVERIFY2(messages.at(0).at(0).toString().contains("timeline"), qPrintable(messages.at(0).at(0).toString()));
        QCOMPARE(panel.view()->model()->rowCount(), 2);

        panel.selectClips({b});
        panel.findChild<QAction*>("libraryDeleteAction")->trigger();
        panel.findChild<QToolButton*>("libraryDeleteConfirm")->click();
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        QCOMPARE(int(f.session.project().clips().size()), 1);
    }

    // Moving the mouse across a clip's picture shows the frame at that position (decoded off the
    // GUI thread, so it arrives a little later).
    void hoverScrubsThroughTheClip() {
        SessionFixture f;
        LibraryPanel panel(&f.session);
        addSolidClip(f.session.project(), "a white bar sweeps across", 24, 40, 40, 160, 128, 72);
        f.session.notifyClipsChanged();
        panel.resize(420, 360);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QWidget* viewport = panel.view()->viewport();
        const QModelIndex index = panel.view()->model()->index(0, 0);
        const QRect item = panel.view()->visualRect(index);
        const QImage thumbnail = index.data(Qt::DecorationRole).value<QPixmap>().toImage();
        const QPoint left(item.left() + 12, item.top() + 40), right(item.right() - 12, item.top() + 40);

        moveMouse(viewport, left);
        QTRY_VERIFY(index.data(LibraryPanel::ScrubFrameRole).toInt() >= 0);
        const int leftFrame = index.data(LibraryPanel::ScrubFrameRole).toInt();
        const QImage leftImage = index.data(Qt::DecorationRole).value<QPixmap>().toImage();
        moveMouse(viewport, right);
        QTRY_VERIFY(index.data(LibraryPanel::ScrubFrameRole).toInt() > leftFrame);
        const QImage rightImage = index.data(Qt::DecorationRole).value<QPixmap>().toImage();
        QVERIFY(leftImage != rightImage);

        // Leaving the item shows the thumbnail again.
        moveMouse(viewport, QPoint(item.right() + 40, item.bottom() + 40));
        QCOMPARE(index.data(LibraryPanel::ScrubFrameRole).toInt(), -1);
        QCOMPARE(index.data(Qt::DecorationRole).value<QPixmap>().toImage(), thumbnail);
    }

    // A language switch re-labels both panels and keeps what they show.
    void survivesALanguageChange() {
        SessionFixture f;
        LibraryPanel library(&f.session);
        InspectorPanel inspector(&f.session);
        const int64_t a = addSolidClip(f.session.project(), "a kite over the dunes", 5, 200, 150, 60);
        f.session.notifyClipsChanged();
        library.selectClips({a});
        library.setMinimumRating(0);
        for (const char* code : {"de", "ja", "en"}) {
            tessera::ui::setLanguage(code);
            QCoreApplication::processEvents();
            QCOMPARE(library.view()->model()->rowCount(), 1);
            QCOMPARE(library.selectedClips(), QList<qint64>({a}));
            QCOMPARE(inspector.findChild<QLabel*>("prompt")->text(), QString("a kite over the dunes"));
        }
        QCOMPARE(inspector.action("regenerate")->text(), QString("&Regenerate"));
    }

    // Pictures of both panels on a project with a few clips, to look at.
    void screenshots() {
        SessionFixture f;
        auto& p = f.session.project();
        const struct {
            const char* prompt;
            int frames;
            uint8_t r, g, b;
        } clips[] = {
            {"a red fox trots across a snowy meadow at dawn, soft light", 17, 190, 70, 40},
            {"blue ocean waves rolling onto black sand", 33, 30, 80, 170},
            {"a green hill under drifting clouds", 9, 50, 150, 70},
            {"neon city street at night in the rain, reflections on wet asphalt, slow dolly forward", 49, 150, 40, 160},
            {"golden wheat field swaying in the wind", 5, 200, 170, 60},
            {"a grey stone lighthouse", 1, 110, 110, 120},
        };
        std::vector<int64_t> ids;
        for (const auto& c : clips) ids.push_back(addSolidClip(p, c.prompt, c.frames, c.r, c.g, c.b, 128, 72));
        tessera::app::ClipChanges changes;
        changes.favourite = true;
        changes.rating = 4;
        changes.tags = std::vector<std::string>{"nature", "snow"};
        p.updateClip(ids[0], changes);
        changes = {};
        changes.rating = 2;
        p.updateClip(ids[3], changes);
        changes = {};
        changes.favourite = true;
        p.updateClip(ids[1], changes);
        const QString png = f.dir.filePath("reference photo.png");
        QImage image(96, 64, QImage::Format_RGB888);
        image.fill(QColor(220, 120, 60));
        QVERIFY(image.save(png));
        const qint64 asset = f.session.importFiles({png}).front();
        const int64_t child =
            addChildClip(p, "neon city street at night, continued: the camera rises over the rooftops", ids[3], asset);

        LibraryPanel library(&f.session);
        InspectorPanel inspector(&f.session);
        library.resize(560, 560);
        inspector.resize(380, 760);
        library.show();
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        library.selectClips({child});
        QCOMPARE(inspector.clip(), qint64(child));
        QCoreApplication::processEvents();
        QVERIFY(library.grab().save("/tmp/library_panel.png"));
        QVERIFY(inspector.grab().save("/tmp/inspector_panel.png"));
        library.resize(300, 500);  // a narrow dock
        QCoreApplication::processEvents();
        QVERIFY(library.grab().save("/tmp/library_panel_narrow.png"));

        // Scrubbing one clip while the delete bar asks about another.
        library.selectClips({ids[4]});
        library.findChild<QAction*>("libraryDeleteAction")->trigger();
        const QModelIndex scrubbed = rowOfClip(library, ids[3]);
        const QRect item = library.view()->visualRect(scrubbed);
        moveMouse(library.view()->viewport(), QPoint(item.left() + item.width() * 2 / 3, item.top() + 30));
        QTRY_VERIFY(scrubbed.data(LibraryPanel::ScrubFrameRole).toInt() > 0);
        QVERIFY(library.grab().save("/tmp/library_panel_scrub.png"));
    }
};

QTEST_MAIN(LibraryPanelTest)
#include "test_library_panel.moc"
