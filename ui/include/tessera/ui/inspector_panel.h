#pragma once
// The inspector dock: the full recipe of the selected clip (prompts, seed, model, settings, device,
// timings, parent and inputs) and what can be done with it: run it again, vary it, continue it.
#include <QList>
#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QStackedWidget;
class QVBoxLayout;

namespace tessera::ui {

class StudioSession;

class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(StudioSession* session, QWidget* parent = nullptr);

    /// The clip shown; 0 = none.
    qint64 clip() const { return clipId_; }
    /// Shows a clip's recipe (done on session->clipSelected); 0 or a missing clip shows the empty state.
    void showClip(qint64 clipId);
    /// The panel's actions by object name: "regenerate", "varySeed", "usePrompt", "extendForward",
    /// "extendBackward", "loop", "remix", "connect", "revealFile", "copySeed". Null for another name.
    QAction* action(const QString& name) const;

    /// Queues the shown clip's request again: the same seed, or with `newSeed` a random one.
    /// Returns the job ids (empty, with a message through session->inform, when it cannot).
    QList<qint64> regenerate(bool newSeed = false);
    /// Puts the shown clip's seed on the clipboard.
    void copySeed();
    /// Opens the folder of the shown clip's media file in the file manager.
    void revealFile();

Q_SIGNALS:
    /// "Use as prompt": load this clip's prompt and settings into the prompt editor.
    void usePrompt(qint64 clipId);
    /// A follow-up generation from this clip: "extend-forward", "extend-backward", "loop", "remix", "connect".
    void taskRequested(QString task, qint64 clipId);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// A wrapping, selectable value label named `name`.
    QLabel* makeValue(const char* name);
    /// Adds a form row: a field-name label (its text set in retranslate()) and the field.
    void addRow(QWidget* field);
    void retranslate();
    void refresh();
    void updateActions();

    StudioSession* session_;
    qint64 clipId_ = 0;
    bool canRegenerate_ = false;
    QString seedText_;

    QStackedWidget* stack_;
    QLabel* emptyLabel_;
    QLabel* thumbnail_;
    QLabel* title_;
    QLabel* subtitle_;
    QFormLayout* form_;
    QList<QLabel*> rowLabels_;  ///< the field names, in row order
    QLabel* prompt_;
    QLabel* enhancedPrompt_;
    QLabel* negativePrompt_;
    QLabel* seed_;
    QLabel* model_;
    QLabel* task_;
    QLabel* size_;
    QLabel* sampling_;
    QLabel* device_;
    QLabel* timings_;
    QPushButton* parent_;
    QWidget* inputs_;
    QVBoxLayout* inputsLayout_;
    QLabel* created_;
    QToolButton* moreButton_;
    QList<QAction*> actions_;
    qint64 parentClipId_ = 0;
};

}  // namespace tessera::ui
