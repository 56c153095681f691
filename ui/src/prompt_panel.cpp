#include "tessera/ui/prompt_panel.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMouseEvent>
#include <QPainter>
#include <QTemporaryDir>
#include <QCoreApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <vector>
#include <nlohmann/json.hpp>

#include "tessera/enhancer.h"
#include "tessera/pipeline.h"
#include "tessera/app/media.h"
#include "tessera/app/queue_runner.h"
#include "tessera/ui/session.h"

namespace tessera::ui {

namespace {

struct TaskEntry {
    const char* name;
    const char* label;  // translated in retranslate()
};
const TaskEntry kTasks[] = {
    {"t2v", QT_TRANSLATE_NOOP("PromptPanel", "Text to video")},
    {"i2v", QT_TRANSLATE_NOOP("PromptPanel", "Image to video (first frame)")},
    {"flf2v", QT_TRANSLATE_NOOP("PromptPanel", "First and last frame")},
    {"edit", QT_TRANSLATE_NOOP("PromptPanel", "Remix a clip")},
    {"extend-forward", QT_TRANSLATE_NOOP("PromptPanel", "Extend forward")},
    {"extend-backward", QT_TRANSLATE_NOOP("PromptPanel", "Extend backward")},
    {"loop", QT_TRANSLATE_NOOP("PromptPanel", "Make a loop")},
    {"connect", QT_TRANSLATE_NOOP("PromptPanel", "Connect two clips")},
    {"inpaint", QT_TRANSLATE_NOOP("PromptPanel", "Inpaint with a mask")},
};

struct Aspect {
    const char* label;
    double ratio;  // width / height; 0 = custom
};
const Aspect kAspects[] = {{"16:9", 16.0 / 9}, {"9:16", 9.0 / 16}, {"1:1", 1.0}, {"4:3", 4.0 / 3}, {"21:9", 21.0 / 9}, {"", 0}};

// Tasks that take a clip; a loop may instead be made from the prompt alone.
bool needsClip(const QString& t) { return t == "edit" || t.startsWith("extend") || t == "loop" || t == "connect" || t == "inpaint"; }

QList<qint64> idsOf(const QMimeData* m, const char* type) {
    QList<qint64> ids;
    for (const auto& part : QString::fromUtf8(m->data(type)).split(',', Qt::SkipEmptyParts)) ids << part.toLongLong();
    return ids;
}

// Paints an inpainting mask over a clip's first frame: white where the model regenerates.
class MaskCanvas : public QWidget {
public:
    MaskCanvas(QImage frame, QWidget* parent) : QWidget(parent), frame_(std::move(frame)) {
        mask_ = QImage(frame_.size(), QImage::Format_Grayscale8);
        mask_.fill(Qt::black);
        setMinimumSize(frame_.size().scaled(480, 360, Qt::KeepAspectRatio));
        setCursor(Qt::CrossCursor);
    }
    void setBrush(int radius) { radius_ = radius; }
    void clear() {
        mask_.fill(Qt::black);
        update();
    }
    const QImage& mask() const { return mask_; }
    bool painted() const { return painted_; }

protected:
    QRectF target() const {
        const QSizeF s = QSizeF(frame_.size()).scaled(size(), Qt::KeepAspectRatio);
        return QRectF((width() - s.width()) / 2, (height() - s.height()) / 2, s.width(), s.height());
    }
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), QColor(20, 20, 24));
        const QRectF t = target();
        p.drawImage(t, frame_);
        QImage overlay(mask_.size(), QImage::Format_ARGB32);
        overlay.fill(Qt::transparent);
        for (int y = 0; y < mask_.height(); ++y)
            for (int x = 0; x < mask_.width(); ++x)
                if (mask_.constScanLine(y)[x] > 127) overlay.setPixelColor(x, y, QColor(255, 60, 60, 140));
        p.drawImage(t, overlay);
    }
    void mousePressEvent(QMouseEvent* e) override { stroke(e->position()); }
    void mouseMoveEvent(QMouseEvent* e) override {
        if (e->buttons() & Qt::LeftButton) stroke(e->position());
    }

private:
    void stroke(const QPointF& at) {
        const QRectF t = target();
        if (t.isEmpty()) return;
        const QPointF img((at.x() - t.x()) * frame_.width() / t.width(), (at.y() - t.y()) * frame_.height() / t.height());
        QPainter p(&mask_);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        const double r = radius_ * frame_.width() / t.width();
        p.drawEllipse(img, r, r);
        painted_ = true;
        update();
    }
    QImage frame_, mask_;
    int radius_ = 16;
    bool painted_ = false;
};

}  // namespace

