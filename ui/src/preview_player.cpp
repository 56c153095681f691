#include "tessera/ui/preview_player.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <mutex>

#include "tessera/app/media.h"
#include "tessera/app/render.h"
#include "tessera/app/timeline.h"
#include "tessera/ui/queue_panel.h"
#include "tessera/ui/session.h"

namespace tessera::ui {

namespace {

// Rendered timeline frames kept for scrubbing back and forth and for loops.
constexpr qsizetype kTimelineCacheBytes = qsizetype(256) << 20;

QImage toImage(const Frame& f) {
    return QImage(f.rgb.data(), f.width, f.height, f.width * 3, QImage::Format_RGB888).copy();
}

enum class Glyph { Start, StepBack, Reverse, Play, Pause, Forward, StepForward, End };

// Transport icons drawn in the theme's text colour (the style's media icons are not made for dark themes).
QPixmap transportPixmap(Glyph g, const QColor& color) {
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pm(QSize(18, 18) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    auto triangle = [&](qreal x, qreal w, bool right) {
        QPainterPath t;
        if (right) {
            t.moveTo(x, 4);
            t.lineTo(x + w, 9);
            t.lineTo(x, 14);
        } else {
            t.moveTo(x + w, 4);
            t.lineTo(x, 9);
            t.lineTo(x + w, 14);
        }
        t.closeSubpath();
        p.fillPath(t, color);
    };
    auto bar = [&](qreal x) { p.fillRect(QRectF(x, 4, 2, 10), color); };
    switch (g) {
        case Glyph::Start:
            bar(3);
            triangle(5, 5, false);
            triangle(10, 5, false);
            break;
        case Glyph::StepBack:
            triangle(4, 7, false);
            bar(12);
            break;
        case Glyph::Reverse:
            triangle(3, 6, false);
            triangle(9, 6, false);
            break;
        case Glyph::Play:
            triangle(5, 9, true);
            break;
        case Glyph::Pause:
            p.fillRect(QRectF(5, 4, 3, 10), color);
            p.fillRect(QRectF(10, 4, 3, 10), color);
            break;
        case Glyph::Forward:
            triangle(3, 6, true);
            triangle(9, 6, true);
            break;
        case Glyph::StepForward:
            bar(4);
            triangle(7, 7, true);
            break;
        case Glyph::End:
            triangle(3, 5, true);
            triangle(8, 5, true);
            bar(13);
            break;
    }
    p.end();
    return pm;
}

QIcon transportIcon(Glyph g, const QColor& color) {
    QIcon icon(transportPixmap(g, color));
    icon.addPixmap(transportPixmap(g, QColor(96, 98, 104)), QIcon::Disabled);  // the style's dimming is faint on dark
    return icon;
}

QImage fromPng(const std::vector<uint8_t>& bytes) {
    QImage img;
    if (!bytes.empty()) img.loadFromData(bytes.data(), int(bytes.size()), "PNG");
    return img;
}

QString jobOverlay(const QString& stage, int step, int total) {
    if (stage == "image" && total > 0)
        return PreviewPlayer::tr("first frame — step %1/%2").arg(step).arg(total);
    if ((stage == "sample" || stage == "refine") && total > 0)
        return PreviewPlayer::tr("generating — step %1/%2").arg(step).arg(total);
    return PreviewPlayer::tr("generating — %1").arg(QueueModel::stageText(stage, step, total));
}

}  // namespace

// ---- the picture ------------------------------------------------------------------------------

/// Draws the current image letterboxed (or at 100%) on a dark background, with a status message in
/// the middle and an overlay line (job progress) at the bottom left.
class FrameView : public QWidget {
public:
    explicit FrameView(QWidget* player) : QWidget(player), player_(player) {
        setMinimumSize(240, 135);
        setFocusPolicy(Qt::NoFocus);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }
    void setImage(const QImage& image) {
        image_ = image;
        update();
    }
    void setFit(bool fit) {
        fit_ = fit;
        update();
    }
    void setMessage(const QString& text) {
        message_ = text;
        update();
    }
    void setOverlay(const QString& text) {
        overlay_ = text;
        update();
    }
    std::function<void()> onDoubleClick;
    std::function<void(int)> onWheelSteps;

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), QColor(12, 13, 15));
        if (!image_.isNull()) {
            const QSizeF shown = fit_ ? QSizeF(image_.size().scaled(size(), Qt::KeepAspectRatio))
                                      : QSizeF(image_.size()) / devicePixelRatioF();
            QRectF target(QPointF(), shown);
            target.moveCenter(QRectF(rect()).center());
            p.setRenderHint(QPainter::SmoothPixmapTransform, fit_);
            p.drawImage(target, image_);
        }
        if (!message_.isEmpty()) {
            const QRect box = rect().adjusted(24, 24, -24, -24);
            if (!image_.isNull()) {  // readable over a picture
                const QRect used =
                    p.boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, message_).adjusted(-10, -6, 10, 6);
                p.fillRect(used, QColor(0, 0, 0, 170));
            }
            p.setPen(QColor(170, 172, 178));
            p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, message_);
        }
        if (!overlay_.isEmpty()) {
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
            const QFontMetrics fm(f);
            const QString text = fm.elidedText(overlay_, Qt::ElideRight, width() - 40);
            const QRect box(12, height() - fm.height() - 20, fm.horizontalAdvance(text) + 16, fm.height() + 8);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0, 0, 0, 170));
            p.drawRoundedRect(box, 4, 4);
            p.setPen(Qt::white);
            p.drawText(box, Qt::AlignCenter, text);
        }
    }
    void mousePressEvent(QMouseEvent* e) override {
        player_->setFocus(Qt::MouseFocusReason);
        QWidget::mousePressEvent(e);
    }
    void mouseDoubleClickEvent(QMouseEvent*) override {
        if (onDoubleClick) onDoubleClick();
    }
    void wheelEvent(QWheelEvent* e) override {
        const int steps = e->angleDelta().y() / 120;
        if (steps && onWheelSteps) onWheelSteps(-steps);
        e->accept();
    }

