#include "tessera/ui/inspector_panel.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <nlohmann/json.hpp>

#include "tessera/app/queue_runner.h"
#include "tessera/ui/session.h"

namespace tessera::ui {

namespace {

constexpr int kThumbWidth = 160;
constexpr int kThumbHeight = 90;

/// A flat button drawn as a link: for the parent clip and clip inputs, which select that clip.
QPushButton* linkButton(QWidget* parent) {
    auto* b = new QPushButton(parent);
    b->setFlat(true);
    b->setCursor(Qt::PointingHandCursor);
    // The highlight colour, lightened, reads as a link on the dark theme (palette(link) does not).
    const QColor link = b->palette().color(QPalette::Highlight).lighter(130);
    b->setStyleSheet(
        QStringLiteral("QPushButton { color: %1; text-decoration: underline; text-align: left; border: none;"
                       " padding: 0; } QPushButton:focus { color: %2; }")
            .arg(link.name(), link.lighter(130).name()));
    return b;
}

QString taskTitle(const std::string& task) {
    static const struct {
        const char* name;
        const char* title;
    } titles[] = {
        {"t2v", QT_TRANSLATE_NOOP("tessera::ui::InspectorPanel", "Text to video")},
        {"i2v", QT_TRANSLATE_NOOP("tessera::ui::InspectorPanel", "Image to video")},
        {"flf2v", QT_TRANSLATE_NOOP("tessera::ui::InspectorPanel", "First and last frame")},
        {"edit", QT_TRANSLATE_NOOP("tessera::ui::InspectorPanel", "Remix")},
        {"extend-forward", QT_TRANSLATE_NOOP("tessera::ui::InspectorPanel", "Extend forward")},
        {"extend-backward", QT_TRANSLATE_NOOP("tessera::ui::InspectorPanel", "Extend backward")},
        {"loop", QT_TRANSLATE_NOOP("tessera::ui::InspectorPanel", "Loop")},
        {"connect", QT_TRANSLATE_NOOP("tessera::ui::InspectorPanel", "Connect")},
        {"inpaint", QT_TRANSLATE_NOOP("tessera::ui::InspectorPanel", "Inpaint")},
    };
    for (const auto& t : titles)
        if (task == t.name) return InspectorPanel::tr(t.title) + QStringLiteral(" (%1)").arg(t.name);
    return QString::fromStdString(task);
}

QString number(double value) {
    return QLocale().toString(value, 'g', 4);
}

}  // namespace

InspectorPanel::InspectorPanel(StudioSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    setObjectName("inspectorPanel");

    // Actions: buttons and menus show them; their shortcuts work while the panel has focus.
    const struct {
        const char* name;
        QKeySequence shortcut;
    } actionSpecs[] = {
        {"regenerate", QKeySequence(Qt::CTRL | Qt::Key_R)},
        {"varySeed", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {"usePrompt", QKeySequence(Qt::CTRL | Qt::Key_U)},
        {"extendForward", {}},
        {"extendBackward", {}},
        {"loop", {}},
        {"remix", {}},
        {"connect", {}},
        {"revealFile", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {"copySeed", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
    };
    for (const auto& spec : actionSpecs) {
        auto* a = new QAction(this);
        a->setObjectName(spec.name);
        a->setShortcut(spec.shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        actions_ << a;
    }
    connect(action("regenerate"), &QAction::triggered, this, [this] { regenerate(false); });
    connect(action("varySeed"), &QAction::triggered, this, [this] { regenerate(true); });
    connect(action("usePrompt"), &QAction::triggered, this, [this] {
        if (clipId_) Q_EMIT usePrompt(clipId_);
    });
    const struct {
        const char* action;
        const char* task;
    } tasks[] = {{"extendForward", "extend-forward"},
                 {"extendBackward", "extend-backward"},
                 {"loop", "loop"},
                 {"remix", "remix"},
                 {"connect", "connect"}};
    for (const auto& t : tasks) {
        const QString task = QString::fromLatin1(t.task);
        connect(action(t.action), &QAction::triggered, this, [this, task] {
            if (clipId_) Q_EMIT taskRequested(task, clipId_);
        });
    }
    connect(action("revealFile"), &QAction::triggered, this, &InspectorPanel::revealFile);
    connect(action("copySeed"), &QAction::triggered, this, &InspectorPanel::copySeed);

    emptyLabel_ = new QLabel(this);
    emptyLabel_->setObjectName("inspectorEmpty");
    emptyLabel_->setAlignment(Qt::AlignCenter);
    emptyLabel_->setWordWrap(true);
    emptyLabel_->setEnabled(false);
    emptyLabel_->setMargin(12);

    auto* content = new QWidget;
    content->setObjectName("inspectorContent");
    thumbnail_ = new QLabel(content);
    thumbnail_->setFixedSize(kThumbWidth, kThumbHeight);
    thumbnail_->setAlignment(Qt::AlignCenter);
    thumbnail_->setAutoFillBackground(true);
    QPalette thumbPalette = thumbnail_->palette();
    thumbPalette.setColor(QPalette::Window, QColor(12, 12, 14));
    thumbnail_->setPalette(thumbPalette);
    title_ = new QLabel(content);
    title_->setObjectName("title");
    title_->setWordWrap(true);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    title_->setFont(titleFont);
    subtitle_ = new QLabel(content);
    subtitle_->setObjectName("subtitle");
    subtitle_->setWordWrap(true);
    subtitle_->setEnabled(false);  // muted

    // Actions as buttons: the common three and a menu with the follow-up generations.
    auto toolButton = [content](QAction* a) {
        auto* b = new QToolButton(content);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return b;
    };
    moreButton_ = new QToolButton(content);
    moreButton_->setObjectName("more");
    moreButton_->setPopupMode(QToolButton::InstantPopup);
    moreButton_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* more = new QMenu(moreButton_);
    for (const char* name : {"extendForward", "extendBackward", "loop", "remix", "connect"})
        more->addAction(action(name));
    more->addSeparator();
    more->addAction(action("revealFile"));
    more->addAction(action("copySeed"));
    moreButton_->setMenu(more);
    auto* buttons = new QGridLayout;
    buttons->setSpacing(4);
    buttons->addWidget(toolButton(action("regenerate")), 0, 0);
    buttons->addWidget(toolButton(action("varySeed")), 0, 1);
    buttons->addWidget(toolButton(action("usePrompt")), 1, 0);
    buttons->addWidget(moreButton_, 1, 1);

    form_ = new QFormLayout;
    form_->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form_->setVerticalSpacing(6);
    prompt_ = makeValue("prompt");
    addRow(prompt_);
    enhancedPrompt_ = makeValue("enhancedPrompt");
    addRow(enhancedPrompt_);
    negativePrompt_ = makeValue("negativePrompt");
    addRow(negativePrompt_);
    seed_ = makeValue("seed");
    seed_->setWordWrap(false);
    auto* seedRow = new QWidget(content);
    auto* seedLayout = new QHBoxLayout(seedRow);
    seedLayout->setContentsMargins(0, 0, 0, 0);
    seedLayout->addWidget(seed_);
    seedLayout->addWidget(toolButton(action("copySeed")));
    seedLayout->itemAt(1)->widget()->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    seedLayout->addStretch(1);
    addRow(seedRow);
    model_ = makeValue("model");
    addRow(model_);
    task_ = makeValue("task");
    addRow(task_);
    size_ = makeValue("size");
    addRow(size_);
    sampling_ = makeValue("sampling");
    addRow(sampling_);
    device_ = makeValue("device");
    addRow(device_);
    timings_ = makeValue("timings");
    addRow(timings_);
    parent_ = linkButton(content);
    parent_->setObjectName("parentClip");
    connect(parent_, &QPushButton::clicked, this, [this] {
        if (parentClipId_) session_->selectClip(parentClipId_);
    });
    addRow(parent_);
    inputs_ = new QWidget(content);
    inputs_->setObjectName("inputs");
    inputsLayout_ = new QVBoxLayout(inputs_);
    inputsLayout_->setContentsMargins(0, 0, 0, 0);
    inputsLayout_->setSpacing(2);
    addRow(inputs_);
    created_ = makeValue("created");
    addRow(created_);

    auto* header = new QHBoxLayout;
    header->addWidget(thumbnail_, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->addWidget(title_);
    titles->addWidget(subtitle_);
    titles->addStretch(1);
    header->addLayout(titles, 1);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 8);
    contentLayout->setSpacing(8);
    contentLayout->addLayout(header);
    contentLayout->addLayout(buttons);
    contentLayout->addLayout(form_);
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName("inspectorScroll");
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // long texts wrap instead
    scroll->setWidget(content);
    stack_ = new QStackedWidget(this);
    stack_->addWidget(emptyLabel_);
    stack_->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_);

    retranslate();
    connect(session_, &StudioSession::clipSelected, this, &InspectorPanel::showClip);
    connect(session_, &StudioSession::clipsChanged, this, &InspectorPanel::refresh);
    connect(session_, &StudioSession::projectChanged, this, [this] { showClip(0); });
    showClip(session_->hasProject() ? session_->selectedClip() : 0);
}

QLabel* InspectorPanel::makeValue(const char* name) {
    auto* label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

void InspectorPanel::addRow(QWidget* field) {
    auto* name = new QLabel(this);
    name->setEnabled(false);  // field names muted, values in the text colour
    name->setBuddy(field);
    rowLabels_ << name;
    form_->addRow(name, field);
}

QAction* InspectorPanel::action(const QString& name) const {
    for (QAction* a : actions_)
        if (a->objectName() == name) return a;
    return nullptr;
}

void InspectorPanel::retranslate() {
    emptyLabel_->setText(tr("Select a clip in the library or on the timeline to see its recipe here."));
    const QStringList names = {tr("Prompt"), tr("Model got"), tr("Negative"), tr("Seed"),   tr("Model"),
                               tr("Task"),   tr("Size"),      tr("Sampling"), tr("Device"), tr("Timings"),
                               tr("Parent"), tr("Inputs"),    tr("Created")};
    for (int i = 0; i < rowLabels_.size() && i < names.size(); ++i) rowLabels_[i]->setText(names[i]);
    rowLabels_[1]->setToolTip(tr("The prompt after the prompt enhancer: what the model was given"));
    const struct {
        const char* name;
        QString text, tip;
    } texts[] = {
        {"regenerate", tr("&Regenerate"), tr("Queue this recipe again with the same seed (Ctrl+R)")},
        {"varySeed", tr("&Vary seed"), tr("Queue this recipe with a new random seed (Ctrl+Shift+R)")},
        {"usePrompt", tr("&Use as prompt"), tr("Load this clip's prompt and settings into the prompt editor (Ctrl+U)")},
        {"extendForward", tr("Extend &forward"), tr("Generate what happens after this clip")},
        {"extendBackward", tr("Extend &backward"), tr("Generate what happened before this clip")},
        {"loop", tr("Make &loop"), tr("Make this clip loop seamlessly")},
        {"remix", tr("Re&mix"), tr("Generate a variation of this clip with a changed prompt")},
        {"connect", tr("&Connect with..."), tr("Generate a transition from this clip into another")},
        {"revealFile", tr("Reveal &file"), tr("Open the folder holding this clip's video file (Ctrl+Shift+E)")},
        {"copySeed", tr("Copy &seed"), tr("Copy the seed to the clipboard (Ctrl+Shift+C)")},
    };
    for (const auto& t : texts) {
        action(t.name)->setText(t.text);
        action(t.name)->setToolTip(t.tip);
    }
    moreButton_->setText(tr("More"));
    moreButton_->setToolTip(tr("Extend, loop, remix or connect this clip; reveal its file"));
    parent_->setToolTip(tr("Select the clip this one was made from"));
    refresh();
}

void InspectorPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void InspectorPanel::showClip(qint64 clipId) {
    clipId_ = clipId;
    refresh();
}

void InspectorPanel::refresh() {
    app::ClipRecord c;
    app::GenerationRecord g;
    std::vector<uint8_t> png;
    bool found = false;
    if (clipId_ > 0 && session_->hasProject()) {
        try {
            c = session_->project().clip(clipId_);
            if (c.generationId > 0) g = session_->project().generation(c.generationId);
            png = session_->project().clipThumbnail(clipId_);
            found = true;
        } catch (const std::exception&) {
            // Deleted meanwhile (or another project): nothing to show.
        }
    }
    if (!found) {
        clipId_ = 0;
        canRegenerate_ = false;
        stack_->setCurrentWidget(emptyLabel_);
        updateActions();
        return;
    }
    canRegenerate_ = !g.requestJson.empty();

    QImage image;
    if (!png.empty() && image.loadFromData(png.data(), int(png.size()), "PNG"))
        thumbnail_->setPixmap(
            QPixmap::fromImage(image.scaled(thumbnail_->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    else
        thumbnail_->setText(tr("No preview"));
    title_->setText(!c.title.empty() ? QString::fromStdString(c.title) : tr("Clip %1").arg(c.id));
    QStringList facts;
    if (!c.title.empty()) facts << tr("Clip %1").arg(c.id);
    if (c.favourite) facts << tr("Favourite");
    if (c.rating > 0) facts << QString(c.rating, QChar(0x2605));
    if (!c.tags.empty()) {
        QStringList tags;
        for (const auto& t : c.tags) tags << QString::fromStdString(t);
        facts << tr("Tags: %1").arg(tags.join(", "));
    }
    subtitle_->setText(facts.join(QStringLiteral("  ·  ")));
    subtitle_->setVisible(!facts.isEmpty());

    auto set = [this](QLabel* label, const QString& text) {
        label->setText(text);
        form_->setRowVisible(label == seed_ ? seed_->parentWidget() : static_cast<QWidget*>(label), !text.isEmpty());
    };
    const QString prompt = QString::fromStdString(g.prompt.empty() ? c.prompt : g.prompt);
    set(prompt_, prompt.isEmpty() ? tr("(none)") : prompt);
    const QString enhanced = QString::fromStdString(g.enhancedPrompt);
    set(enhancedPrompt_, enhanced == prompt ? QString() : enhanced);
    set(negativePrompt_, QString::fromStdString(g.negativePrompt));
    seedText_ = c.generationId > 0 ? QString::number(g.seed) : QString();
    set(seed_, seedText_);

    QString modelText = QString::fromStdString(g.modelName);
    if (!g.modelHash.empty()) modelText += QStringLiteral("\n") + QString::fromStdString(g.modelHash.substr(0, 12));
    set(model_, modelText.trimmed());
    model_->setToolTip(
        tr("Hash %1\nBundle %2").arg(QString::fromStdString(g.modelHash), QString::fromStdString(g.modelPath)));
    set(task_, g.task.empty() ? QString() : taskTitle(g.task));

    const int width = g.width > 0 ? g.width : c.width, height = g.height > 0 ? g.height : c.height;
    const int frames = c.frames > 0 ? c.frames : g.frames;
    const double fps = c.fps > 0 ? c.fps : g.fps;
    set(size_, frames == 1 ? tr("%1 × %2 · a still image").arg(width).arg(height)
                           : tr("%1 × %2 · %3 frames at %4 fps (%5 s)")
                                 .arg(width)
                                 .arg(height)
                                 .arg(frames)
                                 .arg(number(fps))
                                 .arg(QLocale().toString(c.durationSeconds, 'f', 2)));
    QString sampling;
    if (c.generationId > 0) {
        sampling = tr("steps %1 · guidance %2 · shift %3").arg(g.steps).arg(number(g.guidance), number(g.shift));
        const auto recipe = nlohmann::json::parse(g.recipeJson, nullptr, false);
        // A recipe field, null when absent (or the recipe unreadable); comparing it with a value of
        // another type is false, so a damaged recipe says nothing rather than something wrong.
        auto field = [&](const char* key) { return recipe.is_object() ? recipe.value(key, nlohmann::json()) : nlohmann::json(); };
        // A guidance interval that leaves some steps unguided is said; [0, 1] guides them all.
        const auto interval = field("guidance_interval");
        if (interval.is_array() && interval.size() == 2 && interval[0].is_number() && interval[1].is_number() &&
            (interval[0].get<double>() > 0 || interval[1].get<double>() < 1))
            sampling += QStringLiteral(" ") + tr("(σ %1 – %2)").arg(number(interval[0].get<double>()), number(interval[1].get<double>()));
        if (!g.sampler.empty()) sampling += QStringLiteral(" · ") + QString::fromStdString(g.sampler);
        if (g.task == "edit") sampling += QStringLiteral(" · ") + tr("strength %1").arg(number(g.strength));
        if (field("refine") == true) sampling += QStringLiteral(" · ") + tr("refined ×2");
        if (field("enhance_prompt") == false) sampling += QStringLiteral(" · ") + tr("prompt as typed");
        // How the task was made, where the engine had a choice (every frame at once, the usual way, is not said).
        const auto backward = field("backward_extension"), loop = field("loop_from_text");
        if (field("text_to_video") == "image-first") sampling += QStringLiteral(" · ") + tr("image first");
        if (backward == "reversed") sampling += QStringLiteral(" · ") + tr("backward by reversal");
        if (backward == "native") sampling += QStringLiteral(" · ") + tr("backward native");
        if (loop == "ring") sampling += QStringLiteral(" · ") + tr("loop as one ring");
        if (loop == "bridge") sampling += QStringLiteral(" · ") + tr("loop as clip and bridge");
    }
    set(sampling_, sampling);
    QStringList device;
    if (!g.device.empty()) device << QString::fromStdString(g.device);
    if (!g.dtype.empty()) device << QString::fromStdString(g.dtype);
    if (!g.engineVersion.empty()) device << tr("engine %1").arg(QString::fromStdString(g.engineVersion));
    set(device_, device.join(QStringLiteral(" · ")));
    QStringList timings;
    for (const auto& [stage, seconds] : g.timingsSeconds)
        timings << tr("%1 %2 s").arg(QString::fromStdString(stage), QLocale().toString(seconds, 'f', 2));
    set(timings_, timings.join(QStringLiteral(" · ")));

    parentClipId_ = c.parentClipId;
    if (parentClipId_ > 0) {
        QString parentText = tr("Clip %1").arg(parentClipId_);
        try {
            const app::ClipRecord p = session_->project().clip(parentClipId_);
            const QString caption = QString::fromStdString(p.title.empty() ? p.prompt : p.title);
            if (!caption.isEmpty())
                parentText += QStringLiteral(": ") + fontMetrics().elidedText(caption, Qt::ElideRight, 220);
            parent_->setEnabled(true);
        } catch (const std::exception&) {
            parentText = tr("Clip %1 (deleted)").arg(parentClipId_);
            parent_->setEnabled(false);
        }
        parent_->setText(parentText);
    }
    form_->setRowVisible(parent_, parentClipId_ > 0);

    while (QLayoutItem* item = inputsLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auto& [role, ref] : g.inputs) {
        const QString roleText = QString::fromStdString(role);
        if (ref.clipId > 0) {
            auto* link = linkButton(inputs_);
            link->setText(tr("%1: clip %2").arg(roleText).arg(ref.clipId));
            link->setToolTip(tr("Select the input clip"));
            const qint64 id = ref.clipId;
            connect(link, &QPushButton::clicked, this, [this, id] { session_->selectClip(id); });
            inputsLayout_->addWidget(link);
        } else if (ref.assetId > 0) {
            QString name;
            try {
                name = QString::fromStdString(session_->project().asset(ref.assetId).name);
            } catch (const std::exception&) {
                name = tr("deleted");
            }
            auto* label = makeValue("input");
            label->setParent(inputs_);
            label->setText(tr("%1: %2 (asset %3)").arg(roleText, name).arg(ref.assetId));
            inputsLayout_->addWidget(label);
        }
    }
    form_->setRowVisible(inputs_, inputsLayout_->count() > 0);

    const QDateTime created = QDateTime::fromMSecsSinceEpoch(g.createdMs > 0 ? g.createdMs : c.createdMs);
    set(created_, QLocale().toString(created, QLocale::ShortFormat));

    stack_->setCurrentIndex(1);
    updateActions();
}

void InspectorPanel::updateActions() {
    const bool shown = clipId_ > 0;
    const bool writable = shown && !session_->project().readOnly();
    action("regenerate")->setEnabled(writable && canRegenerate_);
    action("varySeed")->setEnabled(writable && canRegenerate_);
    for (const char* name : {"usePrompt", "extendForward", "extendBackward", "loop", "remix", "connect"})
        action(name)->setEnabled(shown);
    action("revealFile")->setEnabled(shown);
    action("copySeed")->setEnabled(shown && !seedText_.isEmpty());
    moreButton_->setEnabled(shown);
}

QList<qint64> InspectorPanel::regenerate(bool newSeed) {
    if (!clipId_ || !session_->hasProject()) return {};
    try {
        app::ProjectLibrary& project = session_->project();
        const app::ClipRecord c = project.clip(clipId_);
        const app::GenerationRecord g = project.generation(c.generationId);
        if (g.requestJson.empty()) {
            session_->inform(tr("Clip %1 has no stored request to run again.").arg(clipId_), true);
            return {};
        }
        app::JobSpec spec = app::jobSpecFromJson(g.requestJson);
        // Requests stored before the model was recorded in them ran on the generation's model.
        if (spec.model.empty()) spec.model = !g.modelPath.empty() ? g.modelPath : session_->modelPath().toStdString();
        if (spec.modelName.empty()) spec.modelName = g.modelName;
        if (newSeed)
            spec.request.seed = -1;
        else if (spec.request.seed < 0)
            spec.request.seed = g.seed;
        const QList<qint64> ids = session_->enqueue(spec);
        session_->inform(newSeed ? tr("Queued a variation of clip %1.").arg(clipId_)
                                 : tr("Queued clip %1 again with seed %2.").arg(clipId_).arg(spec.request.seed));
        return ids;
    } catch (const std::exception& ex) {
        session_->inform(tr("Could not queue clip %1 again: %2").arg(clipId_).arg(QString::fromUtf8(ex.what())), true);
        return {};
    }
}

void InspectorPanel::copySeed() {
    if (seedText_.isEmpty()) return;
    QGuiApplication::clipboard()->setText(seedText_);
    session_->inform(tr("Copied seed %1.").arg(seedText_));
}

void InspectorPanel::revealFile() {
    if (!clipId_ || !session_->hasProject()) return;
    try {
        const QString path =
            QString::fromStdString(session_->project().mediaPath(session_->project().clip(clipId_).file.name));
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            session_->inform(tr("Could not open the folder %1 in the file manager.").arg(folder), true);
    } catch (const std::exception& ex) {
        session_->inform(tr("Could not reveal the file: %1").arg(QString::fromUtf8(ex.what())), true);
    }
}

}  // namespace tessera::ui
