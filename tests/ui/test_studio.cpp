// The studio end to end, as a user drives it (offscreen): create a project, type a prompt, generate,
// see the clip in the library, drag it to the timeline, trim, split, undo, redo, regenerate from the
// inspector, cancel a running job; a bad drop gives a message, not a crash. The model is the
// random-weight test bundle (TESSERA_TEST_BUNDLE): it makes noise, but every path is the real one.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSlider>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest/QtTest>
#include <fstream>

#include "tessera/app/queue.h"
#include "tessera/app/queue_runner.h"
#include "tessera/ui/inspector_panel.h"
#include "tessera/ui/language.h"
#include "tessera/ui/library_panel.h"
#include "tessera/ui/main_window.h"
#include "tessera/ui/preview_player.h"
#include "tessera/ui/prompt_panel.h"
#include "tessera/ui/queue_panel.h"
#include "tessera/ui/session.h"
#include "tessera/ui/timeline_panel.h"

using namespace tessera;

class StudioTest : public QObject {
    Q_OBJECT
    QTemporaryDir config_;

    static void drop(QWidget* target, const QPoint& at, QMimeData* mime) {
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
    }
    static QString banner(ui::MainWindow& w) { return w.findChild<QLabel*>("messageBanner")->text(); }
    static int64_t videoTrack(ui::StudioSession* s) {
        for (const auto& t : s->timeline()->state().tracks)
            if (t.kind == app::TrackKind::Video) return t.id;
        return 0;
    }
    static std::vector<app::TimelineItem> videoItems(ui::StudioSession* s) {
        for (const auto& t : s->timeline()->state().tracks)
            if (t.kind == app::TrackKind::Video) return t.items;
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        // Settings, recent projects and plugin state of this run stay in a temporary folder.
        qputenv("XDG_CONFIG_HOME", config_.path().toUtf8());
        qputenv("XDG_DATA_HOME", config_.path().toUtf8());
        QVERIFY2(qEnvironmentVariableIsSet("TESSERA_TEST_BUNDLE"), "set TESSERA_TEST_BUNDLE to a model bundle");
    }

    void generateCutUndoRegenerateCancel() {
        QTemporaryDir dir;
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(dir.filePath("film"), true));
        ui::StudioSession* s = w.session();
        s->setModelPath(qEnvironmentVariable("TESSERA_TEST_BUNDLE"));

