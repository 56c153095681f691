// The studio's main window builds offscreen with its docks and menus.
#include <QDockWidget>
#include <QMenuBar>
#include <QtTest/QtTest>

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
};

QTEST_MAIN(MainWindowTest)
#include "test_main_window.moc"
