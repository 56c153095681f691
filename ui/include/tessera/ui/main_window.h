#pragma once
// The studio's main window: a preview in the middle and rearrangeable docks around it.
#include <QMainWindow>

class QDockWidget;

namespace tessera::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    /// The dock with the given object name ("prompt", "library", "timeline", "queue", "inspector").
    QDockWidget* dock(const QString& name) const;

protected:
    void closeEvent(QCloseEvent* event) override;
    /// A language change (ui/language.h) re-labels everything.
    void changeEvent(QEvent* event) override;

private:
    QDockWidget* addPanel(const QString& name, Qt::DockWidgetArea area);
    void retranslate();
    void buildMenus();
    void showAbout();
    QList<QDockWidget*> docks_;
};

/// Applies the default dark theme (Fusion style with a dark palette) to the application.
void applyDarkTheme();

}  // namespace tessera::ui
