// (in progress)
#include <QtTest/QtTest>
class TimelinePanelTest : public QObject {
    Q_OBJECT
};
QTEST_MAIN(TimelinePanelTest)
#include "test_timeline_panel.moc"