private:
    QWidget* player_;
    QImage image_;
    bool fit_ = true;
    QString message_, overlay_;
};

/// The scrub slider: jumps to where it is clicked and shows the in/out range under the groove.
class ScrubSlider : public QSlider {
public:
    explicit ScrubSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent) {
        setFocusPolicy(Qt::NoFocus);
        setMinimumWidth(120);
    }
    void setMarks(bool shown, int in, int out) {
        if (shown == marks_ && in == in_ && out == out_) return;
        marks_ = shown;
        in_ = in;
        out_ = out;
        update();
    }

protected:
    int xOf(int value) const {
        QStyleOptionSlider opt;
        initStyleOption(&opt);
        const QRect groove = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
        return groove.left() + handle.width() / 2 +
               QStyle::sliderPositionFromValue(minimum(), maximum(), value, groove.width() - handle.width());
    }
    void mousePressEvent(QMouseEvent* e) override {
        if (e->button() == Qt::LeftButton && maximum() > minimum()) {
            QStyleOptionSlider opt;
            initStyleOption(&opt);
            const QRect groove = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
            const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
            if (!handle.contains(e->position().toPoint())) {
                const int x = int(e->position().x()) - groove.left() - handle.width() / 2;
                setValue(QStyle::sliderValueFromPosition(minimum(), maximum(), x, groove.width() - handle.width()));
            }
        }
        QSlider::mousePressEvent(e);  // the handle is under the mouse now: dragging goes on from here
    }
    void paintEvent(QPaintEvent* e) override {
        QSlider::paintEvent(e);
        if (!marks_ || maximum() <= minimum()) return;
        QPainter p(this);
        const int x0 = xOf(in_), x1 = xOf(out_);
        const QColor accent = palette().color(QPalette::Highlight);
        p.fillRect(QRect(x0, height() - 4, std::max(2, x1 - x0), 3), accent);
        p.fillRect(QRect(x0 - 1, height() - 9, 2, 8), accent);
        p.fillRect(QRect(x1 - 1, height() - 9, 2, 8), accent);
    }

private:
    bool marks_ = false;
    int in_ = 0, out_ = 0;
};

// ---- timeline rendering on a worker -------------------------------------------------------------

/// The worker side of timeline previews: its own connection to the project (SQLite connections are
/// not shared across threads) and the renderer of the latest timeline state it was asked for.
struct PreviewPlayer::RenderContext {
    explicit RenderContext(std::string dir) : projectDir(std::move(dir)) {}
    std::mutex mutex;
    std::string projectDir;
    std::unique_ptr<app::ProjectLibrary> project;
    std::unique_ptr<app::TimelineRenderer> renderer;  // declared after project: destroyed first
    quint64 rendererSerial = 0;
};

// ---- player -------------------------------------------------------------------------------------

