#include "tessera/ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include "tessera/app/versions.h"
#include "tessera/engine.h"
#include "tessera/ui/preferences.h"

namespace tessera::ui {

namespace {
QLabel* emptyState(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);  // drawn in the palette's muted text colour
    label->setMargin(12);
    return label;
}
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName("TesseraMainWindow");
    resize(1440, 900);
    setDockNestingEnabled(true);

    auto* preview = emptyState(QString(), this);
    preview->setObjectName("preview");
    preview->setMinimumSize(480, 270);
    setCentralWidget(preview);

    addPanel("prompt", Qt::LeftDockWidgetArea);
    addPanel("library", Qt::LeftDockWidgetArea);
    addPanel("inspector", Qt::RightDockWidgetArea);
    addPanel("queue", Qt::RightDockWidgetArea);
    addPanel("timeline", Qt::BottomDockWidgetArea);
    retranslate();

    QSettings settings;
    restoreGeometry(settings.value("mainWindow/geometry").toByteArray());
    restoreState(settings.value("mainWindow/state").toByteArray());
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Tessera Studio"));
    static_cast<QLabel*>(centralWidget())->setText(tr("Preview\n\nSelect a clip or a running job to see it here."));
    const struct {
        const char* name;
        QString title, empty;
    } panels[] = {
        {"prompt", tr("Prompt"), tr("Describe a shot, or drop an image or a clip here.")},
        {"library", tr("Library"), tr("No clips yet. Generated clips and imported media appear here.")},
        {"inspector", tr("Inspector"), tr("The recipe of the selected clip appears here.")},
        {"queue", tr("Queue"), tr("No jobs. Generations wait and run here.")},
        {"timeline", tr("Timeline"), tr("Drag clips here to cut a sequence.")},
    };
    for (const auto& p : panels)
        if (QDockWidget* d = dock(p.name)) {
            d->setWindowTitle(p.title);
            static_cast<QLabel*>(d->widget())->setText(p.empty);
        }
    for (QAction* a : menuBar()->actions())
        if (QMenu* m = a->menu()) m->deleteLater();
    menuBar()->clear();
    buildMenus();
    BuildInfo b = buildInfo();
    statusBar()->showMessage(tr("Ready: engine %1, LibTorch %2, device %3")
                                 .arg(QString::fromStdString(b.version), QString::fromStdString(b.libtorchVersion),
                                      QString::fromStdString(defaultDevice())));
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

QDockWidget* MainWindow::addPanel(const QString& name, Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(this);
    dock->setObjectName(name);
    dock->setWidget(emptyState(QString(), dock));
    addDockWidget(area, dock);
    docks_.push_back(dock);
    return dock;
}

QDockWidget* MainWindow::dock(const QString& name) const {
    for (auto* d : docks_)
        if (d->objectName() == name) return d;
    return nullptr;
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* prefs = edit->addAction(tr("&Preferences..."), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setObjectName("preferencesAction");

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (auto* d : docks_) view->addAction(d->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tessera"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout() {
    QString text = "<h3>" + QString::fromStdString(app::versionLine()) + "</h3><table>";
    for (const auto& [name, version] : app::componentVersions())
        text += "<tr><td>" + QString::fromStdString(name).toHtmlEscaped() + "&nbsp;&nbsp;</td><td>" +
                QString::fromStdString(version).toHtmlEscaped() + "</td></tr>";
    text += "</table>";
    QMessageBox::about(this, tr("About Tessera"), text);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue("mainWindow/geometry", saveGeometry());
    settings.setValue("mainWindow/state", saveState());
    event->accept();
}

}  // namespace tessera::ui
