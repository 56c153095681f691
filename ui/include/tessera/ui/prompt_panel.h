#pragma once
// The prompt editor dock: prompt and negative prompt with the enhancer's rewrite shown live, the task
// chosen by what the user gives it (text, a first/end image, a clip to remix, extend, loop, connect,
// inpaint), aspect presets and duration, sampling settings, seed lock, variations and the model
// picker. Generate (Ctrl+Enter) queues the jobs through the session.
#include <optional>
#include <string>

#include <QImage>
#include <QWidget>

#include "tessera/enhancer.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QCheckBox;

namespace tessera {
struct GenerationRequest;
}

namespace tessera::app {
struct JobSpec;
}

namespace tessera::ui {

class StudioSession;

class PromptPanel : public QWidget {
    Q_OBJECT
public:
    PromptPanel(StudioSession* session, QWidget* parent = nullptr);

    void setPrompt(const QString& text);
    QString prompt() const;
    /// The enhancer's caption for the current text ("" when the model has no enhancer).
    QString enhancedPrompt() const;
    /// Sets the task and its input clip(s): "t2v", "i2v", "edit", "extend-forward", "extend-backward",
    /// "loop", "connect", "inpaint" (the inspector's and the timeline's actions).
    void setTask(const QString& task, qint64 clipId = 0, qint64 clipB = 0);
    QString task() const;
    /// Uses an image asset as the first frame (or, with `end`, the last).
    void setImage(qint64 assetId, bool end = false);
    /// Uses a painted mask (white = regenerate) for inpainting; stored as an image asset.
    void setMask(const QImage& mask);
    /// Opens the mask painter over the inpainted clip's first frame.
    void paintMask();
    /// Loads a generation's recipe (its stored job request) into the editor: prompt, negative prompt,
    /// task and its inputs, size, duration, steps, guidance and its interval, shift, sampler, remix
    /// strength, the method of the task (how text to video, a backward extension or a loop from text is
    /// made), the prompt enhancer switch, cascade refinement and the seed, locked, so Generate makes
    /// the same shot; the model too when it is one of the available models. Settings the request left
    /// to the model show as "auto".
    void useRecipe(const app::JobSpec& spec);
    /// Queues the jobs; returns their ids (empty when the request is not complete, with a message).
    QList<qint64> generate();

Q_SIGNALS:
    void queued(QList<qint64> jobIds);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateEnhanced();
    bool fillsUnstated() const;  // the enhancer fills from the seed only when no image or clip is given
    EnhancedPrompt enhanced() const;  // the enhancer's reading of the prompt, filled as the task allows
    void updateTaskUi();
    void reloadModels();
    void applyAspect();
    void updateMethods();  // the method row's choices follow the task (and, for a loop, whether a clip is given)
    /// The request field the method row sets for the task at hand (GenerationRequest::textToVideo,
    /// backwardExtension or loopFromText); none when the engine has no choice for it.
    std::string GenerationRequest::*methodField() const;

    StudioSession* session_;
    QPlainTextEdit* prompt_;
    QLineEdit* negative_;
    QLabel* enhanced_;
    QComboBox* task_;
    QLabel* inputs_;
    QPushButton* clearInputs_;
    QPushButton* paintMask_;
    QSlider* strength_;
    QComboBox* method_;  ///< how the task is made: GenerationRequest::textToVideo, backwardExtension or loopFromText
    std::string GenerationRequest::*methodChoices_ = nullptr;  ///< the field whose choices method_ holds now
    std::optional<QString> wantedMethod_;  ///< a recipe's method ("" = auto), chosen once the task shows its choices
    QLabel* strengthLabel_;
    QComboBox* aspect_;
    QSpinBox* width_;
    QSpinBox* height_;
    QDoubleSpinBox* seconds_;
    QSpinBox* steps_;
    QDoubleSpinBox* guidance_;
    QCheckBox* limitGuidance_;
    QDoubleSpinBox* guidanceLow_;
    QDoubleSpinBox* guidanceHigh_;
    QDoubleSpinBox* shift_;
    QComboBox* sampler_;
    QCheckBox* enhance_;  ///< pass the prompt through the model's enhancer (GenerationRequest::enhancePrompt)
    QCheckBox* refine_;   ///< cascade refinement: 2x larger, re-denoised at low strength
    QLineEdit* seed_;
    QCheckBox* lockSeed_;
    QSpinBox* variations_;
    QComboBox* model_;
    QPushButton* generate_;
    QLabel* modelInfo_;
    qint64 imageAsset_ = 0, endImageAsset_ = 0, clipA_ = 0, clipB_ = 0, maskAsset_ = 0;
    int modelWidth_ = 0, modelHeight_ = 0;
    bool shapesEnhancer_ = false;  ///< the model's model.json names the Shapes World enhancer
};

}  // namespace tessera::ui