PreviewPlayer::PreviewPlayer(StudioSession* session, QWidget* parent)
    : QWidget(parent), session_(session), pool_(std::make_unique<QThreadPool>()) {
    setObjectName("previewPlayer");
    setFocusPolicy(Qt::StrongFocus);
    pool_->setMaxThreadCount(2);  // a clip decode and a timeline render at most

    view_ = new FrameView(this);
    view_->setObjectName("previewView");
    view_->onDoubleClick = [this] { setZoomToFit(!fit_); };
    view_->onWheelSteps = [this](int steps) {
        pause();
        seek(position_ + steps);
    };
    slider_ = new ScrubSlider(this);
    slider_->setObjectName("scrubSlider");

    const QColor iconColor = palette().color(QPalette::ButtonText);
    auto button = [this](const char* name, const QIcon& icon = {}) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setFocusPolicy(Qt::NoFocus);  // keys go to the player (Space must not click a button)
        b->setAutoRaise(true);
        if (!icon.isNull()) {
            b->setIcon(icon);
            b->setIconSize(QSize(18, 18));
        }
        return b;
    };
    startButton_ = button("startButton", transportIcon(Glyph::Start, iconColor));
    backButton_ = button("stepBackButton", transportIcon(Glyph::StepBack, iconColor));
    reverseButton_ = button("reverseButton", transportIcon(Glyph::Reverse, iconColor));
    playIcon_ = transportIcon(Glyph::Play, iconColor);
    pauseIcon_ = transportIcon(Glyph::Pause, iconColor);
    playButton_ = button("playButton", playIcon_);
    forwardButton_ = button("forwardButton", transportIcon(Glyph::Forward, iconColor));
    stepButton_ = button("stepForwardButton", transportIcon(Glyph::StepForward, iconColor));
    endButton_ = button("endButton", transportIcon(Glyph::End, iconColor));
    inButton_ = button("inButton");
    outButton_ = button("outButton");
    loopButton_ = button("loopButton");
    loopButton_->setCheckable(true);
    zoomButton_ = button("zoomButton");

    connect(startButton_, &QToolButton::clicked, this, &PreviewPlayer::goToStart);
    connect(backButton_, &QToolButton::clicked, this, &PreviewPlayer::stepBackward);
    connect(reverseButton_, &QToolButton::clicked, this, &PreviewPlayer::shuttleReverse);
    connect(playButton_, &QToolButton::clicked, this, &PreviewPlayer::togglePlay);
    connect(forwardButton_, &QToolButton::clicked, this, &PreviewPlayer::shuttleForward);
    connect(stepButton_, &QToolButton::clicked, this, &PreviewPlayer::stepForward);
    connect(endButton_, &QToolButton::clicked, this, &PreviewPlayer::goToEnd);
    connect(inButton_, &QToolButton::clicked, this, &PreviewPlayer::markIn);
    connect(outButton_, &QToolButton::clicked, this, &PreviewPlayer::markOut);
    connect(loopButton_, &QToolButton::toggled, this, &PreviewPlayer::setLoop);
    connect(zoomButton_, &QToolButton::clicked, this, [this] { setZoomToFit(!fit_); });
    connect(slider_, &QSlider::valueChanged, this, [this](int v) { seek(v); });

    frameLabel_ = new QLabel(this);
    frameLabel_->setObjectName("frameLabel");
    timecodeLabel_ = new QLabel(this);
    timecodeLabel_->setObjectName("timecodeLabel");
    QFont mono("DejaVu Sans Mono");
    mono.setStyleHint(QFont::Monospace);
    timecodeLabel_->setFont(mono);
    frameLabel_->setFont(mono);
    speedLabel_ = new QLabel(this);
    speedLabel_->setObjectName("speedLabel");
    speedLabel_->setMinimumWidth(QFontMetrics(font()).horizontalAdvance("4× reverse") + 8);
    speedLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(6, 0, 12, 4);
    controls->setSpacing(2);
    for (QToolButton* b :
         {startButton_, backButton_, reverseButton_, playButton_, forwardButton_, stepButton_, endButton_})
        controls->addWidget(b);
    controls->addWidget(speedLabel_);
    controls->addStretch(1);
    for (QToolButton* b : {inButton_, outButton_, loopButton_, zoomButton_}) controls->addWidget(b);
    controls->addSpacing(10);
    controls->addWidget(frameLabel_);
    controls->addSpacing(10);
    controls->addWidget(timecodeLabel_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(view_, 1);
    auto* sliderRow = new QHBoxLayout;
    sliderRow->setContentsMargins(8, 2, 8, 0);
    sliderRow->addWidget(slider_);
    layout->addLayout(sliderRow);
    layout->addLayout(controls);

    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &PreviewPlayer::tick);

    connect(session_, &StudioSession::clipSelected, this, [this](qint64 id) {
        if (id > 0) showClip(id);
    });
    connect(session_, &StudioSession::jobSelected, this, [this](qint64 id) {
        if (id > 0) showJob(id);
    });
    connect(session_, &StudioSession::jobPreview, this, [this](qint64 id, const QImage& img) {
        if (source_ != Source::Job || id != jobId_ || img.isNull()) return;
        image_ = img;
        view_->setImage(image_);
        setMessage({});
        zoomButton_->setEnabled(true);
    });
    connect(session_, &StudioSession::jobProgress, this, [this](qint64 id, const QString& stage, int step, int total) {
        if (source_ == Source::Job && id == jobId_) setOverlay(jobOverlay(stage, step, total));
    });
    connect(session_, &StudioSession::jobFinished, this,
            [this](qint64 id, const QString& state, qint64 clip, const QString& error) {
                if (source_ != Source::Job || id != jobId_) return;
                if (clip > 0) return showClip(clip);
                setOverlay(state == "failed" ? tr("failed: %1").arg(error) : tr("cancelled"));
            });
    connect(session_, &StudioSession::projectChanged, this, [this] {
        render_.reset();
        clear();
        watchTimeline();
    });
    connect(session_, &StudioSession::timelineChanged, this, [this] {
        watchTimeline();
        if (source_ != Source::Timeline) return;
        if (session_->hasProject() && session_->timeline()) {
            if (!timelineState_ || timelineState_->id != session_->timeline()->state().id) {
                in_ = out_ = -1;  // marks of another timeline
                position_ = 0;
            }
            timelineEdited();  // another timeline (or the same one loaded again): a new renderer
        } else {
            clear();
        }
    });
    watchTimeline();

    retranslate();
    updateControls();
}

