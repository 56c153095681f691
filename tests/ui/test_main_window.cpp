// The studio's main window builds offscreen with its docks and menus.
#include <QDockWidget>
#include <QMenuBar>
#include <QtTest/QtTest>

#include "tessera/ui/language.h"
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
        QCOMPARE(menus, QStringList({"File", "View", "Help"}));
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
            {"de", {"&Datei", "&Ansicht", "&Hilfe"}, "Prompt", "Warteschlange"},
            {"fr", {"&Fichier", "&Affichage", "&Aide"}, "Invite", "File d'attente"},
            {"es", {"&Archivo", "&Ver", "A&yuda"}, "Indicación", "Cola"},
            {"ja", {"ファイル(&F)", "表示(&V)", "ヘルプ(&H)"}, "プロンプト", "キュー"},
            {"en", {"&File", "&View", "&Help"}, "Prompt", "Queue"},
        };
        for (const auto& c : cases) {
            QCOMPARE(tessera::ui::setLanguage(c.code), QString(c.code));
            QCoreApplication::processEvents();
            QCOMPARE(menus(), c.menus);
            QCOMPARE(w.dock("prompt")->windowTitle(), c.prompt);
            QCOMPARE(w.dock("queue")->windowTitle(), c.queue);
            // The dock's empty-state text follows too (English only for "en").
            QCOMPARE(w.dock("prompt")->widget()->property("text").toString() ==
                         "Describe a shot, or drop an image or a clip here.",
                     QString(c.code) == "en");
        }
        QCOMPARE(tessera::ui::setLanguage("xx"), QString("en"));  // unknown: English
    }
};

QTEST_MAIN(MainWindowTest)
#include "test_main_window.moc"
