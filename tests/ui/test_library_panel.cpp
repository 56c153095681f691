// (in progress)
#include <QtTest/QtTest>
class LibraryPanelTest : public QObject {
    Q_OBJECT
};
QTEST_MAIN(LibraryPanelTest)
#include "test_library_panel.moc"