PreviewPlayer::~PreviewPlayer() {
    timer_.stop();
    // Workers post their results to this object: let them finish before it goes.
    pool_->clear();
    pool_->waitForDone();
}

void PreviewPlayer::retranslate() {
    startButton_->setToolTip(tr("Go to the first frame (Home)"));
    backButton_->setToolTip(tr("Step one frame back (Left; Shift+Left: one second)"));
    reverseButton_->setToolTip(tr("Play backward; again for 2× and 4× (J)"));
    forwardButton_->setToolTip(tr("Play forward; again for 2× and 4× (L)"));
    stepButton_->setToolTip(tr("Step one frame forward (Right; Shift+Right: one second)"));
    endButton_->setToolTip(tr("Go to the last frame (End)"));
    inButton_->setText(tr("In"));
    inButton_->setToolTip(tr("Mark the in point at this frame (I; Alt+X clears the marks)"));
    outButton_->setText(tr("Out"));
    outButton_->setToolTip(tr("Mark the out point at this frame (O; Alt+X clears the marks)"));
    loopButton_->setText(tr("Loop"));
    loopButton_->setToolTip(tr("Loop playback between the in and out points (Ctrl+L)"));
    zoomButton_->setToolTip(tr("Zoom: fit to the view or 100% (Z, or double-click the picture)"));
    slider_->setToolTip(tr("Scrub through the frames"));
    frameLabel_->setToolTip(tr("Frame (counted from 1) / frames"));
    timecodeLabel_->setToolTip(tr("Timecode: hours:minutes:seconds:frames"));
    if (source_ == Source::None && message_.isEmpty())
        view_->setMessage(tr("Select a clip or a running job to see it here."));
    updateControls();
}

void PreviewPlayer::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

// ---- sources ------------------------------------------------------------------------------------

void PreviewPlayer::resetSource(Source source) {
    pause();
    ++serial_;  // results of earlier decodes and renders are stale from here on
    source_ = source;
    clipId_ = jobId_ = 0;
    frames_.reset();
    timelineCache_.clear();
    timelineState_.reset();
    renderFailed_ = false;
    pendingFrame_ = -1;
    position_ = frameCount_ = 0;
    in_ = out_ = -1;
    image_ = QImage();
    view_->setImage(image_);
    overlay_.clear();
    view_->setOverlay({});
    message_.clear();
    view_->setMessage({});
}

void PreviewPlayer::clear() {
    resetSource(Source::None);
    view_->setMessage(tr("Select a clip or a running job to see it here."));
    updateControls();
}

void PreviewPlayer::setMessage(const QString& text) {
    message_ = text;
    view_->setMessage(text);
}

void PreviewPlayer::setOverlay(const QString& text) {
    overlay_ = text;
    view_->setOverlay(text);
}