PromptPanel::PromptPanel(StudioSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    prompt_ = new QPlainTextEdit(this);
    prompt_->setObjectName("promptEdit");
    prompt_->setTabChangesFocus(true);
    prompt_->setMinimumHeight(70);
    prompt_->setMaximumHeight(120);
    layout->addWidget(prompt_);
    enhanced_ = new QLabel(this);
    enhanced_->setObjectName("enhancedPrompt");
    enhanced_->setWordWrap(true);
    enhanced_->setTextFormat(Qt::RichText);
    layout->addWidget(enhanced_);
    negative_ = new QLineEdit(this);
    negative_->setObjectName("negativeEdit");
    layout->addWidget(negative_);

    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    task_ = new QComboBox(this);
    task_->setObjectName("taskCombo");
    for (const auto& t : kTasks) task_->addItem(QString(), QString(t.name));
    form->addRow(QStringLiteral("task"), task_);
    auto* inputsRow = new QHBoxLayout();
    inputs_ = new QLabel(this);
    inputs_->setWordWrap(true);
    inputs_->setObjectName("inputsLabel");
    clearInputs_ = new QPushButton(this);
    paintMask_ = new QPushButton(this);
    paintMask_->setObjectName("paintMaskButton");
    inputsRow->addWidget(inputs_, 1);
    inputsRow->addWidget(paintMask_);
    inputsRow->addWidget(clearInputs_);
    form->addRow(QStringLiteral("inputs"), inputsRow);
    auto* strengthRow = new QHBoxLayout();
    strength_ = new QSlider(Qt::Horizontal, this);
    strength_->setObjectName("strengthSlider");
    strength_->setRange(0, 100);
    strength_->setValue(70);
    strengthLabel_ = new QLabel("0.70", this);
    strengthRow->addWidget(strength_, 1);
    strengthRow->addWidget(strengthLabel_);
    form->addRow(QStringLiteral("strength"), strengthRow);
    method_ = new QComboBox(this);
    method_->setObjectName("methodCombo");
    form->addRow(QStringLiteral("method"), method_);

    auto* sizeRow = new QHBoxLayout();
    aspect_ = new QComboBox(this);
    aspect_->setObjectName("aspectCombo");
    for (const auto& a : kAspects) aspect_->addItem(QString::fromUtf8(a.label));
    width_ = new QSpinBox(this);
    width_->setObjectName("widthSpin");
    height_ = new QSpinBox(this);
    height_->setObjectName("heightSpin");
    for (QSpinBox* s : {width_, height_}) {
        s->setRange(16, 4096);
        s->setSingleStep(16);
    }
    sizeRow->addWidget(aspect_);
    sizeRow->addWidget(width_);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(height_);
    form->addRow(QStringLiteral("size"), sizeRow);
    seconds_ = new QDoubleSpinBox(this);
    seconds_->setObjectName("secondsSpin");
    seconds_->setRange(0.1, 60);
    seconds_->setSingleStep(0.5);
    seconds_->setValue(2.0);
    seconds_->setSuffix(" s");
    form->addRow(QStringLiteral("duration"), seconds_);
    steps_ = new QSpinBox(this);
    steps_->setObjectName("stepsSpin");
    steps_->setRange(0, 200);
    steps_->setSpecialValueText(QStringLiteral("auto"));
    form->addRow(QStringLiteral("steps"), steps_);
    guidance_ = new QDoubleSpinBox(this);
    guidance_->setObjectName("guidanceSpin");
    guidance_->setRange(0, 30);
    guidance_->setSingleStep(0.5);
    guidance_->setSpecialValueText(QStringLiteral("auto"));
    form->addRow(QStringLiteral("guidance"), guidance_);
    // Guidance only where the noise level sigma is in (low, high]; unticked = the model's default.
    auto* intervalRow = new QHBoxLayout();
    limitGuidance_ = new QCheckBox(this);
    limitGuidance_->setObjectName("guidanceIntervalCheck");
    guidanceLow_ = new QDoubleSpinBox(this);
    guidanceLow_->setObjectName("guidanceLowSpin");
    guidanceHigh_ = new QDoubleSpinBox(this);
    guidanceHigh_->setObjectName("guidanceHighSpin");
    for (QDoubleSpinBox* b : {guidanceLow_, guidanceHigh_}) {
        b->setRange(0, 1);
        b->setDecimals(2);
        b->setSingleStep(0.05);
    }
    guidanceLow_->setValue(0.0);
    guidanceHigh_->setValue(1.0);
    intervalRow->addWidget(limitGuidance_);
    intervalRow->addWidget(guidanceLow_, 1);
    intervalRow->addWidget(new QLabel(QStringLiteral("–"), this));
    intervalRow->addWidget(guidanceHigh_, 1);
    form->addRow(QStringLiteral("guidance interval"), intervalRow);
    shift_ = new QDoubleSpinBox(this);
    shift_->setObjectName("shiftSpin");
    shift_->setRange(0, 20);
    shift_->setSingleStep(0.5);
    shift_->setSpecialValueText(QStringLiteral("auto"));
    form->addRow(QStringLiteral("shift"), shift_);
    sampler_ = new QComboBox(this);
    sampler_->setObjectName("samplerCombo");
    sampler_->addItem(QStringLiteral("auto"), QString());
    for (const std::string& s : samplerNames()) sampler_->addItem(QString::fromStdString(s), QString::fromStdString(s));
    form->addRow(QStringLiteral("sampler"), sampler_);
    auto* optionsRow = new QHBoxLayout();
    enhance_ = new QCheckBox(this);
    enhance_->setObjectName("enhanceCheck");
    enhance_->setChecked(true);
    refine_ = new QCheckBox(this);
    refine_->setObjectName("refineCheck");
    optionsRow->addWidget(enhance_);
    optionsRow->addWidget(refine_);
    optionsRow->addStretch(1);
    form->addRow(QStringLiteral("options"), optionsRow);
    auto* seedRow = new QHBoxLayout();
    seed_ = new QLineEdit(this);
    seed_->setObjectName("seedEdit");
    lockSeed_ = new QCheckBox(this);
    lockSeed_->setObjectName("lockSeed");
    seedRow->addWidget(seed_, 1);
    seedRow->addWidget(lockSeed_);
    form->addRow(QStringLiteral("seed"), seedRow);
    variations_ = new QSpinBox(this);
    variations_->setRange(1, 4);
    form->addRow(QStringLiteral("variations"), variations_);
    model_ = new QComboBox(this);
    model_->setObjectName("modelCombo");
    form->addRow(QStringLiteral("model"), model_);
    layout->addLayout(form);
    modelInfo_ = new QLabel(this);
    modelInfo_->setWordWrap(true);
    modelInfo_->setEnabled(false);
    layout->addWidget(modelInfo_);
    generate_ = new QPushButton(this);
    generate_->setObjectName("generateButton");
    generate_->setDefault(true);
    generate_->setMinimumHeight(34);
    layout->addWidget(generate_);
    layout->addStretch(1);

    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] { generate(); });
    auto* shortcut2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    shortcut2->setContext(Qt::WindowShortcut);
    connect(shortcut2, &QShortcut::activated, this, [this] { generate(); });
    connect(generate_, &QPushButton::clicked, this, [this] { generate(); });
    connect(prompt_, &QPlainTextEdit::textChanged, this, &PromptPanel::updateEnhanced);
    connect(seed_, &QLineEdit::textChanged, this, &PromptPanel::updateEnhanced);
    connect(enhance_, &QCheckBox::toggled, this, &PromptPanel::updateEnhanced);
    connect(task_, qOverload<int>(&QComboBox::currentIndexChanged), this, &PromptPanel::updateTaskUi);
    connect(strength_, &QSlider::valueChanged, this, [this](int v) { strengthLabel_->setText(QString::number(v / 100.0, 'f', 2)); });
    connect(aspect_, qOverload<int>(&QComboBox::currentIndexChanged), this, &PromptPanel::applyAspect);
    connect(paintMask_, &QPushButton::clicked, this, &PromptPanel::paintMask);
    connect(limitGuidance_, &QCheckBox::toggled, this, [this](bool on) {
        guidanceLow_->setEnabled(on);
        guidanceHigh_->setEnabled(on);
    });
    guidanceLow_->setEnabled(false);
    guidanceHigh_->setEnabled(false);
    connect(clearInputs_, &QPushButton::clicked, this, [this] {
        imageAsset_ = endImageAsset_ = clipA_ = clipB_ = maskAsset_ = 0;
        updateTaskUi();
    });
    connect(model_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        if (i >= 0) session_->setModelPath(model_->itemData(i).toString());
    });
    connect(session_, &StudioSession::modelChanged, this, &PromptPanel::reloadModels);
    connect(session_, &StudioSession::projectChanged, this, [this] { generate_->setEnabled(session_->hasProject()); });
    generate_->setEnabled(session_->hasProject());
    retranslate();
    reloadModels();
    updateTaskUi();
}