        // Type a prompt; the enhancer's caption shows what the model will get; Ctrl+Enter queues it.
        auto* edit = w.promptPanel()->findChild<QPlainTextEdit*>("promptEdit");
        edit->setFocus();
        QTest::keyClicks(edit, "a red ball bouncing");
        QVERIFY(w.promptPanel()->findChild<QLabel*>("enhancedPrompt")->text().contains("bouncing"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(int(s->project().clips().size()), 1, 120000);
        const int64_t clip = s->project().clips().front().id;
        QCOMPARE(s->project().clips().front().prompt, std::string("a red ball bouncing"));
        QTRY_COMPARE(w.libraryPanel()->view()->model()->rowCount(), 1);

        // Drag it from the library onto the timeline's video track.
        w.libraryPanel()->selectClips({clip});
        QCOMPARE(s->selectedClip(), clip);
        std::unique_ptr<QMimeData> mime(w.libraryPanel()->selectionMimeData());
        ui::TimelinePanel* tl = w.timelinePanel();
        const QRect lane = tl->trackRect(videoTrack(s));
        drop(tl->canvas(), QPoint(tl->xAtFrame(0) + 2, lane.center().y()), mime.get());
        QTRY_COMPARE(int(videoItems(s).size()), 1);
        const int64_t item = videoItems(s).front().id;
        const int64_t length = videoItems(s).front().length();
        QVERIFY(length >= 4);

        // Trim its right edge by dragging it two frames to the left.
        tl->setPixelsPerFrame(20);
        QCoreApplication::processEvents();
        QRect r = tl->itemRect(item);
        const QPoint edge(r.right() - 1, r.center().y());
        QTest::mousePress(tl->canvas(), Qt::LeftButton, {}, edge);
        QTest::mouseMove(tl->canvas(), edge - QPoint(20, 0));
        QTest::mouseMove(tl->canvas(), edge - QPoint(40, 0));
        QTest::mouseRelease(tl->canvas(), Qt::LeftButton, {}, edge - QPoint(40, 0));
        QTRY_COMPARE(videoItems(s).front().length(), length - 2);

        // Split at the playhead (S), then undo and redo from the Edit menu.
        tl->setPlayhead(2);
        tl->selectItem(item);
        tl->canvas()->setFocus();
        QTest::keyClick(tl->canvas(), Qt::Key_S);
        QTRY_COMPARE(int(videoItems(s).size()), 2);
        auto* undo = w.findChild<QAction*>("undoAction");
        auto* redo = w.findChild<QAction*>("redoAction");
        undo->trigger();
        QCOMPARE(int(videoItems(s).size()), 1);
        QCOMPARE(videoItems(s).front().length(), length - 2);
        undo->trigger();
        QCOMPARE(videoItems(s).front().length(), length);
        redo->trigger();
        redo->trigger();
        QCOMPARE(int(videoItems(s).size()), 2);
        QCOMPARE(app::loadTimeline(s->project(), s->timeline()->state().id), s->timeline()->state());

        // The preview shows the timeline at the playhead.
        tl->setPlayhead(1);
        QTRY_COMPARE(w.previewPlayer()->source(), ui::PreviewPlayer::Source::Timeline);

        // Regenerate from the inspector: same recipe and seed, a second clip.
        s->selectClip(clip);
        QTRY_COMPARE(w.inspectorPanel()->clip(), clip);
        w.inspectorPanel()->action("regenerate")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(int(s->project().clips().size()), 2, 120000);
        auto clips = s->project().clips();
        const auto g0 = s->project().generation(s->project().clip(clip).generationId);
        int64_t other = clips[0].id == clip ? clips[1].id : clips[0].id;
        const auto g1 = s->project().generation(s->project().clip(other).generationId);
        QCOMPARE(g1.seed, g0.seed);
        QCOMPARE(g1.prompt, g0.prompt);

        // Cancel a running job from the queue dock.
        app::JobSpec slow = app::jobSpecFromJson(g0.requestJson);
        slow.model = qEnvironmentVariable("TESSERA_TEST_BUNDLE").toStdString();
        slow.request.steps = 400;
        const qint64 job = s->enqueue(slow, 1).front();
        QTRY_COMPARE_WITH_TIMEOUT(s->queue().job(job).state, app::JobState::Running, 60000);
        w.queuePanel()->selectJob(job);
        w.queuePanel()->cancelSelected();
        QTRY_COMPARE_WITH_TIMEOUT(s->queue().job(job).state, app::JobState::Cancelled, 30000);
        QCOMPARE(int(s->project().clips().size()), 2);

        // Inpaint with a painted mask: the painter opens over the clip, a stroke, OK; the generation
        // runs with the mask as an input.
        w.promptPanel()->setTask("inpaint", clip);
        QTimer::singleShot(200, [] {
            for (QWidget* top : QApplication::topLevelWidgets())
                if (auto* d = qobject_cast<QDialog*>(top); d && d->isVisible())
                    if (auto* canvas = d->findChild<QWidget*>("maskCanvas")) {
                        const QPoint c = canvas->rect().center();
                        QTest::mousePress(canvas, Qt::LeftButton, {}, c);
                        for (int dx = 0; dx < 60; dx += 10) QTest::mouseMove(canvas, c + QPoint(dx, 0));
                        QTest::mouseRelease(canvas, Qt::LeftButton, {}, c + QPoint(60, 0));
                        d->grab().save(QDir::tempPath() + "/tessera_mask_painter.png");
                        d->accept();
                    }
        });
        w.promptPanel()->findChild<QPushButton*>("paintMaskButton")->click();
        QTRY_COMPARE(int(s->project().assets().size()), 1);
        const int before = int(s->project().clips().size());
        QVERIFY(!w.promptPanel()->generate().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(int(s->project().clips().size()), before + 1, 120000);
        {
            auto all = s->project().clips();
            const auto g = s->project().generation(all.front().generationId > all.back().generationId ? all.front().generationId
                                                                                                      : all.back().generationId);
            QCOMPARE(g.task, std::string("inpaint"));
            QVERIFY(g.inputs.count("mask") && g.inputs.at("mask").assetId == s->project().assets().front().id);
        }
        w.promptPanel()->setTask("t2v");
        // The remix strength is only a setting of edit: off (and drawn so) for every other task.
        auto* strength = w.promptPanel()->findChild<QSlider*>("strengthSlider");
        QVERIFY(strength && !strength->isEnabled());
        w.promptPanel()->setTask("edit", clip);
        QVERIFY(strength->isEnabled());
        w.promptPanel()->setTask("t2v");
        QVERIFY(!strength->isEnabled());

        // File > Export: the dialog proposes an MP4 beside the project; the export runs on a worker
        // thread and the file appears with its manifest.
        QTimer::singleShot(200, [] {
            for (QWidget* top : QApplication::topLevelWidgets())
                if (auto* d = qobject_cast<QDialog*>(top); d && d->isVisible()) {
                    d->grab().save(QDir::tempPath() + "/tessera_export_dialog.png");
                    d->accept();
                }
        });
        w.findChild<QAction*>("exportAction")->trigger();
        const QString exported = dir.filePath("Timeline 1.mp4");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(exported) && QFileInfo::exists(exported + ".manifest.json"), 60000);
        QTRY_VERIFY(banner(w).startsWith("Exported"));

        // A corrupt image dropped on the prompt editor: a message where the user looks, no crash.
        const QString bad = dir.filePath("broken.png");
        std::ofstream(bad.toStdString()) << "this is not a png";
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(bad)});
        drop(w.promptPanel(), QPoint(20, 20), &files);
        QTRY_VERIFY(banner(w).contains("broken.png"));
        QCOMPARE(int(s->project().assets().size()), 1);  // only the mask

