#include "tessera/ui/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <thread>

#include "tessera/app/plugins.h"
#include "tessera/app/queue_runner.h"
#include "tessera/app/render.h"
#include "tessera/app/versions.h"
#include "tessera/engine.h"
#include "tessera/ui/inspector_panel.h"
#include "tessera/ui/library_panel.h"
#include "tessera/ui/preferences.h"
#include "tessera/ui/preview_player.h"
#include "tessera/ui/prompt_panel.h"
#include "tessera/ui/queue_panel.h"
#include "tessera/ui/session.h"
#include "tessera/ui/timeline_panel.h"

namespace tessera::ui {

namespace {
constexpr int kMaxRecent = 8;
const char* kSamplePrompt = "a large red ball bouncing on a white background";
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), session_(new StudioSession(this)) {
    setObjectName("TesseraMainWindow");
    resize(1440, 900);
    setDockNestingEnabled(true);

    player_ = new PreviewPlayer(session_, this);
    player_->setObjectName("preview");
    player_->setMinimumSize(480, 270);
    setCentralWidget(player_);

    prompt_ = new PromptPanel(session_, this);
    library_ = new LibraryPanel(session_, this);
    inspector_ = new InspectorPanel(session_, this);
    queue_ = new QueuePanel(session_, this);
    timeline_ = new TimelinePanel(session_, this);
    addPanel("prompt", prompt_, Qt::LeftDockWidgetArea);
    addPanel("library", library_, Qt::LeftDockWidgetArea);
    addPanel("inspector", inspector_, Qt::RightDockWidgetArea);
    addPanel("queue", queue_, Qt::RightDockWidgetArea);
    addPanel("timeline", timeline_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(dock("prompt"), dock("library"));
    dock("prompt")->raise();
    resizeDocks({dock("prompt"), dock("inspector")}, {380, 340}, Qt::Horizontal);
    resizeDocks({dock("timeline")}, {260}, Qt::Vertical);
    resizeDocks({dock("inspector"), dock("queue")}, {360, 280}, Qt::Vertical);

    banner_ = new QLabel(this);
    banner_->setObjectName("messageBanner");
    banner_->setWordWrap(false);
    statusBar()->addWidget(banner_, 1);

    // Wiring between the docks.
    connect(session_, &StudioSession::message, this, &MainWindow::showMessage);
    connect(inspector_, &InspectorPanel::usePrompt, this, [this](qint64 clipId) {
        try {
            // A generated clip gives its whole recipe; an imported one has only its prompt (none).
            const app::ClipRecord clip = session_->project().clip(clipId);
            if (clip.generationId > 0) {
                prompt_->useRecipe(app::jobSpecFromJson(session_->project().generation(clip.generationId).requestJson));
                showMessage(tr("The prompt and settings of clip %1 are in the prompt editor").arg(clipId), false);
            } else {
                prompt_->setPrompt(QString::fromStdString(clip.prompt));
            }
            dock("prompt")->raise();
        } catch (const std::exception& e) {
            showMessage(QString::fromUtf8(e.what()), true);
        }
    });
    connect(inspector_, &InspectorPanel::taskRequested, this, [this](const QString& task, qint64 clipId) {
        if (task == "connect") {
            prompt_->setTask(task, clipId);
            showMessage(tr("Drop the second clip on the prompt editor to connect to it."), false);
        } else {
            prompt_->setTask(task, clipId);
        }
        try {
            if (prompt_->prompt().isEmpty()) prompt_->setPrompt(QString::fromStdString(session_->project().clip(clipId).prompt));
        } catch (const std::exception&) {
        }
        dock("prompt")->raise();
    });
    connect(timeline_, &TimelinePanel::extendRequested, this, &MainWindow::extendClip);
    connect(timeline_, &TimelinePanel::playheadMoved, this, [this](int64_t frame) {
        player_->showTimeline();
        player_->seek(frame);
    });
    connect(player_, &PreviewPlayer::positionChanged, this, [this](int64_t frame) {
        if (player_->source() == PreviewPlayer::Source::Timeline && timeline_->playhead() != frame) timeline_->setPlayhead(frame);
    });
    connect(session_, &StudioSession::jobFinished, this, [this](qint64 job, const QString& state, qint64 clip, const QString&) {
        const auto it = extendJobs_.find(job);
        if (it == extendJobs_.end()) return;
        const qint64 itemId = it.value();
        extendJobs_.erase(it);
        if (state != "done" || !clip || !session_->timeline()) return;
        auto* model = session_->timeline();
        const auto* item = model->state().item(itemId);
        const auto* track = model->state().trackOfItem(itemId);
        if (!item || !track) return;
        try {
            // The result holds the original clip and then the continuation: only the new part goes after it.
            app::ItemSource src;
            src.clipId = clip;
            src.in = app::sourceLengthFrames(session_->project(), item->clipId, 0, model->state().fps);
            const int64_t at = item->end();
            int64_t trackEnd = 0;
            for (const auto& other : track->items) trackEnd = std::max(trackEnd, other.end());
            model->requestInsert(track->id, src, at == trackEnd ? at : -1);
            showMessage(tr("The continuation of clip %1 is on the timeline.").arg(item->clipId), false);
        } catch (const std::exception& e) {
            showMessage(tr("The continuation is in the library but could not go on the timeline: %1").arg(QString::fromUtf8(e.what())), true);
        }
    });

    retranslate();
    defaultState_ = saveState();
    QSettings settings;
    restoreGeometry(settings.value("mainWindow/geometry").toByteArray());
    restoreState(settings.value("mainWindow/state").toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::retranslate() {
    setWindowTitle(session_->hasProject() ? tr("Tessera Studio - %1").arg(QFileInfo(session_->projectDir()).fileName())
                                          : tr("Tessera Studio"));
    const struct {
        const char* name;
        QString title;
    } panels[] = {
        {"prompt", tr("Prompt")},     {"library", tr("Library")},   {"inspector", tr("Inspector")},
        {"queue", tr("Queue")},       {"timeline", tr("Timeline")},
    };
    for (const auto& p : panels)
        if (QDockWidget* d = dock(p.name)) d->setWindowTitle(p.title);
    for (QAction* a : menuBar()->actions())
        if (QMenu* m = a->menu()) m->deleteLater();
    menuBar()->clear();
    buildMenus();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

QDockWidget* MainWindow::addPanel(const QString& name, QWidget* widget, Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    docks_.push_back(dock);
    return dock;
}

QDockWidget* MainWindow::dock(const QString& name) const {
    for (auto* d : docks_)
        if (d->objectName() == name) return d;
    return nullptr;
}

void MainWindow::showMessage(const QString& text, bool error) {
    banner_->setText(text);
    banner_->setToolTip(text);
    banner_->setStyleSheet(error ? "QLabel { color: #ff8a65; font-weight: bold; }" : QString());
    // Errors stay until the next message; notes fade after a while.
    if (!error) QTimer::singleShot(8000, banner_, [b = QPointer<QLabel>(banner_), text] {
        if (b && b->text() == text) b->clear();
    });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project..."), this, &MainWindow::newProject)->setShortcut(QKeySequence::New);
    file->addAction(tr("&Open project..."), this, &MainWindow::openProjectDialog)->setShortcut(QKeySequence::Open);
    QMenu* recent = file->addMenu(tr("Open &recent"));
    recent->setObjectName("recentMenu");
    const QStringList recents = QSettings().value("recentProjects").toStringList();
    for (const QString& dir : recents) recent->addAction(dir, this, [this, dir] { openProject(dir); });
    recent->setEnabled(!recents.isEmpty());
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import media..."), this, &MainWindow::importMedia);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* exportAction = file->addAction(tr("&Export timeline..."), this, &MainWindow::exportDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setObjectName("exportAction");
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = edit->addAction(tr("&Undo"), this, [this] {
        if (auto* t = session_->timeline(); t && t->canUndo()) try {
                t->undo();
            } catch (const std::exception& e) {
                showMessage(QString::fromUtf8(e.what()), true);
            }
    });
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName("undoAction");
    QAction* redo = edit->addAction(tr("&Redo"), this, [this] {
        if (auto* t = session_->timeline(); t && t->canRedo()) try {
                t->redo();
            } catch (const std::exception& e) {
                showMessage(QString::fromUtf8(e.what()), true);
            }
    });
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setObjectName("redoAction");
    // The timeline dock handles Ctrl+Z itself while it has focus; these are for everywhere else.
    undo->setShortcutContext(Qt::WindowShortcut);
    redo->setShortcutContext(Qt::WindowShortcut);
    edit->addSeparator();
    QAction* prefs = edit->addAction(tr("&Preferences..."), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setObjectName("preferencesAction");

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (auto* d : docks_) view->addAction(d->toggleViewAction());
    view->addSeparator();
    QAction* light = view->addAction(tr("&Light theme"));
    light->setCheckable(true);
    light->setChecked(QSettings().value("theme/light", false).toBool());
    connect(light, &QAction::toggled, this, &MainWindow::setLightTheme);
    view->addAction(tr("&Reset layout"), this, [this] { restoreState(defaultState_); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts)->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Tessera"), this, &MainWindow::showAbout);
}

void MainWindow::setLightTheme(bool light) {
    QSettings().setValue("theme/light", light);
    if (light) applyLightTheme();
    else applyDarkTheme();
}

void MainWindow::showShortcuts() {
    const QString rows[][2] = {
        {"Ctrl+Enter", tr("Generate (prompt editor)")},
        {"Space", tr("Play / pause")},
        {"J / K / L", tr("Play backward / pause / play forward (press again for faster)")},
        {"Left / Right", tr("One frame back / forward")},
        {"I / O", tr("Set in / out point")},
        {"S", tr("Split the timeline item at the playhead")},
        {"Delete / Shift+Delete", tr("Delete / ripple delete the selected item")},
        {"Ctrl+Z / Ctrl+Shift+Z", tr("Undo / redo")},
        {"Ctrl+wheel, + / -", tr("Zoom the timeline")},
        {"Ctrl+I", tr("Import media")},
        {"Ctrl+E", tr("Export the timeline")},
    };
    QString html = "<table cellspacing=6>";
    for (const auto& r : rows) html += "<tr><td><b>" + r[0] + "</b></td><td>" + r[1].toHtmlEscaped() + "</td></tr>";
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setText(html + "</table>");
    box.exec();
}

void MainWindow::showAbout() {
    QString text = "<h3>" + QString::fromStdString(app::versionLine()) + "</h3><table>";
    for (const auto& [name, version] : app::componentVersions())
        text += "<tr><td>" + QString::fromStdString(name).toHtmlEscaped() + "&nbsp;&nbsp;</td><td>" +
                QString::fromStdString(version).toHtmlEscaped() + "</td></tr>";
    text += "</table>";
    QMessageBox::about(this, tr("About Tessera"), text);
}

bool MainWindow::openProject(const QString& dir, bool create) {
    try {
        session_->openProject(dir, create);
    } catch (const std::exception& e) {
        showMessage(tr("Cannot open %1: %2").arg(dir, QString::fromUtf8(e.what())), true);
        return false;
    }
    QSettings settings;
    QStringList recents = settings.value("recentProjects").toStringList();
    recents.removeAll(session_->projectDir());
    recents.prepend(session_->projectDir());
    while (recents.size() > kMaxRecent) recents.removeLast();
    settings.setValue("recentProjects", recents);
    settings.setValue("lastProject", session_->projectDir());
    retranslate();  // title and recent menu
    showMessage(tr("Opened %1").arg(session_->projectDir()), false);
    // A cut in progress opens whole in view, with its first frame in the preview.
    if (session_->timeline() && session_->timeline()->state().duration() > 0)
        QTimer::singleShot(0, this, [this] {
            timeline_->zoomToFit();
            player_->showTimeline();
        });
    return true;
}

void MainWindow::openStartupProject() {
    const QString last = QSettings().value("lastProject").toString();
    if (!last.isEmpty() && QFileInfo::exists(last + "/project.tessera") && openProject(last)) return;
    // A first start: a starter project with a sample prompt ready to generate.
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty()) base = QDir::homePath();
    const QString starter = base + "/Tessera/Starter project";
    const bool exists = QFileInfo::exists(starter + "/project.tessera");
    if (openProject(starter, !exists) && prompt_->prompt().isEmpty()) {
        prompt_->setPrompt(QString::fromUtf8(kSamplePrompt));
        showMessage(tr("Welcome! This is a starter project in %1. Press Ctrl+Enter to generate the sample prompt.").arg(starter),
                    false);
    }
}

void MainWindow::newProject() {
    const QString dir = QFileDialog::getSaveFileName(this, tr("New project folder"), QDir::homePath() + "/Tessera/Untitled");
    if (!dir.isEmpty()) openProject(dir, true);
}

void MainWindow::openProjectDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open project folder"), QDir::homePath());
    if (!dir.isEmpty()) openProject(dir);
}

void MainWindow::importMedia() {
    if (!session_->hasProject()) return showMessage(tr("Open or create a project first."), true);
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import media"), QDir::homePath(), tr("Media (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.exr *.mp4 *.webm *.mov *.mkv *.gif *.wav *.mp3 *.ogg *.flac *.m4a)"));
    if (files.isEmpty()) return;
    try {
        const auto ids = session_->importFiles(files);
        showMessage(tr("Imported %n file(s)", nullptr, int(ids.size())), false);
    } catch (const std::exception& e) {
        showMessage(tr("Nothing was imported: %1").arg(QString::fromUtf8(e.what())), true);
    }
}

void MainWindow::exportDialog() {
    if (!session_->timeline()) return showMessage(tr("Open a project with a timeline first."), true);
    const app::TimelineState state = session_->timeline()->state();
    if (state.duration() == 0) return showMessage(tr("The timeline is empty: drag clips from the library onto it first."), true);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export timeline"));
    auto* form = new QFormLayout(&dialog);
    auto* format = new QComboBox(&dialog);
    const struct {
        const char* name;
        QString label;
    } formats[] = {{"mp4", tr("MP4 (H.264 + AAC)")},        {"webm", tr("WebM (VP9 + Opus)")},
                   {"prores", tr("QuickTime ProRes 422 HQ")}, {"gif", tr("Animated GIF")},
                   {"png", tr("PNG image sequence")},        {"exr", tr("OpenEXR sequence (linear half float)")}};
    for (const auto& f : formats) format->addItem(f.label, QString(f.name));
    // Exporter plugins are formats too.
    try {
        for (const auto& p : app::PluginManager::standard().enabledOfKind("exporter"))
            format->addItem(tr("%1 (plugin)").arg(QString::fromStdString(p.name)), "plugin:" + QString::fromStdString(p.id));
    } catch (const std::exception&) {
    }
    auto* path = new QLineEdit(QDir(session_->projectDir()).filePath("../" + QString::fromStdString(state.name) + ".mp4"), &dialog);
    path->setText(QDir::cleanPath(path->text()));
    auto* browse = new QPushButton(tr("Browse..."), &dialog);
    auto* row = new QHBoxLayout();
    row->addWidget(path, 1);
    row->addWidget(browse);
    auto* subtitles = new QCheckBox(tr("Write .srt and .vtt subtitles beside it"), &dialog);
    subtitles->setChecked(true);
    form->addRow(tr("Format"), format);
    form->addRow(tr("File"), row);
    form->addRow(QString(), subtitles);
    form->addRow(new QLabel(tr("%1x%2, %3 fps, %4 s. A .manifest.json records how every shot was made.")
                                .arg(state.width)
                                .arg(state.height)
                                .arg(state.fps)
                                .arg(state.duration() / state.fps, 0, 'f', 2),
                            &dialog));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(format, qOverload<int>(&QComboBox::currentIndexChanged), &dialog, [&] {
        const QString name = format->currentData().toString();
        QString ext;
        if (name.startsWith("plugin:")) {
            try {
                auto plugins = app::PluginManager::standard();
                auto process = plugins.open(name.mid(7).toStdString());
                ext = "." + QString::fromStdString(process->describe().value("extension", std::string("bin")));
            } catch (const std::exception& e) {
                showMessage(QString::fromUtf8(e.what()), true);
            }
        } else {
            ext = QString::fromStdString(app::defaultExtension(app::exportFormatFromName(name.toStdString())));
        }
        QFileInfo fi(path->text());
        path->setText(fi.path() + "/" + fi.completeBaseName() + ext);
    });
    connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString f = QFileDialog::getSaveFileName(&dialog, tr("Export to"), path->text());
        if (!f.isEmpty()) path->setText(f);
    });
    if (dialog.exec() != QDialog::Accepted) return;

    // Rendering runs on its own thread with its own connection to the project; progress comes back
    // to the status bar, so the studio stays responsive.
    app::ExportOptions options;
    const QString chosen = format->currentData().toString();
    if (chosen.startsWith("plugin:")) options.exporterPlugin = chosen.mid(7).toStdString();
    else options.format = app::exportFormatFromName(chosen.toStdString());
    options.out = path->text().toStdString();
    options.subtitleSidecars = subtitles->isChecked();
    const std::string dir = session_->projectDir().toStdString();
    QPointer<MainWindow> self(this);
    showMessage(tr("Exporting %1...").arg(path->text()), false);
    std::thread([self, dir, state, options]() mutable {
        QString result;
        bool failed = false;
        try {
            app::OpenOptions o;
            o.maintenance = false;
            auto project = app::ProjectLibrary::open(dir, o);
            int lastPct = -1;
            options.progress = [&](double f) {
                const int pct = int(f * 100);
                if (pct != lastPct && self)
                    QMetaObject::invokeMethod(self, [self, pct] {
                        if (self) self->statusBar()->showMessage(tr("Exporting: %1%").arg(pct), 2000);
                    });
                lastPct = pct;
                return !self.isNull();
            };
            const auto r = app::exportTimeline(*project, state, options);
            result = tr("Exported %1 (%2 s)").arg(QString::fromStdString(r.out)).arg(r.seconds, 0, 'f', 2);
        } catch (const std::exception& e) {
            failed = true;
            result = tr("Export failed, nothing was written: %1").arg(QString::fromUtf8(e.what()));
        }
        if (self) QMetaObject::invokeMethod(self, [self, result, failed] {
                if (self) self->showMessage(result, failed);
            });
    }).detach();
}

void MainWindow::extendClip(qint64 clipId, qint64 itemId) {
    try {
        const auto clip = session_->project().clip(clipId);
        app::JobSpec spec;
        spec.model = session_->modelPath().toStdString();
        spec.modelName = QFileInfo(session_->modelPath()).fileName().toStdString();
        spec.request.task = Task::ExtendForward;
        spec.request.prompt = clip.prompt;
        spec.seconds = 2.0;
        spec.inputs["video"] = app::InputRef{0, clipId};
        const auto ids = session_->enqueue(spec, 1);
        if (!ids.isEmpty()) extendJobs_[ids.front()] = itemId;
        showMessage(tr("Extending clip %1: the continuation lands after it on the timeline when it is done.").arg(clipId), false);
    } catch (const std::exception& e) {
        showMessage(tr("Cannot extend clip %1: %2").arg(clipId).arg(QString::fromUtf8(e.what())), true);
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue("mainWindow/geometry", saveGeometry());
    settings.setValue("mainWindow/state", saveState());
    session_->closeProject();  // stops the queue's workers; a running job goes back to the queue
    event->accept();
}

}  // namespace tessera::ui
