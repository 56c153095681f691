#pragma once
// Preferences: General (interface language) and Plugins (every installed plugin, its kinds, and a
// switch to enable or disable it, with the reason a plugin was disabled). Also the safe-mode
// bookkeeping: a marker file exists while the studio runs, so a start after a crash can offer to
// run with every plugin off.
#include <QDialog>
#include <string>
#include <vector>

class QTableWidget;
class QComboBox;
class QDoubleSpinBox;
class QListWidget;
class QSpinBox;

namespace tessera::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    /// The plugin table (for tests): one row per plugin, column 0 a checkable "enabled" item.
    QTableWidget* pluginTable() const { return plugins_; }
    QComboBox* languageBox() const { return language_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillPlugins();
    void fillModels();
    void retranslate();
    QTableWidget* plugins_ = nullptr;
    QComboBox* language_ = nullptr;
    QComboBox* device_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QComboBox* defaultModel_ = nullptr;
    QListWidget* folders_ = nullptr;
    QSpinBox* projectWidth_ = nullptr;
    QSpinBox* projectHeight_ = nullptr;
    QDoubleSpinBox* projectFps_ = nullptr;
    bool filling_ = false;
};

/// True when the previous studio session did not end cleanly (its marker file is still there).
/// The model search path with the model folders of the preferences.
std::vector<std::string> modelSearchPath();

bool previousSessionCrashed();
/// Creates the marker for this session (removed by markCleanExit()).
void markSessionRunning();
void markCleanExit();

}  // namespace tessera::ui
