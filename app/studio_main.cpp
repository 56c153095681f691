// `tessera-studio`: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

#include "tessera/engine.h"
#include "tessera/ui/language.h"
#include "tessera/ui/main_window.h"
#include "tessera/ui/preferences.h"
#include "tessera/ui/prompt_panel.h"
#include "tessera/ui/session.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("Tessera");
    QApplication::setApplicationName("Tessera Studio");
    QApplication::setApplicationVersion(QString::fromStdString(tessera::buildInfo().version));

    QCommandLineParser parser;
    parser.setApplicationDescription("Tessera Studio: make video with a diffusion model on your own machine.");
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot("screenshot", "Render the main window to FILE.png and exit.", "FILE");
    parser.addOption(screenshot);
    QCommandLineOption project("project", "Open this project folder (created if it does not exist).", "DIR");
    parser.addOption(project);
    QCommandLineOption delay("screenshot-delay", "With --screenshot: wait this long after the project loads (ms).", "MS", "500");
    parser.addOption(delay);
    QCommandLineOption model("model", "Generate with this model bundle (a folder) instead of the default model.", "DIR");
    parser.addOption(model);
    QCommandLineOption prompt("generate", "Queue a generation of this prompt on start (for demos and screenshots).", "PROMPT");
    parser.addOption(prompt);
    QCommandLineOption language("language", "Language of the interface: en, de, fr, es or ja (default: the "
                                            "preference, else the system's).", "CODE");
    parser.addOption(language);
    parser.process(app);
    tessera::ui::setLanguage(parser.isSet(language) ? parser.value(language) : tessera::ui::preferredLanguage());

    // A start after a crash (the previous session's marker is still there) offers safe mode:
    // every plugin off for this session, in case a plugin caused it.
    if (!parser.isSet(screenshot) && tessera::ui::previousSessionCrashed()) {
        const auto answer = QMessageBox::question(
            nullptr, QCoreApplication::translate("studio", "Tessera Studio"),
            QCoreApplication::translate("studio", "Tessera did not close properly last time. Start in safe mode, with "
                                                  "every plugin turned off?"));
        if (answer == QMessageBox::Yes) ::setenv("TESSERA_SAFE_MODE", "1", 1);
    }
    tessera::ui::markSessionRunning();

    // Preferences > CPU threads (0 = all cores), unless the environment already says.
    if (const int threads = QSettings().value("threads", 0).toInt(); threads > 0 && !qEnvironmentVariableIsSet("TESSERA_THREADS"))
        qputenv("TESSERA_THREADS", QByteArray::number(threads));
    tessera::initEngine();
    if (QSettings().value("theme/light", false).toBool()) tessera::ui::applyLightTheme();
    else tessera::ui::applyDarkTheme();
    tessera::ui::MainWindow window;
    window.show();
    if (parser.isSet(project)) {
        const QString dir = parser.value(project);
        window.openProject(dir, !QFileInfo::exists(dir + "/project.tessera"));
    } else {
        window.openStartupProject();
    }
    if (parser.isSet(model)) window.session()->setModelPath(QFileInfo(parser.value(model)).absoluteFilePath());
    if (parser.isSet(prompt)) {
        window.promptPanel()->setPrompt(parser.value(prompt));
        const auto ids = window.promptPanel()->generate();
        if (!ids.isEmpty()) window.session()->selectJob(ids.front());  // the preview follows it
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(parser.value(delay).toInt(), [&window, path] {
            bool ok = window.grab().save(path);
            std::fprintf(ok ? stdout : stderr, ok ? "screenshot written to %s\n" : "cannot write screenshot %s\n",
                         path.toLocal8Bit().constData());
            QApplication::exit(ok ? 0 : 1);
        });
    }
    const int rc = app.exec();
    tessera::ui::markCleanExit();
    return rc;
}
