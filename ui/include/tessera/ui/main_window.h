#pragma once
// The studio's main window: the preview player in the middle and rearrangeable docks around it
// (prompt, library, inspector, queue, timeline), all sharing one StudioSession.
#include <QMainWindow>
#include <QMap>

class QDockWidget;
class QLabel;
class QMenu;

namespace tessera::ui {

class StudioSession;
class PromptPanel;
class LibraryPanel;
class InspectorPanel;
class QueuePanel;
class TimelinePanel;
class PreviewPlayer;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;
    /// The dock with the given object name ("prompt", "library", "timeline", "queue", "inspector").
    QDockWidget* dock(const QString& name) const;
    StudioSession* session() const { return session_; }
    PromptPanel* promptPanel() const { return prompt_; }
    LibraryPanel* libraryPanel() const { return library_; }
    InspectorPanel* inspectorPanel() const { return inspector_; }
    QueuePanel* queuePanel() const { return queue_; }
    TimelinePanel* timelinePanel() const { return timeline_; }
    PreviewPlayer* previewPlayer() const { return player_; }

    /// Opens a project (or creates it with `create`); shows an error in the status bar and returns
    /// false when it cannot. Remembered in the recent projects.
    bool openProject(const QString& dir, bool create = false);
    /// What a first start does: the last project, else a starter project with a sample prompt.
    void openStartupProject();

protected:
    void closeEvent(QCloseEvent* event) override;
    /// A language change (ui/language.h) re-labels everything.
    void changeEvent(QEvent* event) override;

private:
    QDockWidget* addPanel(const QString& name, QWidget* widget, Qt::DockWidgetArea area);
    void retranslate();
    void buildMenus();
    void showAbout();
    void showShortcuts();
    void newProject();
    void openProjectDialog();
    void importMedia();
    void exportDialog();
    void extendClip(qint64 clipId, qint64 itemId);
    void showMessage(const QString& text, bool error);
    void setLightTheme(bool light);

    StudioSession* session_;
    PromptPanel* prompt_ = nullptr;
    LibraryPanel* library_ = nullptr;
    InspectorPanel* inspector_ = nullptr;
    QueuePanel* queue_ = nullptr;
    TimelinePanel* timeline_ = nullptr;
    PreviewPlayer* player_ = nullptr;
    QLabel* banner_ = nullptr;
    QList<QDockWidget*> docks_;
    QMap<qint64, qint64> extendJobs_;  ///< job -> timeline item the continuation lands after
    QByteArray defaultState_;
};

/// Applies the default dark theme (Fusion style with a dark palette) to the application.
void applyDarkTheme();
/// The light variant (View > Light theme).
void applyLightTheme();

}  // namespace tessera::ui