void PromptPanel::retranslate() {
    prompt_->setPlaceholderText(tr("Describe a shot: a large red ball bouncing on a white background"));
    prompt_->setToolTip(tr("What to make, in your words. Drop an image or a clip here to use it. Ctrl+Enter generates."));
    negative_->setPlaceholderText(tr("Negative prompt: what to avoid (optional)"));
    for (int i = 0; i < task_->count(); ++i) task_->setItemText(i, QCoreApplication::translate("PromptPanel", kTasks[i].label));
    aspect_->setItemText(aspect_->count() - 1, tr("custom"));
    clearInputs_->setText(tr("Clear"));
    paintMask_->setText(tr("Paint mask..."));
    paintMask_->setToolTip(tr("Paint the region to regenerate over the clip's first frame"));
    clearInputs_->setToolTip(tr("Forget the images and clips given to this task"));
    seed_->setPlaceholderText(tr("random"));
    lockSeed_->setText(tr("Lock"));
    lockSeed_->setToolTip(tr("Keep this seed for every generation (otherwise each gets a new random seed)"));
    variations_->setToolTip(tr("How many variations (different seeds) to queue"));
    generate_->setText(tr("Generate  (Ctrl+Enter)"));
    generate_->setToolTip(tr("Add the generation to the queue (Ctrl+Enter)"));
    strength_->setToolTip(tr("Remix strength: 0 keeps the clip, 1 ignores it"));
    steps_->setToolTip(tr("Sampling steps (auto: the model's default)"));
    guidance_->setToolTip(tr("How strongly the prompt steers each step (auto: the model's default; 1 = no guidance)"));
    limitGuidance_->setText(tr("σ"));
    const QString interval =
        tr("Guide only the steps whose noise level σ is above the first value and at most the second (1 = pure noise, "
           "0 = the finished clip). Unticked: the model's default, usually every step.");
    for (QWidget* wdg : std::initializer_list<QWidget*>{limitGuidance_, guidanceLow_, guidanceHigh_}) wdg->setToolTip(interval);
    shift_->setToolTip(tr("Noise schedule shift: higher spends more steps at high noise (auto: the model's default)"));
    sampler_->setToolTip(tr("The solver that takes the steps (auto: the model's default)"));
    enhance_->setText(tr("Enhance prompt"));
    enhance_->setToolTip(tr("Rewrite the prompt into the captions the model was trained on (shown under the prompt). "
                            "Untick to give the model your words as typed."));
    refine_->setText(tr("Refine ×2"));
    refine_->setToolTip(tr("Cascade refinement: upscale the clip 2× and re-denoise it at low strength for finer "
                           "detail (about twice the time)"));
    // Form labels.
    if (auto* form = findChild<QFormLayout*>()) {
        const QString labels[] = {tr("Task"),     tr("Inputs"),  tr("Strength"), tr("Method"), tr("Size"), tr("Duration"),
                                  tr("Steps"),    tr("Guidance"), tr("Guide between"), tr("Shift"), tr("Sampler"),
                                  tr("Options"),  tr("Seed"),     tr("Variations"), tr("Model")};
        for (int r = 0; r < form->rowCount() && r < int(std::size(labels)); ++r)
            if (auto* item = form->itemAt(r, QFormLayout::LabelRole))
                if (auto* label = qobject_cast<QLabel*>(item->widget())) label->setText(labels[r]);
    }
    method_->setToolTip(tr("How this task is made (auto: the model's default)"));
    if (methodChoices_ && !wantedMethod_) wantedMethod_ = method_->currentData().toString();  // kept across the change
    methodChoices_ = nullptr;  // the method's choices are made again in the new language
    updateEnhanced();
    updateTaskUi();
}

void PromptPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void PromptPanel::reloadModels() {
    const QSignalBlocker block(model_);
    model_->clear();
    const QStringList models = session_->availableModels();
    for (const QString& m : models) model_->addItem(QFileInfo(m).fileName(), m);
    if (!session_->modelPath().isEmpty() && model_->findData(session_->modelPath()) < 0)
        model_->addItem(QFileInfo(session_->modelPath()).fileName(), session_->modelPath());
    model_->setCurrentIndex(model_->findData(session_->modelPath()));
    // The model's defaults become the panel's.
    modelWidth_ = modelHeight_ = 0;
    std::ifstream in(QDir(session_->modelPath()).filePath("model.json").toStdString());
    const auto j = nlohmann::json::parse(in, nullptr, false);
    // Read once per model: the caption preview runs on every keystroke.
    shapesEnhancer_ = j.is_object() && j.value("enhancer", std::string("none")) == "shapes";
    if (j.is_object()) {
        const auto d = j.value("defaults", nlohmann::json::object());
        modelWidth_ = d.value("width", 0);
        modelHeight_ = d.value("height", 0);
        modelInfo_->setText(QString::fromStdString(j.value("description", std::string())));
    } else {
        modelInfo_->setText(session_->modelPath().isEmpty()
                                ? tr("No model found. Import one with `tessera models import` or pick a folder in Preferences.")
                                : tr("%1 has no readable model.json").arg(session_->modelPath()));
    }
    if (modelWidth_ <= 0) {  // no model yet: Wan 2.1's 480p
        modelWidth_ = 832;
        modelHeight_ = 480;
    }
    {
        const QSignalBlocker b1(width_), b2(height_);
        width_->setValue(modelWidth_);
        height_->setValue(modelHeight_);
        const double r = double(modelWidth_) / modelHeight_;
        int best = 0;
        for (int i = 0; i < int(std::size(kAspects)) - 1; ++i)
            if (std::abs(kAspects[i].ratio - r) < std::abs(kAspects[best].ratio - r)) best = i;
        const QSignalBlocker b3(aspect_);
        aspect_->setCurrentIndex(std::abs(kAspects[best].ratio - r) < 0.08 ? best : aspect_->count() - 1);
    }
    updateEnhanced();
}