void PreviewPlayer::showClip(qint64 clipId) {
    if (!session_->hasProject() || clipId <= 0) return clear();
    if (source_ == Source::Clip && clipId == clipId_) return;  // selected again: keep playing where it is
    app::ClipRecord c;
    std::string path;
    try {
        c = session_->project().clip(clipId);
        path = session_->project().mediaPath(c.file.name);
    } catch (const std::exception& e) {
        resetSource(Source::None);
        setMessage(tr("Clip %1 cannot be shown: %2").arg(clipId).arg(QString::fromUtf8(e.what())));
        updateControls();
        return;
    }
    resetSource(Source::Clip);
    clipId_ = clipId;
    fps_ = c.fps > 0 ? c.fps : 16;
    frameCount_ = std::max(1, c.frames);
    setMessage(tr("Decoding…"));
    updateControls();
    const quint64 serial = serial_;
    pool_->start([this, path, serial] {
        auto frames = std::make_shared<std::vector<QImage>>();
        double fps = 0;
        QString error;
        try {
            Clip clip = app::readClip(path);
            fps = clip.fps;
            frames->reserve(clip.frames.size());
            for (Frame& f : clip.frames) {
                frames->push_back(toImage(f));
                f = Frame();  // keep one copy of the pixels at a time
            }
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, serial, frames, fps, error] { clipDecoded(serial, frames, fps, error); },
            Qt::QueuedConnection);
    });
}

void PreviewPlayer::clipDecoded(quint64 serial, std::shared_ptr<const std::vector<QImage>> frames, double fps,
                                const QString& error) {
    if (serial != serial_ || source_ != Source::Clip) return;  // another source was chosen meanwhile
    if (!error.isEmpty() || frames->empty()) {
        setMessage(
            tr("Clip %1 cannot be played: %2").arg(clipId_).arg(error.isEmpty() ? tr("it has no frames") : error));
        frameCount_ = 0;
        updateControls();
        return;
    }
    frames_ = std::move(frames);
    if (fps > 0 && fps_ <= 0) fps_ = fps;
    frameCount_ = int64_t(frames_->size());
    setMessage({});
    setPosition(std::min(position_, frameCount_ - 1), false);
    showFrame();
    updateControls();
}

void PreviewPlayer::showTimeline() {
    app::TimelineModel* model = session_->hasProject() ? session_->timeline() : nullptr;
    if (!model) {
        resetSource(Source::None);
        setMessage(tr("No timeline is open."));
        updateControls();
        return;
    }
    // Already showing this timeline: its edits arrive through changed(), nothing to redo.
    if (source_ == Source::Timeline && timelineState_ && timelineState_->id == model->state().id) return;
    resetSource(Source::Timeline);
    if (!render_ || render_->projectDir != session_->project().dir())
        render_ = std::make_shared<RenderContext>(session_->project().dir());
    timelineState_ = std::make_shared<const app::TimelineState>(model->state());
    fps_ = timelineState_->fps > 0 ? timelineState_->fps : 16;
    frameCount_ = timelineState_->duration();
    if (frameCount_ == 0) setMessage(tr("The timeline is empty. Drag clips onto it to preview the cut."));
    showFrame();
    updateControls();
}

void PreviewPlayer::watchTimeline() {
    disconnect(timelineConnection_);
    if (app::TimelineModel* t = session_->hasProject() ? session_->timeline() : nullptr)
        timelineConnection_ = connect(t, &app::TimelineModel::changed, this, &PreviewPlayer::timelineEdited);
}

void PreviewPlayer::timelineEdited() {
    if (source_ != Source::Timeline || !session_->timeline()) return;
    ++serial_;  // the worker makes a new renderer for the new state
    timelineState_ = std::make_shared<const app::TimelineState>(session_->timeline()->state());
    fps_ = timelineState_->fps > 0 ? timelineState_->fps : 16;
    frameCount_ = timelineState_->duration();
    timelineCache_.clear();
    renderFailed_ = false;
    setMessage(frameCount_ == 0 ? tr("The timeline is empty. Drag clips onto it to preview the cut.") : QString());
    if (frameCount_ == 0) {
        pause();
        image_ = QImage();
        view_->setImage(image_);
    }
    setPosition(std::min(position_, std::max<int64_t>(0, frameCount_ - 1)));  // shows the frame again
}