        if (qEnvironmentVariableIsSet("TESSERA_UI_SHOTS"))
            w.grab().save(qEnvironmentVariable("TESSERA_UI_SHOTS") + "/studio_workflow.png");
    }

    // "Use as prompt" on a generated clip puts its whole recipe back in the prompt editor, so Generate
    // queues the same request; an impossible guidance interval is refused where the user looks.
    void useAsPromptRestoresTheRecipe() {
        QTemporaryDir dir;
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(dir.filePath("recipe"), true));
        ui::StudioSession* s = w.session();
        s->setModelPath(qEnvironmentVariable("TESSERA_TEST_BUNDLE"));
        ui::PromptPanel* panel = w.promptPanel();
        auto* steps = panel->findChild<QSpinBox*>("stepsSpin");
        auto* guidance = panel->findChild<QDoubleSpinBox*>("guidanceSpin");
        auto* limit = panel->findChild<QCheckBox*>("guidanceIntervalCheck");
        auto* low = panel->findChild<QDoubleSpinBox*>("guidanceLowSpin");
        auto* high = panel->findChild<QDoubleSpinBox*>("guidanceHighSpin");
        auto* shift = panel->findChild<QDoubleSpinBox*>("shiftSpin");
        auto* sampler = panel->findChild<QComboBox*>("samplerCombo");
        auto* aspect = panel->findChild<QComboBox*>("aspectCombo");
        auto* width = panel->findChild<QSpinBox*>("widthSpin");
        auto* height = panel->findChild<QSpinBox*>("heightSpin");
        auto* seconds = panel->findChild<QDoubleSpinBox*>("secondsSpin");
        auto* seed = panel->findChild<QLineEdit*>("seedEdit");
        auto* lock = panel->findChild<QCheckBox*>("lockSeed");
        auto* negative = panel->findChild<QLineEdit*>("negativeEdit");
        auto* enhance = panel->findChild<QCheckBox*>("enhanceCheck");
        auto* refine = panel->findChild<QCheckBox*>("refineCheck");
        auto* method = panel->findChild<QComboBox*>("methodCombo");
        for (QObject* o : std::initializer_list<QObject*>{steps, guidance, limit, low, high, shift, sampler, aspect, width,
                                                          height, seconds, seed, lock, negative, enhance, refine, method})
            QVERIFY(o);

        panel->setPrompt("a small blue square moving left");
        negative->setText("blur");
        aspect->setCurrentIndex(aspect->count() - 1);  // custom
        width->setValue(48);
        height->setValue(32);
        seconds->setValue(0.5);
        steps->setValue(2);
        guidance->setValue(2.5);
        shift->setValue(5);
        sampler->setCurrentIndex(sampler->count() - 1);
        const QString samplerName = sampler->currentData().toString();
        seed->setText("4242");
        lock->setChecked(true);
        QVERIFY(enhance->isChecked() && !refine->isChecked());  // the defaults
        enhance->setChecked(false);
        refine->setChecked(true);
        // The method row offers the ways of the task at hand: none for a remix, the engine's for text to
        // video, a backward extension and a loop from text, "auto" first.
        auto methods = [&] {
            QStringList names;
            for (int i = 0; i < method->count(); ++i) names << method->itemData(i).toString();
            return names;
        };
        panel->setTask("edit");
        QVERIFY(!method->isVisible());
        panel->setTask("extend-backward");
        QVERIFY(method->isVisible());
        QCOMPARE(methods(), QStringList({"", "reversed", "native"}));
        panel->setTask("loop");
        QCOMPARE(methods(), QStringList({"", "ring", "bridge"}));
        panel->setTask("t2v");
        QCOMPARE(methods(), QStringList({"", "direct", "image-first"}));
        QCOMPARE(method->currentIndex(), 0);
        method->setCurrentIndex(method->findData("image-first"));
        // A language change translates the choices and keeps the one made.
        QCOMPARE(tessera::ui::setLanguage("de"), QString("de"));
        QCoreApplication::processEvents();
        QCOMPARE(method->currentData().toString(), QString("image-first"));
        QCOMPARE(method->itemText(0), QString("automatisch (die des Modells)"));
        QCOMPARE(tessera::ui::setLanguage("en"), QString("en"));
        QCoreApplication::processEvents();
        QCOMPARE(method->currentData().toString(), QString("image-first"));
        QCOMPARE(method->itemText(0), QString("auto (the model's)"));

        // Low above high: refused with a message, nothing queued.
        limit->setChecked(true);
        low->setValue(0.8);
        high->setValue(0.2);
        QVERIFY(panel->generate().isEmpty());
        QVERIFY(banner(w).contains("guidance interval"));
        QCOMPARE(int(s->queue().list().size()), 0);

        low->setValue(0.2);
        high->setValue(0.8);
        QCOMPARE(panel->generate().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(int(s->project().clips().size()), 1, 120000);
        const auto clip = s->project().clips().front();
        const auto g = s->project().generation(clip.generationId);
        QCOMPARE(g.seed, int64_t(4242));
        QCOMPARE(g.steps, 2);
        QCOMPARE(g.guidance, 2.5);
        QCOMPARE(g.shift, 5.0);
        QCOMPARE(g.width, 96);  // refined: twice the 48 asked for
        QCOMPARE(g.sampler, samplerName.toStdString());
        const app::JobSpec first = app::jobSpecFromJson(g.requestJson);
        QCOMPARE(first.request.guidanceLow, 0.2);
        QCOMPARE(first.request.guidanceHigh, 0.8);
        QCOMPARE(first.request.negativePrompt, std::string("blur"));
        QCOMPARE(first.request.width, 48);
        QVERIFY(first.request.refine && !first.request.enhancePrompt);
        QCOMPARE(first.request.textToVideo, std::string("image-first"));

        // Everything changed back to the defaults, then "Use as prompt" on the clip.
        panel->setPrompt("something else");
        negative->clear();
        aspect->setCurrentIndex(0);
        steps->setValue(0);
        guidance->setValue(0);
        limit->setChecked(false);
        shift->setValue(0);
        sampler->setCurrentIndex(0);
        lock->setChecked(false);
        seed->clear();
        enhance->setChecked(true);
        refine->setChecked(false);
        method->setCurrentIndex(0);
        s->selectClip(clip.id);
        QTRY_COMPARE(w.inspectorPanel()->clip(), clip.id);
        // The inspector says which steps were guided.
        const QString sampling = w.inspectorPanel()->findChild<QLabel*>("sampling")->text();
        QVERIFY2(sampling.contains(QString::fromUtf8("σ 0.2 – 0.8")) && sampling.contains(QString::fromUtf8("refined ×2")) &&
                     sampling.contains("prompt as typed") && sampling.contains("image first"),
                 qPrintable(sampling));
        w.inspectorPanel()->action("usePrompt")->trigger();
        QCOMPARE(panel->prompt(), QString("a small blue square moving left"));
        QCOMPARE(negative->text(), QString("blur"));
        QCOMPARE(width->value(), 48);
        QCOMPARE(height->value(), 32);
        QCOMPARE(seconds->value(), 0.5);
        QCOMPARE(steps->value(), 2);
        QCOMPARE(guidance->value(), 2.5);
        QVERIFY(limit->isChecked() && low->isEnabled() && high->isEnabled());
        QCOMPARE(low->value(), 0.2);
        QCOMPARE(high->value(), 0.8);
        QCOMPARE(shift->value(), 5.0);
        QCOMPARE(sampler->currentData().toString(), samplerName);
        QCOMPARE(seed->text(), QString("4242"));
        QVERIFY(lock->isChecked());
        QVERIFY(!enhance->isChecked() && refine->isChecked());
        QCOMPARE(method->currentData().toString(), QString("image-first"));
        QVERIFY(panel->enhancedPrompt().isEmpty());  // the enhancer is off: the model sees the words as typed
        if (qEnvironmentVariableIsSet("TESSERA_UI_SHOTS"))
            w.grab().save(qEnvironmentVariable("TESSERA_UI_SHOTS") + "/studio_use_recipe.png");

        // Generate again: the same request as the clip's.
        QCOMPARE(panel->generate().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(int(s->project().clips().size()), 2, 120000);
        int64_t second = 0;
        for (const auto& c : s->project().clips())
            if (c.id != clip.id) second = c.generationId;
        QCOMPARE(app::jobSpecToJson(app::jobSpecFromJson(s->project().generation(second).requestJson)),
                 app::jobSpecToJson(first));

        // "Make a loop" without a clip makes a new loop from the prompt.
        panel->setTask("loop");
        QCOMPARE(panel->generate().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(int(s->project().clips().size()), 3, 120000);
        int64_t loopGeneration = 0;
        for (const auto& c : s->project().clips()) loopGeneration = std::max(loopGeneration, c.generationId);
        const auto loop = s->project().generation(loopGeneration);
        QCOMPARE(loop.task, std::string("loop"));
        QVERIFY(loop.inputs.empty());
    }
};

QTEST_MAIN(StudioTest)
#include "test_studio.moc"