void PromptPanel::applyAspect() {
    const double ratio = kAspects[aspect_->currentIndex()].ratio;
    const bool custom = ratio == 0;
    width_->setEnabled(custom);
    height_->setEnabled(custom);
    if (custom || modelWidth_ <= 0) return;
    // The model's pixel count at the chosen aspect, in multiples of 16.
    const double area = double(modelWidth_) * modelHeight_;
    width_->setValue(std::max(16, int(std::lround(std::sqrt(area * ratio) / 16)) * 16));
    height_->setValue(std::max(16, int(std::lround(std::sqrt(area / ratio) / 16)) * 16));
}

QString PromptPanel::prompt() const { return prompt_->toPlainText(); }
void PromptPanel::setPrompt(const QString& text) { prompt_->setPlainText(text); }

QString PromptPanel::enhancedPrompt() const {
    if (!shapesEnhancer_ || !enhance_->isChecked()) return QString();
    return QString::fromStdString(enhanced().caption);
}

void PromptPanel::updateEnhanced() {
    enhance_->setEnabled(shapesEnhancer_);
    if (shapesEnhancer_ && !enhance_->isChecked()) {
        enhanced_->setText(tr("<i>The model will see your prompt as typed (the enhancer is off).</i>"));
        return;
    }
    if (!shapesEnhancer_ || prompt().trimmed().isEmpty()) {
        enhanced_->setText(shapesEnhancer_ ? tr("<i>The model will see the enhancer's caption of what you type.</i>")
                                           : QString());
        return;
    }
    // The seed fills what the prompt leaves open (text alone); without a locked seed the fill shown is one
    // example. With an image or a clip, what they show fills it when the generation starts.
    const EnhancedPrompt e = enhanced();
    QString html = tr("Model will see: <b>%1</b>").arg(QString::fromStdString(e.caption).toHtmlEscaped());
    if (!fillsUnstated()) html += " " + tr("<i>(and what the image or clip shows)</i>");
    if (!e.unknownWords.empty()) {
        QStringList unknown;
        for (const auto& w : e.unknownWords)
            unknown << "<span style='color:#ff8a65; text-decoration: underline'>" + QString::fromStdString(w).toHtmlEscaped() + "</span>";
        html += "<br>" + tr("Not understood: %1").arg(unknown.join(", "));
    }
    enhanced_->setText(html);
}

QString PromptPanel::task() const { return task_->currentData().toString(); }

bool PromptPanel::fillsUnstated() const {
    return enhancerFillsUnstated(taskFromName(task().toStdString()), clipA_ != 0);
}

EnhancedPrompt PromptPanel::enhanced() const {
    EnhanceOptions o;
    o.fillFromSeed = fillsUnstated();
    return enhance(prompt().toStdString(), seed_->text().toULongLong(), o);
}

void PromptPanel::setTask(const QString& task, qint64 clipId, qint64 clipB) {
    const int i = task_->findData(task);
    if (i >= 0) task_->setCurrentIndex(i);
    if (clipId) clipA_ = clipId;
    if (clipB) clipB_ = clipB;
    updateTaskUi();
}

void PromptPanel::setImage(qint64 assetId, bool end) {
    (end ? endImageAsset_ : imageAsset_) = assetId;
    if (task() == "t2v") setTask(end ? "flf2v" : "i2v");
    updateTaskUi();
}

void PromptPanel::updateTaskUi() {
    const QString t = task();
    strength_->setEnabled(t == "edit");
    strengthLabel_->setEnabled(t == "edit");
    QStringList parts;
    auto clipName = [this](qint64 id) {
        if (!session_->hasProject() || !id) return tr("none");
        try {
            const auto c = session_->project().clip(id);
            return tr("clip %1 (%2)").arg(id).arg(QString::fromStdString(c.prompt.substr(0, 40)));
        } catch (const std::exception&) {
            return tr("clip %1 (missing)").arg(id);
        }
    };
    auto assetName = [this](qint64 id) {
        if (!session_->hasProject() || !id) return tr("none");
        try {
            return QString::fromStdString(session_->project().asset(id).name);
        } catch (const std::exception&) {
            return tr("asset %1 (missing)").arg(id);
        }
    };
    if (t == "i2v" || t == "flf2v") parts << tr("first frame: %1").arg(assetName(imageAsset_));
    if (t == "flf2v") parts << tr("last frame: %1").arg(assetName(endImageAsset_));
    if (t == "loop" && !clipA_) parts << tr("clip: none, a new loop from the prompt (or drop a clip to loop it)");
    else if (needsClip(t)) parts << tr("clip: %1").arg(clipName(clipA_));
    if (t == "connect") parts << tr("then: %1").arg(clipName(clipB_));
    if (t == "inpaint") parts << tr("mask: %1").arg(assetName(maskAsset_));
    inputs_->setText(parts.isEmpty() ? tr("Text only (drop an image or a clip here)") : parts.join("\n"));
    inputs_->setMinimumHeight(inputs_->heightForWidth(std::max(inputs_->width(), 150)));
    clearInputs_->setVisible(!parts.isEmpty());
    paintMask_->setVisible(t == "inpaint" && clipA_ != 0);
    updateMethods();
    updateEnhanced();  // whether the seed fills what the prompt leaves open depends on the task
}