void PreviewPlayer::requestTimelineFrame(int64_t t) {
    auto cached = timelineCache_.find(t);
    if (cached != timelineCache_.end()) {
        if (t == position_) {
            image_ = cached->second;
            view_->setImage(image_);
        }
        return;
    }
    if (rendering_) {  // one render at a time; the latest request replaces an older waiting one
        pendingFrame_ = t;
        return;
    }
    rendering_ = true;
    pendingFrame_ = -1;
    auto ctx = render_;
    auto state = timelineState_;
    const quint64 serial = serial_;
    pool_->start([this, ctx, state, serial, t] {
        QImage image;
        QString error;
        {
            std::lock_guard<std::mutex> lock(ctx->mutex);
            try {
                if (!ctx->project) {
                    app::OpenOptions o;
                    o.maintenance = false;  // the session's connection does that
                    ctx->project = app::ProjectLibrary::open(ctx->projectDir, o);
                }
                if (!ctx->renderer || ctx->rendererSerial != serial) {
                    ctx->renderer.reset();
                    ctx->renderer = std::make_unique<app::TimelineRenderer>(*ctx->project, *state);
                    ctx->rendererSerial = serial;
                }
                image = toImage(ctx->renderer->frame(t));
            } catch (const std::exception& e) {
                ctx->renderer.reset();
                error = QString::fromUtf8(e.what());
            }
        }
        QMetaObject::invokeMethod(
            this, [this, serial, t, image, error] { timelineFrameReady(serial, t, image, error); },
            Qt::QueuedConnection);
    });
}

void PreviewPlayer::timelineFrameReady(quint64 serial, int64_t t, const QImage& image, const QString& error) {
    rendering_ = false;
    if (source_ != Source::Timeline) return;
    if (serial == serial_) {
        if (!error.isEmpty()) {
            renderFailed_ = true;
            pendingFrame_ = -1;
            image_ = QImage();
            view_->setImage(image_);
            setMessage(tr("The timeline cannot be previewed: %1").arg(error));
            return;
        }
        // Keep the cache within its budget by dropping the frames farthest from the playhead.
        qsizetype bytes = image.sizeInBytes();
        for (const auto& [frame, img] : timelineCache_) bytes += img.sizeInBytes();
        while (bytes > kTimelineCacheBytes && !timelineCache_.empty()) {
            auto first = timelineCache_.begin(), last = std::prev(timelineCache_.end());
            auto drop = std::abs(first->first - position_) > std::abs(last->first - position_) ? first : last;
            bytes -= drop->second.sizeInBytes();
            timelineCache_.erase(drop);
        }
        timelineCache_[t] = image;
        if (t == position_) {
            image_ = image;
            view_->setImage(image_);
        }
    }
    if (renderFailed_ || frameCount_ == 0) return;
    int64_t next = pendingFrame_;
    pendingFrame_ = -1;
    if (next < 0 && !timelineCache_.count(position_)) next = position_;
    // While playing, render the next frame ahead when nothing else waits.
    if (next < 0 && speed_ != 0) {
        const int64_t ahead = position_ + (speed_ > 0 ? 1 : -1);
        if (ahead >= 0 && ahead < frameCount_ && !timelineCache_.count(ahead)) next = ahead;
    }
    if (next >= 0) requestTimelineFrame(next);
}

void PreviewPlayer::showJob(qint64 jobId) {
    if (!session_->hasProject() || jobId <= 0) return clear();
    app::JobRecord j;
    try {
        j = session_->queue().job(jobId);
    } catch (const std::exception& e) {
        resetSource(Source::None);
        setMessage(QString::fromUtf8(e.what()));
        updateControls();
        return;
    }
    if (j.state == app::JobState::Done && j.clipId > 0) return showClip(j.clipId);
    resetSource(Source::Job);
    jobId_ = jobId;
    if (j.hasPreview) {
        try {
            image_ = fromPng(session_->queue().preview(jobId));
        } catch (const std::exception&) {
            image_ = QImage();  // the next preview from the runner replaces it anyway
        }
        view_->setImage(image_);
    }
    switch (j.state) {
        case app::JobState::Running:
            setOverlay(jobOverlay(QString::fromStdString(j.stage), j.step, j.total));
            if (image_.isNull()) setMessage(tr("Waiting for the first preview…"));
            break;
        case app::JobState::Queued:
            setOverlay(tr("queued — waiting to run"));
            break;
        case app::JobState::Failed:
            setOverlay(tr("failed: %1").arg(QString::fromStdString(j.error)));
            break;
        default:
            setOverlay(tr("cancelled"));
            break;
    }
    updateControls();
}

// ---- position and playback ----------------------------------------------------------------------

