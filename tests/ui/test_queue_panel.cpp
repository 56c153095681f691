// (in progress)
#include <QtTest/QtTest>
class QueuePanelTest : public QObject {
    Q_OBJECT
};
QTEST_MAIN(QueuePanelTest)
#include "test_queue_panel.moc"