std::string GenerationRequest::*PromptPanel::methodField() const {
    const QString t = task();
    if (t == "t2v") return &GenerationRequest::textToVideo;
    if (t == "extend-backward") return &GenerationRequest::backwardExtension;
    if (t == "loop" && !clipA_) return &GenerationRequest::loopFromText;
    return nullptr;
}

void PromptPanel::updateMethods() {
    const auto field = methodField();
    if (auto* form = findChild<QFormLayout*>()) form->setRowVisible(method_, field != nullptr);
    if (field != methodChoices_) {
        // New choices: the engine's names as data, "auto" (empty) leaving the choice to the model.
        const QSignalBlocker block(method_);
        method_->clear();
        method_->addItem(tr("auto (the model's)"), QString());
        struct Choice {
            const char* name;
            QString label, tip;
        };
        std::vector<Choice> choices;
        if (field == &GenerationRequest::textToVideo)
            choices = {{"direct", tr("every frame at once"), tr("Sample every frame together from noise")},
                       {"image-first", tr("first frame, then the motion"),
                        tr("Sample the first frame alone as an image, then animate it (image to video)")}};
        else if (field == &GenerationRequest::backwardExtension)
            choices = {{"reversed", tr("by reversal"),
                        tr("Play the clip backward, extend it forward, play the new frames back again")},
                       {"native", tr("native"), tr("Make new frames that lead into the clip's first frames")}};
        else if (field == &GenerationRequest::loopFromText)
            choices = {{"ring", tr("one ring"), tr("Sample the whole loop at once as a ring whose end leads into its start")},
                       {"bridge", tr("clip, then a bridge"), tr("Make a clip, then new frames from its end back to its start")}};
        for (const Choice& c : choices) {
            method_->addItem(c.label, QString::fromLatin1(c.name));
            method_->setItemData(method_->count() - 1, c.tip, Qt::ToolTipRole);
        }
        methodChoices_ = field;
    }
    if (wantedMethod_ && field) {
        // "" (auto) is item 0; a name this build does not know falls back to auto too.
        method_->setCurrentIndex(wantedMethod_->isEmpty() ? 0 : std::max(0, method_->findData(*wantedMethod_)));
        wantedMethod_.reset();
    }
}

void PromptPanel::dragEnterEvent(QDragEnterEvent* event) {
    const QMimeData* m = event->mimeData();
    if (m->hasFormat(kClipMime) || m->hasFormat(kAssetMime) || m->hasUrls()) event->acceptProposedAction();
}

void PromptPanel::dropEvent(QDropEvent* event) {
    const QMimeData* m = event->mimeData();
    if (!session_->hasProject()) {
        session_->inform(tr("Open or create a project first (File > New project)."), true);
        return;
    }
    QList<qint64> assets = idsOf(m, kAssetMime);
    if (m->hasUrls() && !m->hasFormat(kAssetMime) && !m->hasFormat(kClipMime)) {
        QStringList files;
        for (const QUrl& u : m->urls())
            if (u.isLocalFile()) files << u.toLocalFile();
        try {
            assets = session_->importFiles(files);
        } catch (const std::exception& e) {
            session_->inform(tr("Cannot use the dropped file: %1").arg(QString::fromUtf8(e.what())), true);
            return;
        }
    }
    for (qint64 id : idsOf(m, kClipMime)) {
        if (!needsClip(task())) setTask("edit");
        if (task() == "connect" && clipA_ && !clipB_) clipB_ = id;
        else clipA_ = id;
    }
    for (qint64 id : assets) {
        app::AssetRecord a;
        try {
            a = session_->project().asset(id);
        } catch (const std::exception& e) {
            session_->inform(QString::fromUtf8(e.what()), true);
            continue;
        }
        if (a.kind == app::AssetKind::Image) {
            if (task() == "inpaint") maskAsset_ = id;
            else if (task() == "flf2v" && imageAsset_) endImageAsset_ = id;
            else setImage(id);
        } else {
            session_->inform(tr("%1 is not an image; drop clips from the library to remix or extend them")
                                 .arg(QString::fromStdString(a.name)), true);
        }
    }
    updateTaskUi();
    event->acceptProposedAction();
}