int64_t PreviewPlayer::inPoint() const {
    const int64_t last = std::max<int64_t>(0, frameCount_ - 1);
    return in_ >= 0 ? std::min(in_, last) : 0;
}

int64_t PreviewPlayer::outPoint() const {
    const int64_t last = std::max<int64_t>(0, frameCount_ - 1);
    return out_ >= 0 ? std::min(out_, last) : last;
}

int64_t PreviewPlayer::playFirst() const {
    return loop_ ? inPoint() : 0;
}

int64_t PreviewPlayer::playLast() const {
    return loop_ ? outPoint() : std::max<int64_t>(0, frameCount_ - 1);
}

void PreviewPlayer::setPosition(int64_t frame, bool emitSignal) {
    frame = std::clamp<int64_t>(frame, 0, std::max<int64_t>(0, frameCount_ - 1));
    const bool moved = frame != position_;
    position_ = frame;
    showFrame();
    updateControls();
    if (moved && emitSignal) Q_EMIT positionChanged(frame);
}

void PreviewPlayer::showFrame() {
    if (source_ == Source::Clip && frames_ && position_ < int64_t(frames_->size())) {
        image_ = (*frames_)[size_t(position_)];
        view_->setImage(image_);
    } else if (source_ == Source::Timeline && frameCount_ > 0 && !renderFailed_) {
        requestTimelineFrame(position_);
    }
}

void PreviewPlayer::seek(int64_t frame) {
    // A seek to where the player already is (an echo of positionChanged) must not re-anchor playback.
    if (std::clamp<int64_t>(frame, 0, std::max<int64_t>(0, frameCount_ - 1)) == position_) return;
    setPosition(frame);
    if (speed_ != 0) {  // playback goes on from here
        anchorFrame_ = position_;
        clock_.restart();
    }
}

void PreviewPlayer::startPlayback(int speed) {
    if ((source_ != Source::Clip && source_ != Source::Timeline) || frameCount_ <= 1) return pause();
    speed_ = speed;
    if (loop_ && (position_ < playFirst() || position_ > playLast()))  // playback enters the marked range
        setPosition(speed > 0 ? playFirst() : playLast());
    anchorFrame_ = position_;
    clock_.restart();
    timer_.start(std::max(1, int(1000.0 / (fps_ * std::abs(speed)))));
    updateControls();
}

void PreviewPlayer::tick() {
    if (speed_ == 0) return timer_.stop();
    // The position follows the clock: a late tick skips frames, it never slows playback down.
    const auto step = int64_t(double(clock_.elapsed()) / 1000.0 * fps_ * std::abs(speed_));
    int64_t target = anchorFrame_ + (speed_ > 0 ? step : -step);
    const int64_t lo = playFirst(), hi = playLast(), length = hi - lo + 1;
    if (speed_ > 0 && target > hi) {
        if (!loop_) {
            setPosition(hi);
            return pause();
        }
        const int64_t wraps = (target - lo) / length;  // move the anchor back: the clock runs on
        anchorFrame_ -= wraps * length;
        target -= wraps * length;
    } else if (speed_ < 0 && target < lo) {
        if (!loop_) {
            setPosition(lo);
            return pause();
        }
        const int64_t wraps = (hi - target) / length;
        anchorFrame_ += wraps * length;
        target += wraps * length;
    } else if (target < lo || target > hi) {  // loop turned on, or marks moved, outside the range
        target = speed_ > 0 ? lo : hi;
        anchorFrame_ = target;
        clock_.restart();
    }
    if (target != position_) setPosition(target);
}

void PreviewPlayer::play() {
    if (!loop_ && position_ >= frameCount_ - 1) setPosition(0);  // at the end: from the start again
    startPlayback(1);
}

void PreviewPlayer::pause() {
    speed_ = 0;
    timer_.stop();
    updateControls();
}

void PreviewPlayer::togglePlay() {
    isPlaying() ? pause() : play();
}

void PreviewPlayer::shuttleForward() {
    if (speed_ > 0) return startPlayback(std::min(speed_ * 2, 4));
    if (!loop_ && position_ >= frameCount_ - 1) setPosition(0);
    startPlayback(1);
}

void PreviewPlayer::shuttleReverse() {
    if (speed_ < 0) return startPlayback(std::max(speed_ * 2, -4));
    if (!loop_ && position_ <= 0) setPosition(frameCount_ - 1);
    startPlayback(-1);
}

void PreviewPlayer::stepForward() {
    pause();
    setPosition(position_ + 1);
}

void PreviewPlayer::stepBackward() {
    pause();
    setPosition(position_ - 1);
}

