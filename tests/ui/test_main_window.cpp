// The studio's main window builds offscreen with its docks and menus.
#include <QDockWidget>
#include <QMenuBar>
#include <QtTest/QtTest>

#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include "tessera/app/plugins.h"
#include "tessera/ui/language.h"
#include "tessera/ui/preferences.h"
#include "tessera/ui/main_window.h"

class MainWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void constructsWithEveryDock() {
        tessera::ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const char* name : {"prompt", "library", "inspector", "queue", "timeline"}) {
            QDockWidget* d = w.dock(name);
            QVERIFY2(d != nullptr, name);
            QVERIFY2(d->isVisible(), name);
        }
        QCOMPARE(w.dock("nonexistent"), nullptr);
        QStringList menus;
        for (QAction* a : w.menuBar()->actions()) menus << a->text().remove('&');
        QCOMPARE(menus, QStringList({"File", "Edit", "View", "Help"}));
        QImage shot = w.grab().toImage();
        QVERIFY(shot.width() > 400 && shot.height() > 300);
    }

    // Switching the language re-labels the open window: menus, docks (the prompt editor among
    // them) and the title, in every shipped translation, and back to English.
    void switchesLanguageAtRunTime() {
        tessera::ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto menus = [&] {
            QStringList m;
            for (QAction* a : w.menuBar()->actions()) m << a->text();
            return m;
        };
        const struct {
            const char* code;
            QStringList menus;
            QString prompt, queue;
        } cases[] = {
            {"de", {"&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"}, "Prompt", "Warteschlange"},
            {"fr", {"&Fichier", "É&dition", "&Affichage", "&Aide"}, "Invite", "File d'attente"},
            {"es", {"&Archivo", "&Editar", "&Ver", "A&yuda"}, "Indicación", "Cola"},
            {"ja", {"ファイル(&F)", "編集(&E)", "表示(&V)", "ヘルプ(&H)"}, "プロンプト", "キュー"},
            {"en", {"&File", "&Edit", "&View", "&Help"}, "Prompt", "Queue"},
        };
        for (const auto& c : cases) {
            QCOMPARE(tessera::ui::setLanguage(c.code), QString(c.code));
            QCoreApplication::processEvents();
            QCOMPARE(menus(), c.menus);
            QCOMPARE(w.dock("prompt")->windowTitle(), c.prompt);
            QCOMPARE(w.dock("queue")->windowTitle(), c.queue);
            // The prompt editor's own labels follow too (English only for "en").
            auto* generate = w.dock("prompt")->widget()->findChild<QPushButton*>("generateButton");
            QVERIFY(generate);
            QCOMPARE(generate->text().startsWith("Generate"), QString(c.code) == "en");
        }
        QCOMPARE(tessera::ui::setLanguage("xx"), QString("en"));  // unknown: English
    }

    // Preferences > Plugins lists the build's example plugins; unticking one disables it (the
    // same state `tessera plugins list` reads), ticking it enables it again.
    void preferencesPluginsPage() {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        tessera::ui::PreferencesDialog d;
        QTableWidget* t = d.pluginTable();
        int row = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->data(Qt::UserRole).toString() == "org.tessera.examples.film-grain") row = r;
        QVERIFY2(row >= 0, "the film-grain example is listed");
        if (qEnvironmentVariableIsSet("TESSERA_UI_SHOTS")) {  // pictures to look at
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            d.grab().save(qEnvironmentVariable("TESSERA_UI_SHOTS") + "/preferences_general.png");
            qobject_cast<QTabWidget*>(d.findChild<QTabWidget*>("tabs"))->setCurrentIndex(1);
            d.grab().save(qEnvironmentVariable("TESSERA_UI_SHOTS") + "/preferences_plugins.png");
        }
        QCOMPARE(t->item(row, 0)->checkState(), Qt::Checked);
        t->item(row, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(tessera::app::PluginManager::standard().find("org.tessera.examples.film-grain").enabled == false);
        row = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->data(Qt::UserRole).toString() == "org.tessera.examples.film-grain") row = r;
        QVERIFY(t->item(row, 3)->text().startsWith("Disabled"));
        t->item(row, 0)->setCheckState(Qt::Checked);
        QVERIFY(tessera::app::PluginManager::standard().find("org.tessera.examples.film-grain").enabled);
    }

    // The marker of a running session: present after a crash, gone after a clean exit.
    void safeModeMarker() {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        QVERIFY(!tessera::ui::previousSessionCrashed());
        tessera::ui::markSessionRunning();
        QVERIFY(tessera::ui::previousSessionCrashed());  // what the next start sees if this one dies
        tessera::ui::markCleanExit();
        QVERIFY(!tessera::ui::previousSessionCrashed());
    }
};

QTEST_MAIN(MainWindowTest)
#include "test_main_window.moc"