void PromptPanel::paintMask() {
    if (!session_->hasProject() || !clipA_) return;
    QImage first;
    try {
        const auto clip = session_->project().clip(clipA_);
        const Frame f = app::probeVideo(session_->project().mediaPath(clip.file.name)).firstFrame;
        first = QImage(f.rgb.data(), f.width, f.height, f.width * 3, QImage::Format_RGB888).copy();
    } catch (const std::exception& e) {
        session_->inform(tr("Cannot show the clip to paint on: %1").arg(QString::fromUtf8(e.what())), true);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Paint the region to regenerate"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* canvas = new MaskCanvas(first, &dialog);
    canvas->setObjectName("maskCanvas");
    layout->addWidget(canvas, 1);
    auto* row = new QHBoxLayout();
    auto* brush = new QSlider(Qt::Horizontal, &dialog);
    brush->setRange(2, 80);
    brush->setValue(16);
    connect(brush, &QSlider::valueChanged, &dialog, [canvas](int v) { canvas->setBrush(v); });
    auto* clear = new QPushButton(tr("Clear"), &dialog);
    connect(clear, &QPushButton::clicked, &dialog, [canvas] { canvas->clear(); });
    row->addWidget(new QLabel(tr("Brush"), &dialog));
    row->addWidget(brush, 1);
    row->addWidget(clear);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || !canvas->painted()) return;
    setMask(canvas->mask());
}

void PromptPanel::setMask(const QImage& mask) {
    // The mask becomes an image asset of the project (so the recipe can name it) and the task's mask.
    QTemporaryDir tmp;
    const QString path = tmp.filePath("mask.png");
    if (!mask.convertToFormat(QImage::Format_Grayscale8).save(path)) {
        session_->inform(tr("Cannot write the mask image"), true);
        return;
    }
    try {
        maskAsset_ = session_->importFiles({path}).value(0);
    } catch (const std::exception& e) {
        session_->inform(tr("Cannot store the mask: %1").arg(QString::fromUtf8(e.what())), true);
        return;
    }
    updateTaskUi();
}

void PromptPanel::useRecipe(const app::JobSpec& spec) {
    const GenerationRequest& r = spec.request;
    const int model = model_->findData(QString::fromStdString(spec.model));
    if (model >= 0 && model != model_->currentIndex()) model_->setCurrentIndex(model);  // reloads the defaults
    setPrompt(QString::fromStdString(r.prompt));
    negative_->setText(QString::fromStdString(r.negativePrompt));
    auto input = [&](const char* role, bool clip) -> qint64 {
        const auto it = spec.inputs.find(role);
        if (it == spec.inputs.end()) return 0;
        return clip ? it->second.clipId : it->second.assetId;
    };
    imageAsset_ = input("image", false);
    endImageAsset_ = input("end_image", false);
    clipA_ = input("video", true);
    clipB_ = input("video_b", true);
    maskAsset_ = input("mask", false);
    const int t = task_->findData(QString::fromStdString(taskName(r.task)));
    if (t >= 0) task_->setCurrentIndex(t);
    if (r.width > 0 && r.height > 0) {
        aspect_->setCurrentIndex(aspect_->count() - 1);  // custom: the recipe's own size
        width_->setValue(r.width);
        height_->setValue(r.height);
    }
    const int frames = r.frames > 0 ? r.frames : r.extendFrames;
    if (spec.seconds > 0) seconds_->setValue(spec.seconds);
    else if (frames > 0 && r.fps > 0) seconds_->setValue(frames / r.fps);
    steps_->setValue(std::max(0, r.steps));
    guidance_->setValue(r.guidance > 0 ? r.guidance : 0);
    const bool interval = r.guidanceLow >= 0 && r.guidanceHigh >= 0;
    limitGuidance_->setChecked(interval);
    guidanceLow_->setValue(interval ? r.guidanceLow : 0.0);
    guidanceHigh_->setValue(interval ? r.guidanceHigh : 1.0);
    shift_->setValue(r.shift > 0 ? r.shift : 0);
    const int sampler = sampler_->findData(QString::fromStdString(r.sampler));
    sampler_->setCurrentIndex(std::max(0, sampler));
    strength_->setValue(int(std::lround(std::clamp(r.strength, 0.0, 1.0) * 100)));
    enhance_->setChecked(r.enhancePrompt);
    refine_->setChecked(r.refine);
    // The task and its clip are set above: the method of that task, chosen when updateTaskUi() below
    // shows its choices.
    const auto field = methodField();
    wantedMethod_ = field ? std::optional<QString>(QString::fromStdString(r.*field)) : std::nullopt;
    if (r.seed >= 0) {
        seed_->setText(QString::number(r.seed));
        lockSeed_->setChecked(true);
    }
    updateTaskUi();
}