void PreviewPlayer::goToStart() {
    seek(0);
}

void PreviewPlayer::goToEnd() {
    seek(frameCount_ - 1);
}

void PreviewPlayer::markIn() {
    if (frameCount_ <= 0) return;
    in_ = position_;
    if (out_ >= 0 && out_ < in_) out_ = -1;
    updateControls();
}

void PreviewPlayer::markOut() {
    if (frameCount_ <= 0) return;
    out_ = position_;
    if (in_ > out_) in_ = -1;
    updateControls();
}

void PreviewPlayer::clearMarks() {
    in_ = out_ = -1;
    updateControls();
}

void PreviewPlayer::setLoop(bool on) {
    loop_ = on;
    updateControls();
}

void PreviewPlayer::setZoomToFit(bool fit) {
    fit_ = fit;
    view_->setFit(fit);
    updateControls();
}

QString PreviewPlayer::timecode(int64_t frame, double fps) {
    const int64_t base = std::max<int64_t>(1, std::llround(fps));
    frame = std::max<int64_t>(0, frame);
    const int64_t seconds = frame / base;
    return QString::asprintf("%02lld:%02lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                             static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60),
                             static_cast<long long>(frame % base));
}

QString PreviewPlayer::frameText() const {
    if (frameCount_ <= 0 || (source_ != Source::Clip && source_ != Source::Timeline)) return tr("– / –");
    return tr("%1 / %2").arg(position_ + 1).arg(frameCount_);
}

QString PreviewPlayer::timecodeText() const {
    if (frameCount_ <= 0 || (source_ != Source::Clip && source_ != Source::Timeline)) return "--:--:--:--";
    return timecode(position_, fps_);
}

void PreviewPlayer::updateControls() {
    const bool media = (source_ == Source::Clip || source_ == Source::Timeline) && frameCount_ > 0;
    for (QToolButton* b : {startButton_, backButton_, reverseButton_, playButton_, forwardButton_, stepButton_,
                           endButton_, inButton_, outButton_, loopButton_})
        b->setEnabled(media);
    zoomButton_->setEnabled(!image_.isNull() || media);
    playButton_->setIcon(isPlaying() ? pauseIcon_ : playIcon_);
    playButton_->setToolTip(isPlaying() ? tr("Pause (Space or K)") : tr("Play (Space)"));
    {
        const QSignalBlocker block(slider_);
        slider_->setEnabled(media);
        slider_->setRange(0, int(std::max<int64_t>(0, frameCount_ - 1)));
        slider_->setPageStep(std::max(1, int(std::lround(fps_))));
        slider_->setValue(int(position_));
    }
    slider_->setMarks(media && (in_ >= 0 || out_ >= 0), int(inPoint()), int(outPoint()));
    {
        const QSignalBlocker block(loopButton_);
        loopButton_->setChecked(loop_);
    }
    zoomButton_->setText(fit_ ? tr("Fit") : tr("100%"));
    frameLabel_->setText(frameText());
    timecodeLabel_->setText(timecodeText());
    speedLabel_->setText(speed_ > 0   ? tr("%1× forward").arg(speed_)
                         : speed_ < 0 ? tr("%1× reverse").arg(-speed_)
                                      : QString());
}

void PreviewPlayer::keyPressEvent(QKeyEvent* event) {
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int second = std::max(1, int(std::lround(fps_)));
    if (mods == Qt::NoModifier) {
        switch (event->key()) {
            case Qt::Key_Space:
                return togglePlay();
            case Qt::Key_J:
                return shuttleReverse();
            case Qt::Key_K:
                return pause();
            case Qt::Key_L:
                return shuttleForward();
            case Qt::Key_Left:
                return stepBackward();
            case Qt::Key_Right:
                return stepForward();
            case Qt::Key_Home:
                return goToStart();
            case Qt::Key_End:
                return goToEnd();
            case Qt::Key_I:
                return markIn();
            case Qt::Key_O:
                return markOut();
            case Qt::Key_Z:
                return setZoomToFit(!fit_);
            default:
                break;
        }
    } else if (mods == Qt::ShiftModifier && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        pause();
        return setPosition(position_ + (event->key() == Qt::Key_Right ? second : -second));
    } else if (mods == Qt::ControlModifier && event->key() == Qt::Key_L) {
        return setLoop(!loop_);
    } else if (mods == Qt::AltModifier && event->key() == Qt::Key_X) {
        return clearMarks();
    }
    QWidget::keyPressEvent(event);
}

}  // namespace tessera::ui