QList<qint64> PromptPanel::generate() {
    if (!session_->hasProject()) {
        session_->inform(tr("Open or create a project first (File > New project)."), true);
        return {};
    }
    if (session_->modelPath().isEmpty()) {
        session_->inform(tr("No model to generate with; import one or choose one in Preferences."), true);
        return {};
    }
    const QString t = task();
    if (limitGuidance_->isChecked() && !validGuidanceInterval(guidanceLow_->value(), guidanceHigh_->value())) {
        session_->inform(tr("The guidance interval needs its first value below its second (%1 – %2)")
                             .arg(guidanceLow_->value())
                             .arg(guidanceHigh_->value()),
                         true);
        return {};
    }
    app::JobSpec spec;
    spec.model = session_->modelPath().toStdString();
    spec.modelName = QFileInfo(session_->modelPath()).fileName().toStdString();
    GenerationRequest& r = spec.request;
    r.prompt = prompt().toStdString();
    r.negativePrompt = negative_->text().toStdString();
    r.task = taskFromName(t.toStdString());
    r.width = width_->value();
    r.height = height_->value();
    r.steps = steps_->value();
    r.guidance = guidance_->value() > 0 ? guidance_->value() : -1;
    r.guidanceLow = limitGuidance_->isChecked() ? guidanceLow_->value() : -1;
    r.guidanceHigh = limitGuidance_->isChecked() ? guidanceHigh_->value() : -1;
    r.shift = shift_->value() > 0 ? shift_->value() : -1;
    r.sampler = sampler_->currentData().toString().toStdString();
    r.strength = strength_->value() / 100.0;
    r.enhancePrompt = enhance_->isChecked();
    r.refine = refine_->isChecked();
    if (const auto field = methodField()) r.*field = method_->currentData().toString().toStdString();
    spec.seconds = seconds_->value();
    bool seedOk = false;
    const qint64 seed = seed_->text().toLongLong(&seedOk);
    r.seed = lockSeed_->isChecked() && seedOk ? seed : -1;
    auto need = [&](bool ok, const QString& what) {
        if (!ok) session_->inform(tr("%1 needs %2").arg(task_->currentText(), what), true);
        return ok;
    };
    if ((t == "i2v" || t == "flf2v") && !need(imageAsset_, tr("a first-frame image (drop one here)"))) return {};
    if (t == "flf2v" && !need(endImageAsset_, tr("a last-frame image"))) return {};
    if (needsClip(t) && t != "loop" && !need(clipA_, tr("a clip (drop one from the library)"))) return {};
    if (t == "loop" && !clipA_ && prompt().trimmed().isEmpty() && !need(false, tr("a prompt or a clip to loop"))) return {};
    if (t == "connect" && !need(clipB_, tr("a second clip"))) return {};
    if (t == "inpaint" && !need(maskAsset_, tr("a mask image (white = regenerate)"))) return {};
    if (t == "t2v" && prompt().trimmed().isEmpty() && !need(false, tr("a prompt"))) return {};
    if (imageAsset_ && (t == "i2v" || t == "flf2v")) spec.inputs["image"] = app::InputRef{imageAsset_, 0};
    if (endImageAsset_ && t == "flf2v") spec.inputs["end_image"] = app::InputRef{endImageAsset_, 0};
    if (clipA_ && needsClip(t)) spec.inputs["video"] = app::InputRef{0, clipA_};
    if (clipB_ && t == "connect") spec.inputs["video_b"] = app::InputRef{0, clipB_};
    if (maskAsset_ && t == "inpaint") spec.inputs["mask"] = app::InputRef{maskAsset_, 0};
    QList<qint64> ids;
    try {
        ids = session_->enqueue(spec, variations_->value());
    } catch (const std::exception& e) {
        session_->inform(tr("Cannot queue the generation: %1").arg(QString::fromUtf8(e.what())), true);
        return {};
    }
    if (!lockSeed_->isChecked() && !ids.isEmpty()) {
        // Show the seed the first variation got, so the user can lock it to repeat the shot.
        try {
            const auto spec0 = app::jobSpecFromJson(session_->queue().job(ids.front()).requestJson);
            const QSignalBlocker block(seed_);
            seed_->setText(QString::number(spec0.request.seed));
        } catch (const std::exception&) {
        }
    }
    session_->inform(tr("Queued %n generation(s)", nullptr, int(ids.size())));
    Q_EMIT queued(ids);
    return ids;
}

}  // namespace tessera::ui
