#include "tessera/ui/timeline_panel.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDragLeaveEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHash>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolBar>
#include <QToolTip>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "tessera/app/project.h"
#include "tessera/app/timeline.h"
#include "tessera/ui/session.h"

namespace tessera::ui {

using app::Edge;
using app::TimelineItem;
using app::TimelineState;
using app::TimelineTrack;
using app::TrackKind;

namespace {

constexpr int kHeaderWidth = 150;  // track headers, left of the lanes
constexpr int kRulerHeight = 28;
constexpr int kItemMargin = 3;  // between an item and the edges of its lane
constexpr int kEdgeGrabPx = 6;  // how near an item's edge the pointer trims instead of moving
constexpr double kSnapPx = 8;
constexpr double kMinPixelsPerFrame = 0.01;
constexpr double kMaxPixelsPerFrame = 64;
constexpr double kDefaultPixelsPerFrame = 6;
constexpr double kZoomStep = 1.25;

const QColor kBackground(26, 27, 30);
const QColor kLaneEven(34, 35, 39);
const QColor kLaneOdd(30, 31, 34);
const QColor kHeader(46, 48, 53);
const QColor kRuler(40, 41, 45);
const QColor kRulerText(196, 198, 202);
const QColor kTick(120, 122, 128);
const QColor kText(238, 239, 241);
const QColor kMutedText(150, 152, 158);
const QColor kSelection(255, 190, 60);
const QColor kPlayhead(236, 76, 62);
const QColor kSnapLine(90, 214, 255);
const QColor kRefused(232, 70, 70);

int laneHeight(TrackKind kind) {
    switch (kind) {
        case TrackKind::Video:
            return 66;
        case TrackKind::Title:
            return 38;
        case TrackKind::Audio:
            return 44;
    }
    return 44;
}

QColor kindColour(TrackKind kind) {
    switch (kind) {
        case TrackKind::Video:
            return QColor(66, 126, 204);
        case TrackKind::Title:
            return QColor(150, 108, 210);
        case TrackKind::Audio:
            return QColor(70, 166, 108);
    }
    return QColor(66, 126, 204);
}

QColor itemColour(const TimelineItem& it, TrackKind kind) {
    if (it.jobId) return QColor(72, 74, 82);
    if (kind == TrackKind::Title || it.isTitle()) return QColor(104, 74, 150);
    if (kind == TrackKind::Audio) return QColor(42, 116, 74);
    if (it.assetId) return QColor(30, 106, 116);
    return QColor(44, 90, 150);
}

int nominalFps(double fps) {
    return std::max(1, int(std::lround(fps)));
}

int64_t halfSecond(double fps) {
    return std::max<int64_t>(1, std::llround(fps * 0.5));
}

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

std::vector<int64_t> parseIds(const QByteArray& data) {
    std::vector<int64_t> ids;
    for (const QString& part : QString::fromUtf8(data).split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0) ids.push_back(id);
    }
    return ids;
}

// A small padlock: shackle arc over a body, drawn in `colour` inside `r`.
void drawPadlock(QPainter& p, const QRectF& r, const QColor& colour) {
    const QRectF body(r.left() + r.width() * 0.2, r.top() + r.height() * 0.45, r.width() * 0.6, r.height() * 0.42);
    const QRectF shackle(r.left() + r.width() * 0.32, r.top() + r.height() * 0.15, r.width() * 0.36, r.height() * 0.6);
    p.setPen(QPen(colour, 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawArc(shackle, 0, 180 * 16);
    p.drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), body.top()));
    p.drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), body.top()));
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(body, 1.5, 1.5);
}

}  // namespace

QString formatTimecode(int64_t frame, double fps) {
    const int n = nominalFps(fps);
    const QString sign = frame < 0 ? QStringLiteral("-") : QString();
    frame = std::abs(frame);
    const int frameDigits = std::max(2, int(QString::number(n - 1).size()));
    const QString ff = QString("%1").arg(frame % n, frameDigits, 10, QChar('0'));
    const int64_t seconds = frame / n;
    if (seconds < 60) return sign + QString("%1:%2").arg(seconds).arg(ff);
    const QString ss = QString("%1").arg(seconds % 60, 2, 10, QChar('0'));
    if (seconds < 3600) return sign + QString("%1:%2:%3").arg(seconds / 60).arg(ss, ff);
    const QString mm = QString("%1").arg((seconds / 60) % 60, 2, 10, QChar('0'));
    return sign + QString("%1:%2:%3:%4").arg(seconds / 3600).arg(mm, ss, ff);
}

// ---- the drawing area --------------------------------------------------------------------------

// Draws the headers, ruler, lanes and items, and turns mouse, wheel, key and drop gestures into model
// requests. Positions are timeline frames; x = kHeaderWidth + frame * pixelsPerFrame - horizontal scroll.
class TimelinePanel::Canvas : public QWidget {
public:
    Canvas(TimelinePanel* panel, StudioSession* session) : QWidget(panel), panel_(panel), session_(session) {
        setObjectName("timelineCanvas");
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(true);
        setAcceptDrops(true);
        setAttribute(Qt::WA_OpaquePaintEvent);
        setMinimumSize(320, kRulerHeight + 48);
    }

    struct Lane {
        const TimelineTrack* track = nullptr;
        int top = 0;
        int height = 0;
    };
    enum class Zone { None, Body, LeftEdge, RightEdge };
    struct Hit {
        int64_t trackId = 0;
        int64_t itemId = 0;
        Zone zone = Zone::None;
    };

    app::TimelineModel* model() const { return session_->timeline(); }
    int64_t playhead() const { return playhead_; }
    int64_t selected() const { return selected_; }
    double pixelsPerFrame() const { return ppf_; }

    int scrollX() const { return panel_->hScroll_->value(); }
    int scrollY() const { return panel_->vScroll_->value(); }
    int laneWidth() const { return std::max(1, width() - kHeaderWidth); }

    int xAtFrame(int64_t frame) const { return kHeaderWidth + int(std::lround(double(frame) * ppf_)) - scrollX(); }
    int64_t frameAtX(int x) const {
        return std::max<int64_t>(0, std::llround(double(x - kHeaderWidth + scrollX()) / ppf_));
    }

    // Tracks in the order they are shown: picture tracks with the top layer first (the model lists
    // tracks bottom to top), then audio tracks in their own order, as NLEs stack them.
    std::vector<Lane> lanes() const {
        std::vector<Lane> out;
        const auto* m = model();
        if (!m) return out;
        const auto& tracks = m->state().tracks;
        std::vector<const TimelineTrack*> order;
        for (auto t = tracks.rbegin(); t != tracks.rend(); ++t)
            if (t->kind != TrackKind::Audio) order.push_back(&*t);
        for (const auto& t : tracks)
            if (t.kind == TrackKind::Audio) order.push_back(&t);
        int y = kRulerHeight - scrollY();
        for (const auto* t : order) {
            out.push_back({t, y, laneHeight(t->kind)});
            y += laneHeight(t->kind);
        }
        return out;
    }

    int lanesHeight() const {
        int h = 0;
        if (const auto* m = model())
            for (const auto& t : m->state().tracks) h += laneHeight(t.kind);
        return h;
    }

    std::optional<Lane> laneOf(int64_t trackId) const {
        for (const auto& l : lanes())
            if (l.track->id == trackId) return l;
        return std::nullopt;
    }

    std::optional<Lane> laneAtY(int y) const {
        for (const auto& l : lanes())
            if (y >= l.top && y < l.top + l.height) return l;
        return std::nullopt;
    }

    QRect spanRect(const Lane& lane, int64_t start, int64_t end) const {
        const int x0 = xAtFrame(start), x1 = xAtFrame(end);
        return QRect(x0, lane.top + kItemMargin, std::max(1, x1 - x0), lane.height - 2 * kItemMargin);
    }

    QRect itemRect(int64_t itemId) const {
        for (const auto& l : lanes())
            for (const auto& it : l.track->items)
                if (it.id == itemId) return spanRect(l, it.start, it.end());
        return {};
    }

    QRect trackRect(int64_t trackId) const {
        if (auto l = laneOf(trackId)) return QRect(kHeaderWidth, l->top, laneWidth(), l->height);
        return {};
    }

    Hit hitTest(const QPoint& p) const {
        Hit hit;
        if (p.x() < kHeaderWidth || p.y() < kRulerHeight) return hit;
        const auto lane = laneAtY(p.y());
        if (!lane) return hit;
        hit.trackId = lane->track->id;
        const auto& items = lane->track->items;
        // Later items are drawn over earlier ones (crossfades overlap), so they are hit first.
        for (auto it = items.rbegin(); it != items.rend(); ++it) {
            const QRect r = spanRect(*lane, it->start, it->end());
            if (!r.contains(p)) continue;
            hit.itemId = it->id;
            const int grab = std::min(kEdgeGrabPx, r.width() / 4);
            if (p.x() - r.left() < grab)
                hit.zone = Zone::LeftEdge;
            else if (r.left() + r.width() - p.x() <= grab)
                hit.zone = Zone::RightEdge;
            else
                hit.zone = Zone::Body;
            return hit;
        }
        return hit;
    }

    // ---- state following the session ----

    void rebind() {
        QObject::disconnect(modelConnection_);
        QObject::disconnect(undoConnection_);
        drag_ = {};
        drop_ = {};
        thumbnails_.clear();
        if (auto* m = model()) {
            modelConnection_ = connect(m, &app::TimelineModel::changed, this, [this] { modelChanged(); });
            // The undo stack moves its index after the model's changed(): undo/redo availability follows it.
            undoConnection_ =
                connect(m->undoStack(), &QUndoStack::indexChanged, this, [this] { panel_->updateActions(); });
        }
        if (selected_) {
            selected_ = 0;
            Q_EMIT panel_->itemSelected(0);
        }
        setPlayhead(0);
        updateScrollBars();
        update();
        panel_->updateActions();
    }

    void modelChanged() {
        const auto* m = model();
        if (selected_ && !(m && m->state().item(selected_))) {
            selected_ = 0;
            Q_EMIT panel_->itemSelected(0);
        }
        if (drag_.itemId && !(m && m->state().item(drag_.itemId))) drag_ = {};
        updateScrollBars();
        update();
        panel_->updateActions();
    }

    void clearThumbnails() {
        thumbnails_.clear();
        update();
    }

    // Progress and previews are kept only for jobs that have a pending shot on this timeline.
    void jobProgress(qint64 jobId, double fraction) {
        if (!showsJob(jobId)) return;
        jobProgress_[jobId] = fraction;
        update();
    }
    void jobPreview(qint64 jobId, const QImage& preview) {
        if (!showsJob(jobId)) return;
        jobPreviews_[jobId] = preview;
        update();
    }
    void jobFinished(qint64 jobId) {
        jobProgress_.remove(jobId);
        jobPreviews_.remove(jobId);
        if (showsJob(jobId)) update();
    }

    bool showsJob(qint64 jobId) const {
        if (const auto* m = model())
            for (const auto& t : m->state().tracks)
                for (const auto& it : t.items)
                    if (it.jobId == jobId) return true;
        return false;
    }

    void select(int64_t itemId) {
        const auto* m = model();
        const TimelineItem* it = m && itemId ? m->state().item(itemId) : nullptr;
        if (!it) itemId = 0;
        if (itemId != selected_) {
            selected_ = itemId;
            update();
            panel_->updateActions();
            Q_EMIT panel_->itemSelected(itemId);
        }
        if (it && it->clipId) session_->selectClip(it->clipId);
    }

    void setPlayhead(int64_t frame) {
        frame = std::max<int64_t>(0, frame);
        if (frame == playhead_) return;
        playhead_ = frame;
        updateScrollBars();
        const int x = xAtFrame(frame);
        if (x < kHeaderWidth || x > width() - 4)
            panel_->hScroll_->setValue(int(std::lround(double(frame) * ppf_ - laneWidth() * 0.25)));
        update();
        panel_->updateActions();
        Q_EMIT panel_->playheadMoved(frame);
    }

    // ---- zoom and scrolling ----

    void setZoom(double ppf, int anchorX) {
        ppf = std::clamp(ppf, kMinPixelsPerFrame, kMaxPixelsPerFrame);
        if (ppf == ppf_) return;
        const double anchorFrame = double(anchorX - kHeaderWidth + scrollX()) / ppf_;
        ppf_ = ppf;
        updateScrollBars();
        panel_->hScroll_->setValue(int(std::lround(anchorFrame * ppf_ - (anchorX - kHeaderWidth))));
        update();
        panel_->updateActions();
    }

    // Zooms around the playhead when it is in view, else around the left edge of the lanes.
    void zoomBy(double factor) {
        const int x = xAtFrame(playhead_);
        setZoom(ppf_ * factor, x >= kHeaderWidth && x <= width() ? x : kHeaderWidth);
    }

    void zoomToFit() {
        const int64_t duration = model() ? model()->state().duration() : 0;
        setZoom(duration > 0 ? double(laneWidth() - 24) / double(duration) : kDefaultPixelsPerFrame, kHeaderWidth);
        panel_->hScroll_->setValue(0);
    }

    void updateScrollBars() {
        QScrollBar* h = panel_->hScroll_;
        QScrollBar* v = panel_->vScroll_;
        const auto* m = model();
        const int64_t duration = m ? m->state().duration() : 0;
        const double viewFrames = laneWidth() / ppf_;
        // Half a view of room after the end, so items can be dragged past it.
        const double contentFrames = std::max({double(duration), double(playhead_), viewFrames}) + viewFrames * 0.5;
        const double maxX = std::min(contentFrames * ppf_ - laneWidth(), 2.0e9);
        h->setRange(0, std::max(0, int(maxX)));
        h->setPageStep(laneWidth());
        h->setSingleStep(std::max(1, laneWidth() / 20));
        if (!m) h->setRange(0, 0);
        h->setEnabled(m != nullptr);
        const int viewH = std::max(0, height() - kRulerHeight);
        v->setRange(0, std::max(0, lanesHeight() - viewH));
        v->setPageStep(std::max(1, viewH));
        v->setSingleStep(16);
        v->setVisible(v->maximum() > 0);
    }

    // ---- edits ----

    // Runs one model request; a refusal is shown to the user and the view redraws the model's state.
    bool attempt(const QString& what, const std::function<void()>& edit) {
        try {
            edit();
            return true;
        } catch (const std::exception& e) {
            session_->inform(what.arg(QString::fromUtf8(e.what())), true);
        }
        update();
        return false;
    }

    // The selected item when the playhead is inside it, else the item under the playhead on the
    // topmost lane that has one.
    int64_t splitCandidate() const {
        const auto* m = model();
        if (!m) return 0;
        auto inside = [this](const TimelineItem& it) { return playhead_ > it.start && playhead_ < it.end(); };
        if (const TimelineItem* it = selected_ ? m->state().item(selected_) : nullptr; it && inside(*it)) return it->id;
        for (const auto& l : lanes())
            for (const auto& it : l.track->items)
                if (inside(it)) return it.id;
        return 0;
    }

    // The nearest item edge, playhead or timeline start within kSnapPx of `frame`.
    std::optional<int64_t> snapPoint(int64_t frame, int64_t ignoreItem, double* distancePx) const {
        std::optional<int64_t> best;
        double bestPx = kSnapPx + 1e-6;
        auto consider = [&](int64_t f) {
            const double d = std::abs(double(f - frame)) * ppf_;
            if (d < bestPx) bestPx = d, best = f;
        };
        consider(0);
        consider(playhead_);
        if (const auto* m = model())
            for (const auto& t : m->state().tracks)
                for (const auto& it : t.items)
                    if (it.id != ignoreItem) consider(it.start), consider(it.end());
        if (distancePx) *distancePx = bestPx;
        return best;
    }

    // Snaps a span [start, start + length) by whichever edge is nearer a snap point; returns the new
    // start and sets `snapped` to the frame it snapped to.
    int64_t snapSpan(int64_t start, int64_t length, int64_t ignoreItem, std::optional<int64_t>& snapped) const {
        double dStart = 0, dEnd = 0;
        const auto a = snapPoint(start, ignoreItem, &dStart);
        const auto b = snapPoint(start + length, ignoreItem, &dEnd);
        snapped.reset();
        if (a && (!b || dStart <= dEnd)) {
            snapped = a;
            return *a;
        }
        if (b && *b - length >= 0) {
            snapped = b;
            return *b - length;
        }
        return start;
    }

    bool overlapsOthers(int64_t trackId, int64_t start, int64_t end, const TimelineItem& self) const {
        const auto* m = model();
        const TimelineTrack* t = m ? m->state().track(trackId) : nullptr;
        if (!t) return false;
        for (const auto& o : t->items) {
            if (o.id == self.id) continue;
            const int64_t overlap = std::min(end, o.end()) - std::max(start, o.start);
            if (overlap <= 0) continue;
            if (o.start >= start && overlap == o.crossfadeIn) continue;    // o crossfades from this item
            if (o.start < start && overlap == self.crossfadeIn) continue;  // this item crossfades from o
            return true;
        }
        return false;
    }

    // ---- painting ----

    QImage thumbnail(const TimelineItem& it) {
        if (it.jobId) return jobPreviews_.value(it.jobId);
        const qint64 key = it.clipId ? it.clipId : -it.assetId;
        if (!key || !session_->hasProject()) return {};
        if (auto found = thumbnails_.constFind(key); found != thumbnails_.constEnd()) return *found;
        QImage image;
        try {
            const std::vector<uint8_t> png = it.clipId ? session_->project().clipThumbnail(it.clipId)
                                                       : session_->project().assetThumbnail(it.assetId);
            if (!png.empty()) image = QImage::fromData(png.data(), int(png.size()));
        } catch (const std::exception&) {
            image = QImage();  // a clip deleted under the timeline: drawn without a picture
        }
        thumbnails_.insert(key, image);
        return image;
    }

    void paintItem(QPainter& p, const TimelineItem& it, TrackKind kind, const QRect& r, bool selected, bool refused) {
        if (r.right() < kHeaderWidth || r.left() > width()) return;
        const double fps = model()->state().fps;
        const QColor base = itemColour(it, kind);
        QPainterPath path;
        path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        p.fillPath(path, base);
        if (it.jobId) p.fillPath(path, QBrush(QColor(255, 255, 255, 52), Qt::BDiagPattern));

        p.save();
        p.setClipPath(path, Qt::IntersectClip);
        int textLeft = r.left() + 6;
        const QImage thumb = kind == TrackKind::Video ? thumbnail(it) : QImage();
        if (!thumb.isNull() && r.height() > 12) {
            const int th = r.height() - 4;
            const int tw = std::max(1, th * thumb.width() / std::max(1, thumb.height()));
            p.drawImage(QRect(r.left() + 2, r.top() + 2, tw, th), thumb);
            if (r.width() > 3 * tw + 60) p.drawImage(QRect(r.left() + r.width() - 2 - tw, r.top() + 2, tw, th), thumb);
            textLeft = r.left() + tw + 8;
        }

        // Fades as ramps: the dark triangle is what fades from (or to) black or silence.
        auto ramp = [&](int64_t frames, bool atStart) {
            if (frames <= 0) return;
            const int w = std::max(2, int(std::lround(double(frames) * ppf_)));
            const int edge = atStart ? r.left() : r.left() + r.width();
            const int inner = atStart ? edge + w : edge - w;
            const QPointF top(edge, r.top()), bottom(edge, r.top() + r.height()), peak(inner, r.top());
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0, 0, 0, 125));
            p.drawPolygon(QPolygonF({top, peak, bottom}));
            p.setPen(QPen(QColor(255, 255, 255, 215), 1.4));
            p.drawLine(bottom, peak);
        };
        ramp(it.fadeIn, true);
        ramp(it.fadeOut, false);

        QString line1, line2;
        if (it.jobId) {
            line1 = TimelinePanel::tr("generating…");
            if (auto f = jobProgress_.constFind(it.jobId); f != jobProgress_.constEnd())
                line1 += QString(" %1%").arg(int(std::lround(*f * 100)));
            line2 = fromStd(it.label);
        } else if (it.isTitle()) {
            line1 = fromStd(it.title.text).simplified();
            line2 = formatTimecode(it.length(), fps);
        } else if (kind == TrackKind::Audio) {
            line1 = fromStd(it.narration.empty() ? it.label : it.narration).simplified();
        } else {
            line1 = fromStd(it.label).simplified();
            line2 = formatTimecode(it.length(), fps);
        }
        const int textWidth = r.left() + r.width() - 6 - textLeft;
        if (textWidth > 12) {
            QFont f = font();
            f.setBold(it.isTitle());
            p.setFont(f);
            const QFontMetrics fm(f);
            const bool twoLines = r.height() >= 2 * fm.height() + 6 && !line2.isEmpty();
            const int y1 = twoLines ? r.top() + 4 : r.top() + (r.height() - fm.height()) / 2;
            p.setPen(kText);
            p.drawText(QRect(textLeft, y1, textWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(line1, Qt::ElideRight, textWidth));
            if (twoLines) {
                QFont small = font();
                small.setPointSizeF(font().pointSizeF() * 0.9);
                p.setFont(small);
                p.setPen(QColor(208, 214, 224));
                p.drawText(QRect(textLeft, y1 + fm.height() + 2, textWidth, fm.height()),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetrics(small).elidedText(line2, Qt::ElideRight, textWidth));
            }
        }

        if (it.jobId) {
            if (auto f = jobProgress_.constFind(it.jobId); f != jobProgress_.constEnd()) {
                const int w = int(std::lround(r.width() * std::clamp(*f, 0.0, 1.0)));
                p.fillRect(QRect(r.left(), r.top() + r.height() - 4, w, 4), palette().color(QPalette::Highlight));
            }
        }
        p.restore();

        p.setBrush(Qt::NoBrush);
        if (refused)
            p.setPen(QPen(kRefused, 2));
        else if (selected)
            p.setPen(QPen(kSelection, 2));
        else
            p.setPen(QPen(base.lighter(140), 1));
        p.drawPath(path);
    }

    // A dissolve over the overlap [start, start + frames): a light band crossed by the two ramps.
    void paintCrossfade(QPainter& p, const Lane& lane, int64_t start, int64_t frames) {
        const QRect band = spanRect(lane, start, start + frames);
        p.fillRect(band, QColor(255, 255, 255, 50));
        p.setPen(QPen(QColor(255, 255, 255, 225), 1.5));
        p.drawLine(band.bottomLeft(), band.topRight() + QPoint(1, 0));
        p.drawLine(band.topLeft(), band.bottomRight() + QPoint(1, 0));
        p.setPen(QPen(QColor(255, 255, 255, 150), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(band.adjusted(0, 0, -1, -1));
    }

    void paintRuler(QPainter& p, const TimelineState& s) {
        p.fillRect(QRect(kHeaderWidth, 0, laneWidth(), kRulerHeight), kRuler);
        p.setPen(kTick);
        p.drawLine(kHeaderWidth, kRulerHeight - 1, width(), kRulerHeight - 1);
        const int n = nominalFps(s.fps);
        // Label spacing: the first "nice" interval at least ~90 px wide; sub-second intervals divide a second.
        std::vector<int64_t> steps;
        for (int d = 1; d < n; ++d)
            if (n % d == 0) steps.push_back(d);
        for (int sec : {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200})
            steps.push_back(int64_t(sec) * n);
        int64_t major = steps.back();
        for (int64_t st : steps)
            if (double(st) * ppf_ >= 90) {
                major = st;
                break;
            }
        int64_t minor = 0;
        for (int k : {10, 5, 4, 2})
            if (major % k == 0 && double(major / k) * ppf_ >= 7) {
                minor = major / k;
                break;
            }
        const int64_t first = frameAtX(kHeaderWidth), last = frameAtX(width()) + 1;
        QFont f = font();
        f.setPointSizeF(font().pointSizeF() * 0.85);
        p.setFont(f);
        const QFontMetrics fm(f);
        if (minor > 0)
            for (int64_t t = first - first % minor; t <= last; t += minor) {
                const int x = xAtFrame(t);
                if (x >= kHeaderWidth) p.drawLine(x, kRulerHeight - 5, x, kRulerHeight - 1);
            }
        for (int64_t t = first - first % major; t <= last; t += major) {
            const int x = xAtFrame(t);
            if (x < kHeaderWidth) continue;
            p.setPen(kTick);
            p.drawLine(x, kRulerHeight - 12, x, kRulerHeight - 1);
            p.setPen(kRulerText);
            p.drawText(QRect(x + 3, 2, 120, fm.height()), Qt::AlignLeft | Qt::AlignTop, formatTimecode(t, s.fps));
        }
    }

    void paintHeader(QPainter& p, const Lane& l) {
        const QRect r(0, l.top, kHeaderWidth, l.height);
        p.fillRect(r, kHeader);
        p.setPen(QColor(24, 25, 28));
        p.drawLine(r.left(), r.bottom(), r.right(), r.bottom());
        p.drawLine(r.right(), r.top(), r.right(), r.bottom());
        const TimelineTrack& t = *l.track;
        // Kind badge: V, T or A.
        const QRect badge(8, l.top + (l.height - 20) / 2, 20, 20);
        p.setPen(Qt::NoPen);
        p.setBrush(kindColour(t.kind));
        p.drawRoundedRect(badge, 4, 4);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(Qt::white);
        const QString letter = t.kind == TrackKind::Video   ? TimelinePanel::tr("V", "video track")
                               : t.kind == TrackKind::Title ? TimelinePanel::tr("T", "title track")
                                                            : TimelinePanel::tr("A", "audio track");
        p.drawText(badge, Qt::AlignCenter, letter);
        p.setFont(font());
        p.setPen(kText);
        const int nameLeft = badge.right() + 8, nameRight = muteRect(l).left() - 6;
        p.drawText(QRect(nameLeft, l.top, nameRight - nameLeft, l.height), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(fromStd(t.name), Qt::ElideRight, nameRight - nameLeft));
        // Mute and lock: the track's state, toggled by a click (mousePressEvent).
        const QRect mute = muteRect(l), lock = lockRect(l);
        p.setPen(QPen(t.muted ? QColor(240, 170, 60) : QColor(96, 98, 104), 1));
        p.setBrush(t.muted ? QColor(240, 170, 60, 70) : Qt::NoBrush);
        p.drawRoundedRect(mute.adjusted(0, 0, -1, -1), 3, 3);
        p.setFont(bold);
        p.setPen(t.muted ? QColor(255, 210, 140) : QColor(130, 132, 138));
        p.drawText(mute, Qt::AlignCenter, TimelinePanel::tr("M", "mute"));
        p.setPen(QPen(t.locked ? QColor(230, 90, 80) : QColor(96, 98, 104), 1));
        p.setBrush(t.locked ? QColor(230, 90, 80, 70) : Qt::NoBrush);
        p.drawRoundedRect(lock.adjusted(0, 0, -1, -1), 3, 3);
        drawPadlock(p, QRectF(lock).adjusted(3, 2, -3, -2), t.locked ? QColor(255, 170, 160) : QColor(130, 132, 138));
        p.setFont(font());
    }

    QRect muteRect(const Lane& l) const { return QRect(kHeaderWidth - 48, l.top + (l.height - 18) / 2, 18, 18); }
    QRect lockRect(const Lane& l) const { return QRect(kHeaderWidth - 26, l.top + (l.height - 18) / 2, 18, 18); }

    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), kBackground);
        const auto* m = model();
        if (!m) {
            p.setPen(kMutedText);
            p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                       TimelinePanel::tr("No timeline: open or create a project."));
            return;
        }
        p.setRenderHint(QPainter::Antialiasing);
        const TimelineState& s = m->state();
        const auto ls = lanes();
        const QRect lanesArea(kHeaderWidth, kRulerHeight, laneWidth(), height() - kRulerHeight);
        const bool dragging =
            drag_.mode == DragMode::Move || drag_.mode == DragMode::TrimLeft || drag_.mode == DragMode::TrimRight;

        p.save();
        p.setClipRect(lanesArea);
        for (size_t i = 0; i < ls.size(); ++i) {
            const Lane& l = ls[i];
            p.fillRect(QRect(kHeaderWidth, l.top, laneWidth(), l.height), i % 2 ? kLaneOdd : kLaneEven);
            p.setPen(QColor(22, 23, 26));
            p.drawLine(kHeaderWidth, l.top + l.height - 1, width(), l.top + l.height - 1);
            for (const auto& it : l.track->items) {
                if (dragging && it.id == drag_.itemId) {
                    // Where it was, while it is being dragged.
                    p.setPen(QPen(QColor(200, 200, 200, 120), 1, Qt::DashLine));
                    p.setBrush(Qt::NoBrush);
                    p.drawRoundedRect(QRectF(spanRect(l, it.start, it.end())).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
                    continue;
                }
                paintItem(p, it, l.track->kind, spanRect(l, it.start, it.end()), it.id == selected_, false);
            }
            for (const auto& it : l.track->items)
                if (it.crossfadeIn > 0 && !(dragging && it.id == drag_.itemId))
                    paintCrossfade(p, l, it.start, it.crossfadeIn);
        }
        // The end of the timeline.
        const int endX = xAtFrame(s.duration());
        if (s.duration() > 0 && endX >= kHeaderWidth) {
            p.setPen(QPen(QColor(255, 255, 255, 60), 1, Qt::DashLine));
            p.drawLine(endX, kRulerHeight, endX, height());
        }
        if (dragging) {
            if (auto l = laneOf(drag_.previewTrack)) {
                TimelineItem shown = drag_.original;
                if (drag_.mode == DragMode::TrimLeft) shown.in += drag_.previewStart - shown.start;
                shown.start = drag_.previewStart;
                shown.out = shown.in + (drag_.previewEnd - drag_.previewStart);
                p.setOpacity(0.88);
                paintItem(p, shown, l->track->kind, spanRect(*l, shown.start, shown.end()), true, drag_.refused);
                p.setOpacity(1);
            }
        }
        if (drop_.active) {
            if (auto l = laneOf(drop_.trackId)) {
                const QRect r = spanRect(*l, drop_.start, drop_.start + drop_.length);
                p.setPen(QPen(kSelection, 1.5, Qt::DashLine));
                p.setBrush(QColor(255, 190, 60, 50));
                p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            }
        }
        const std::optional<int64_t> snap = dragging ? drag_.snap : drop_.active ? drop_.snap : std::nullopt;
        if (snap) {
            const int x = xAtFrame(*snap);
            p.setPen(QPen(kSnapLine, 1.5));
            p.drawLine(x, kRulerHeight, x, height());
        }
        if (std::all_of(s.tracks.begin(), s.tracks.end(), [](const TimelineTrack& t) { return t.items.empty(); })) {
            p.setPen(kMutedText);
            p.drawText(lanesArea.adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
                       TimelinePanel::tr("Drag clips here from the library, or drop media files."));
        }
        p.restore();

        p.save();
        p.setClipRect(QRect(0, kRulerHeight, kHeaderWidth, height() - kRulerHeight));
        p.fillRect(QRect(0, kRulerHeight, kHeaderWidth, height() - kRulerHeight), kHeader.darker(125));
        for (const auto& l : ls) paintHeader(p, l);
        p.restore();

        paintRuler(p, s);
        // Corner: the timeline's name and frame rate.
        const QRect corner(0, 0, kHeaderWidth, kRulerHeight);
        p.fillRect(corner, kHeader);
        p.setPen(QColor(24, 25, 28));
        p.drawLine(0, kRulerHeight - 1, kHeaderWidth, kRulerHeight - 1);
        p.setPen(kText);
        const QString name = TimelinePanel::tr("%1 · %2 fps").arg(fromStd(s.name)).arg(s.fps, 0, 'g', 4);
        p.drawText(corner.adjusted(8, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(name, Qt::ElideRight, corner.width() - 14));

        // The playhead: a line over the lanes with a handle in the ruler.
        const int px = xAtFrame(playhead_);
        if (px >= kHeaderWidth && px <= width()) {
            p.setPen(QPen(kPlayhead, 1.5));
            p.drawLine(px, kRulerHeight - 8, px, height());
            p.setPen(Qt::NoPen);
            p.setBrush(kPlayhead);
            p.drawPolygon(QPolygonF({QPointF(px - 6, kRulerHeight - 14), QPointF(px + 6, kRulerHeight - 14),
                                     QPointF(px + 6, kRulerHeight - 8), QPointF(px, kRulerHeight - 2),
                                     QPointF(px - 6, kRulerHeight - 8)}));
        }
        if (hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(rect().adjusted(0, 0, -1, -1));
        }
    }

    void resizeEvent(QResizeEvent* e) override {
        QWidget::resizeEvent(e);
        updateScrollBars();
    }
    void focusInEvent(QFocusEvent* e) override {
        QWidget::focusInEvent(e);
        update();
    }
    void focusOutEvent(QFocusEvent* e) override {
        QWidget::focusOutEvent(e);
        update();
    }

    // ---- mouse ----

    enum class DragMode { None, Scrub, Pressed, Move, TrimLeft, TrimRight };
    struct Drag {
        DragMode mode = DragMode::None;
        Zone zone = Zone::None;
        int64_t itemId = 0;
        TimelineItem original;
        int64_t originalTrack = 0;
        QPoint pressPos;
        int64_t previewTrack = 0, previewStart = 0, previewEnd = 0;
        std::optional<int64_t> snap;
        bool refused = false;
    };

    void mousePressEvent(QMouseEvent* e) override {
        const auto* m = model();
        if (!m || e->button() != Qt::LeftButton) return QWidget::mousePressEvent(e);
        const QPoint pos = e->position().toPoint();
        if (pos.x() < kHeaderWidth && pos.y() >= kRulerHeight) {  // the header's mute and lock toggles
            if (const auto l = laneAtY(pos.y())) {
                const int64_t track = l->track->id;
                if (muteRect(*l).contains(pos)) {
                    const bool muted = !l->track->muted;
                    attempt(TimelinePanel::tr("Could not change the track: %1"),
                            [&] { model()->requestSetTrackMuted(track, muted); });
                    return;
                }
                if (lockRect(*l).contains(pos)) {
                    const bool locked = !l->track->locked;
                    attempt(TimelinePanel::tr("Could not change the track: %1"),
                            [&] { model()->requestSetTrackLocked(track, locked); });
                    return;
                }
            }
        }
        if (pos.y() < kRulerHeight && pos.x() >= kHeaderWidth) {
            drag_ = {};
            drag_.mode = DragMode::Scrub;
            setPlayhead(frameAtX(pos.x()));
            return;
        }
        const Hit hit = hitTest(pos);
        if (!hit.itemId) {
            if (hit.trackId) select(0);
            return;
        }
        select(hit.itemId);
        drag_ = {};
        drag_.mode = DragMode::Pressed;
        drag_.zone = hit.zone;
        drag_.itemId = hit.itemId;
        drag_.original = *m->state().item(hit.itemId);
        drag_.originalTrack = hit.trackId;
        drag_.pressPos = pos;
        drag_.previewTrack = hit.trackId;
        drag_.previewStart = drag_.original.start;
        drag_.previewEnd = drag_.original.end();
    }

    void mouseMoveEvent(QMouseEvent* e) override {
        const QPoint pos = e->position().toPoint();
        switch (drag_.mode) {
            case DragMode::None:
                updateHoverCursor(pos);
                return;
            case DragMode::Scrub:
                setPlayhead(frameAtX(std::clamp(pos.x(), kHeaderWidth, width() - 1)));
                return;
            case DragMode::Pressed:
                if ((pos - drag_.pressPos).manhattanLength() < QApplication::startDragDistance()) return;
                drag_.mode = drag_.zone == Zone::LeftEdge    ? DragMode::TrimLeft
                             : drag_.zone == Zone::RightEdge ? DragMode::TrimRight
                                                             : DragMode::Move;
                if (drag_.mode == DragMode::Move) setCursor(Qt::ClosedHandCursor);
                break;
            default:
                break;
        }
        updateDragPreview(pos);
        update();
    }

    void updateDragPreview(const QPoint& pos) {
        const auto* m = model();
        if (!m) return;
        const TimelineItem& o = drag_.original;
        const int64_t delta = std::llround(double(pos.x() - drag_.pressPos.x()) / ppf_);
        std::optional<int64_t> snapped;
        if (drag_.mode == DragMode::Move) {
            const TimelineTrack* from = m->state().track(drag_.originalTrack);
            if (auto l = laneAtY(pos.y()); l && from && l->track->kind == from->kind) drag_.previewTrack = l->track->id;
            int64_t start = std::max<int64_t>(0, o.start + delta);
            start = std::max<int64_t>(0, snapSpan(start, o.length(), o.id, snapped));
            drag_.previewStart = start;
            drag_.previewEnd = start + o.length();
        } else if (drag_.mode == DragMode::TrimLeft) {
            int64_t start = o.start + delta;
            if (auto s = snapPoint(start, o.id, nullptr)) start = *s, snapped = s;
            // A source with offsets cannot start before its first frame; titles and stills can grow.
            const int64_t earliest = o.sourceLength > 0 ? std::max<int64_t>(0, o.start - o.in) : 0;
            start = std::clamp(start, earliest, o.end() - 1);
            if (snapped && *snapped != start) snapped.reset();
            drag_.previewStart = start;
            drag_.previewEnd = o.end();
        } else if (drag_.mode == DragMode::TrimRight) {
            int64_t end = o.end() + delta;
            if (auto s = snapPoint(end, o.id, nullptr)) end = *s, snapped = s;
            const int64_t latest = o.sourceLength > 0 ? o.start + (o.sourceLength - o.in) : INT64_MAX / 4;
            end = std::clamp(end, o.start + 1, latest);
            if (snapped && *snapped != end) snapped.reset();
            drag_.previewStart = o.start;
            drag_.previewEnd = end;
        }
        drag_.snap = snapped;
        drag_.refused = overlapsOthers(drag_.previewTrack, drag_.previewStart, drag_.previewEnd, o);
    }

    void mouseReleaseEvent(QMouseEvent* e) override {
        if (e->button() != Qt::LeftButton) return QWidget::mouseReleaseEvent(e);
        const Drag d = drag_;
        drag_ = {};
        updateHoverCursor(e->position().toPoint());
        update();
        auto* m = model();
        if (!m) return;
        const int64_t id = d.itemId;
        switch (d.mode) {
            case DragMode::Move:
                if (d.previewStart != d.original.start || d.previewTrack != d.originalTrack)
                    attempt(TimelinePanel::tr("Could not move the item: %1"),
                            [&] { m->requestMove(id, d.previewTrack, d.previewStart); });
                break;
            case DragMode::TrimLeft:
                if (d.previewStart != d.original.start)
                    attempt(TimelinePanel::tr("Could not trim the item: %1"),
                            [&] { m->requestTrim(id, Edge::Left, d.previewStart - d.original.start); });
                break;
            case DragMode::TrimRight:
                if (d.previewEnd != d.original.end())
                    attempt(TimelinePanel::tr("Could not trim the item: %1"),
                            [&] { m->requestTrim(id, Edge::Right, d.previewEnd - d.original.end()); });
                break;
            default:
                break;
        }
    }

    void updateHoverCursor(const QPoint& pos) {
        const Hit hit = model() ? hitTest(pos) : Hit{};
        if (hit.zone == Zone::LeftEdge || hit.zone == Zone::RightEdge)
            setCursor(Qt::SizeHorCursor);
        else if (hit.zone == Zone::Body)
            setCursor(Qt::OpenHandCursor);
        else
            unsetCursor();
    }

    void wheelEvent(QWheelEvent* e) override {
        const QPoint delta = e->angleDelta();
        if (e->modifiers() & Qt::ControlModifier) {
            if (model() && delta.y() != 0)
                setZoom(ppf_ * std::pow(kZoomStep, delta.y() / 120.0), int(e->position().x()));
            e->accept();
            return;
        }
        QScrollBar* v = panel_->vScroll_;
        QScrollBar* h = panel_->hScroll_;
        if (delta.x() != 0 || (e->modifiers() & Qt::ShiftModifier) || v->maximum() == 0) {
            const int d = delta.x() != 0 ? delta.x() : delta.y();
            h->setValue(h->value() - d * laneWidth() / 8 / 120);
        } else {
            v->setValue(v->value() - delta.y() * 40 / 120);
        }
        e->accept();
    }

    // ---- keyboard ----

    void keyPressEvent(QKeyEvent* e) override {
        const auto* m = model();
        if (!m) return QWidget::keyPressEvent(e);
        const auto& s = m->state();
        const bool shift = e->modifiers() & Qt::ShiftModifier;
        const bool alt = e->modifiers() & Qt::AltModifier;
        switch (e->key()) {
            case Qt::Key_Escape:
                if (drag_.mode != DragMode::None) {
                    drag_ = {};
                    unsetCursor();
                    update();
                } else {
                    select(0);
                }
                return;
            case Qt::Key_Left:
            case Qt::Key_Right: {
                const int sign = e->key() == Qt::Key_Left ? -1 : 1;
                if (alt) return selectNeighbour(sign);
                setPlayhead(playhead_ + sign * (shift ? nominalFps(s.fps) : 1));
                return;
            }
            case Qt::Key_Home:
                setPlayhead(0);
                return;
            case Qt::Key_End:
                setPlayhead(s.duration());
                return;
            case Qt::Key_Up:
            case Qt::Key_Down:
                selectOnNeighbourLane(e->key() == Qt::Key_Up ? -1 : 1);
                return;
            case Qt::Key_Menu:
                showItemMenu(selected_, itemRect(selected_).center());
                return;
            case Qt::Key_F10:
                if (shift) return showItemMenu(selected_, itemRect(selected_).center());
                break;
            default:
                break;
        }
        QWidget::keyPressEvent(e);
    }

    // Alt+Left/Right: the item before or after the selected one on its track.
    void selectNeighbour(int direction) {
        const auto* m = model();
        const TimelineTrack* t = selected_ ? m->state().trackOfItem(selected_) : nullptr;
        if (!t) {
            for (const auto& l : lanes())
                if (!l.track->items.empty()) {
                    const auto& items = l.track->items;
                    return focusItem(direction > 0 ? items.front().id : items.back().id);
                }
            return;
        }
        for (size_t i = 0; i < t->items.size(); ++i)
            if (t->items[i].id == selected_) {
                const long j = long(i) + direction;
                if (j >= 0 && j < long(t->items.size())) focusItem(t->items[size_t(j)].id);
                return;
            }
    }

    // Up/Down: the item under the playhead (or nearest it) on the lane above or below.
    void selectOnNeighbourLane(int direction) {
        const auto ls = lanes();
        if (ls.empty()) return;
        long index = -1;
        const TimelineTrack* t = selected_ ? model()->state().trackOfItem(selected_) : nullptr;
        for (size_t i = 0; i < ls.size(); ++i)
            if (t && ls[i].track->id == t->id) index = long(i);
        for (long i = index + direction; i >= 0 && i < long(ls.size()); i += direction) {
            const auto& items = ls[size_t(i)].track->items;
            if (items.empty()) continue;
            const TimelineItem* best = &items.front();
            for (const auto& it : items) {
                auto distance = [this](const TimelineItem& x) {
                    return playhead_ < x.start    ? x.start - playhead_
                           : playhead_ >= x.end() ? playhead_ - x.end() + 1
                                                  : 0;
                };
                if (distance(it) < distance(*best)) best = &it;
            }
            return focusItem(best->id);
        }
    }

    void focusItem(int64_t itemId) {
        select(itemId);
        const QRect r = itemRect(itemId);
        if (r.isEmpty()) return;
        if (r.left() < kHeaderWidth || r.left() > width() - 20)
            panel_->hScroll_->setValue(scrollX() + r.left() - kHeaderWidth - 40);
        if (r.top() < kRulerHeight) panel_->vScroll_->setValue(scrollY() - (kRulerHeight - r.top()) - kItemMargin);
        if (r.bottom() > height()) panel_->vScroll_->setValue(scrollY() + r.bottom() - height() + kItemMargin + 1);
    }

    // ---- context menu ----

    void contextMenuEvent(QContextMenuEvent* e) override {
        if (!model()) return;
        if (e->reason() == QContextMenuEvent::Keyboard) return showItemMenu(selected_, itemRect(selected_).center());
        const Hit hit = hitTest(e->pos());
        if (hit.itemId) showItemMenu(hit.itemId, e->pos());
    }

    void showItemMenu(int64_t itemId, const QPoint& pos) {
        auto* m = model();
        if (!m || !itemId || !m->state().item(itemId)) return;
        select(itemId);
        const TimelineItem it = *m->state().item(itemId);
        const TimelineTrack* track = m->state().trackOfItem(itemId);
        bool hasPrevious = false;
        for (const auto& o : track->items) hasPrevious = hasPrevious || (o.id != it.id && o.start <= it.start);
        const int64_t half = halfSecond(m->state().fps);

        QMenu menu(this);
        auto add = [&](const char* name, const QString& text, const QKeySequence& keys, bool enabled,
                       const std::function<void()>& run) {
            QAction* a = menu.addAction(text);
            a->setObjectName(name);
            a->setShortcut(keys);
            a->setShortcutContext(Qt::WidgetShortcut);  // shown in the menu; the panel's actions own the keys
            a->setShortcutVisibleInContextMenu(true);
            a->setEnabled(enabled);
            connect(a, &QAction::triggered, this, run);
            return a;
        };
        // Each choice re-reads the session's model: the menu runs its own event loop, in which the
        // project may close.
        auto edit = [this](const QString& what, std::function<void(app::TimelineModel&)> request) {
            return [this, what, request] {
                if (app::TimelineModel* current = model()) attempt(what, [&] { request(*current); });
            };
        };
        const int64_t at = playhead_;
        using app::Transition;
        add("splitItem", TimelinePanel::tr("Split at playhead"), QKeySequence(Qt::Key_S),
            at > it.start && at < it.end(),
            edit(
                TimelinePanel::tr("Could not split the item: %1"),
                [itemId, at](app::TimelineModel& t) { t.requestSplit(itemId, at); }));
        add("rippleDeleteItem", TimelinePanel::tr("Ripple delete"), QKeySequence(Qt::SHIFT | Qt::Key_Delete), true,
            edit(TimelinePanel::tr("Could not delete the item: %1"),
                 [itemId](app::TimelineModel& t) { t.requestRippleDelete(itemId); }));
        add("deleteItem", TimelinePanel::tr("Delete"), QKeySequence(Qt::Key_Delete), true,
            edit(TimelinePanel::tr("Could not delete the item: %1"),
                 [itemId](app::TimelineModel& t) { t.requestRemove(itemId); }));
        menu.addSeparator();
        add("crossfadeItem", TimelinePanel::tr("Crossfade from previous (0.5 s)"), {}, hasPrevious,
            edit(TimelinePanel::tr("Could not add the crossfade: %1"), [itemId, half](app::TimelineModel& t) {
                t.requestSetTransition(itemId, Transition::Crossfade, half);
            }));
        QAction* fadeIn = add("fadeInItem", TimelinePanel::tr("Fade in (0.5 s)"), {}, true,
                              edit(TimelinePanel::tr("Could not set the fade: %1"),
                                   [itemId, frames = it.fadeIn > 0 ? 0 : half](app::TimelineModel& t) {
                                       t.requestSetTransition(itemId, Transition::FadeFromBlack, frames);
                                   }));
        fadeIn->setCheckable(true);
        fadeIn->setChecked(it.fadeIn > 0);
        QAction* fadeOut = add("fadeOutItem", TimelinePanel::tr("Fade out (0.5 s)"), {}, true,
                               edit(TimelinePanel::tr("Could not set the fade: %1"),
                                    [itemId, frames = it.fadeOut > 0 ? 0 : half](app::TimelineModel& t) {
                                        t.requestSetTransition(itemId, Transition::FadeToBlack, frames);
                                    }));
        fadeOut->setCheckable(true);
        fadeOut->setChecked(it.fadeOut > 0);
        add("cutItem", TimelinePanel::tr("Set to cut"), {}, it.crossfadeIn > 0,
            edit(TimelinePanel::tr("Could not set the cut: %1"),
                 [itemId](app::TimelineModel& t) { t.requestSetTransition(itemId, Transition::Cut, 0); }));
        if (it.clipId) {
            menu.addSeparator();
            add("extendClip", TimelinePanel::tr("Extend this clip"), {}, true,
                [this, clipId = it.clipId, itemId] { Q_EMIT panel_->extendRequested(clipId, itemId); });
        }
        menu.exec(mapToGlobal(pos));
    }

    // ---- tooltips ----

    bool event(QEvent* e) override {
        if (e->type() != QEvent::ToolTip) return QWidget::event(e);
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }

    QString toolTipAt(const QPoint& pos) const {
        const auto* m = model();
        if (!m) return {};
        const double fps = m->state().fps;
        if (pos.x() < kHeaderWidth) {
            const auto l = laneAtY(pos.y());
            if (!l || pos.y() < kRulerHeight) return {};
            if (muteRect(*l).contains(pos))
                return l->track->muted ? TimelinePanel::tr("This track is muted (click to play it)")
                                       : TimelinePanel::tr("This track plays (click to mute it)");
            if (lockRect(*l).contains(pos))
                return l->track->locked ? TimelinePanel::tr("This track is locked: its items cannot be edited (click to unlock)")
                                        : TimelinePanel::tr("This track is not locked (click to lock it)");
            return fromStd(l->track->name);
        }
        if (pos.y() < kRulerHeight) return TimelinePanel::tr("Click or drag to move the playhead");
        const Hit hit = hitTest(pos);
        const TimelineItem* it = hit.itemId ? m->state().item(hit.itemId) : nullptr;
        if (!it) return {};
        QString name = it->jobId ? TimelinePanel::tr("Pending shot (job %1): %2").arg(it->jobId).arg(fromStd(it->label))
                       : it->isTitle()          ? TimelinePanel::tr("Title: %1").arg(fromStd(it->title.text))
                       : !it->narration.empty() ? TimelinePanel::tr("Narration: %1").arg(fromStd(it->narration))
                                                : fromStd(it->label);
        QString text =
            name.toHtmlEscaped() + "<br>" +
            TimelinePanel::tr("%1 to %2, %3 long")
                .arg(formatTimecode(it->start, fps), formatTimecode(it->end(), fps), formatTimecode(it->length(), fps));
        if (it->crossfadeIn)
            text += "<br>" + TimelinePanel::tr("Crossfade in: %1").arg(formatTimecode(it->crossfadeIn, fps));
        if (it->fadeIn) text += "<br>" + TimelinePanel::tr("Fade in: %1").arg(formatTimecode(it->fadeIn, fps));
        if (it->fadeOut) text += "<br>" + TimelinePanel::tr("Fade out: %1").arg(formatTimecode(it->fadeOut, fps));
        text += "<br><i>" + TimelinePanel::tr("Drag to move, drag an edge to trim, right-click for more") + "</i>";
        return text;
    }

    // ---- drops ----

    struct DropSource {
        int64_t clipId = 0, assetId = 0;
        TrackKind kind = TrackKind::Video;
        int64_t length = 0;
    };
    struct Drop {
        bool active = false;
        bool files = false;  // external files: imported on drop
        std::vector<DropSource> sources;
        int64_t trackId = 0, start = 0, length = 0;
        std::optional<int64_t> snap;
    };

    // What a drag carries, as items to insert (empty when nothing usable).
    std::vector<DropSource> sourcesOf(const QMimeData* mime) {
        std::vector<DropSource> out;
        if (!model() || !session_->hasProject()) return out;
        auto& project = session_->project();
        const double fps = model()->state().fps;
        try {
            if (mime->hasFormat(kClipMime))
                for (int64_t id : parseIds(mime->data(kClipMime)))
                    out.push_back({id, 0, TrackKind::Video, app::sourceLengthFrames(project, id, 0, fps)});
            if (mime->hasFormat(kAssetMime))
                for (int64_t id : parseIds(mime->data(kAssetMime))) {
                    const app::AssetRecord a = project.asset(id);
                    const TrackKind kind = a.kind == app::AssetKind::Audio ? TrackKind::Audio : TrackKind::Video;
                    out.push_back({0, id, kind, app::sourceLengthFrames(project, 0, id, fps)});
                }
        } catch (const std::exception&) {
            out.clear();  // ids of another project or deleted meanwhile: not droppable here
        }
        const int64_t twoSeconds = std::max<int64_t>(1, std::llround(2 * fps));
        for (auto& s : out)
            if (s.length <= 0) s.length = twoSeconds;
        return out;
    }

    static QStringList localFiles(const QMimeData* mime) {
        QStringList files;
        if (mime->hasUrls())
            for (const QUrl& url : mime->urls())
                if (url.isLocalFile()) files << url.toLocalFile();
        return files;
    }

    // The track a drop of `kind` at y lands on: the lane under the pointer when it fits, else the
    // first lane of that kind.
    const TimelineTrack* dropTrack(TrackKind kind, int y) const {
        if (auto l = laneAtY(y); l && l->track->kind == kind && y >= kRulerHeight) return l->track;
        for (const auto& l : lanes())
            if (l.track->kind == kind) return l.track;
        return nullptr;
    }

    void updateDrop(const QPoint& pos) {
        const TrackKind kind = drop_.sources.empty() ? TrackKind::Video : drop_.sources.front().kind;
        const TimelineTrack* t = dropTrack(kind, pos.y());
        drop_.trackId = t ? t->id : 0;
        drop_.length = 0;
        for (const auto& s : drop_.sources)
            if (s.kind == kind) drop_.length += s.length;
        if (drop_.files) drop_.length = std::max<int64_t>(1, std::llround(2 * model()->state().fps));
        drop_.start = snapSpan(frameAtX(std::max(pos.x(), kHeaderWidth)), drop_.length, 0, drop_.snap);
        update();
    }

    void dragEnterEvent(QDragEnterEvent* e) override {
        drop_ = {};
        if (!model()) return e->ignore();
        drop_.sources = sourcesOf(e->mimeData());
        drop_.files = drop_.sources.empty() && !localFiles(e->mimeData()).isEmpty();
        if (drop_.sources.empty() && !drop_.files) return e->ignore();
        drop_.active = true;
        updateDrop(e->position().toPoint());
        e->acceptProposedAction();
    }

    void dragMoveEvent(QDragMoveEvent* e) override {
        if (!drop_.active || !model()) return e->ignore();
        updateDrop(e->position().toPoint());
        e->acceptProposedAction();
    }

    void dragLeaveEvent(QDragLeaveEvent*) override {
        drop_ = {};
        update();
    }

    void dropEvent(QDropEvent* e) override {
        if (!drop_.active || !model()) {
            drop_ = {};
            return e->ignore();
        }
        updateDrop(e->position().toPoint());
        Drop d = drop_;
        drop_ = {};
        update();
        if (d.files) {
            QList<qint64> ids;
            try {
                ids = session_->importFiles(localFiles(e->mimeData()));
            } catch (const std::exception& ex) {
                session_->inform(
                    TimelinePanel::tr("Could not import the dropped files: %1").arg(QString::fromUtf8(ex.what())),
                    true);
                e->acceptProposedAction();
                return;
            }
            auto mime = std::make_unique<QMimeData>();
            QStringList text;
            for (qint64 id : ids) text << QString::number(id);
            mime->setData(kAssetMime, text.join(',').toUtf8());
            d.sources = sourcesOf(mime.get());
        }
        e->acceptProposedAction();
        insert(d.sources, d.trackId, d.start);
    }

    // Inserts the sources one after another from `start`: those of the target track's kind on it,
    // others on the first track of their kind.
    void insert(const std::vector<DropSource>& sources, int64_t trackId, int64_t start) {
        auto* m = model();
        if (!m || sources.empty()) return;
        std::map<int64_t, int64_t> nextStart;  // track -> where its next item goes
        int64_t last = 0;
        for (const auto& s : sources) {
            const TimelineTrack* target = m->state().track(trackId);
            if (!target || target->kind != s.kind) target = dropTrack(s.kind, -1);
            if (!target) {
                session_->inform(s.kind == TrackKind::Audio
                                     ? TimelinePanel::tr("This timeline has no audio track for the dropped sound.")
                                     : TimelinePanel::tr("This timeline has no video track for the dropped clip."),
                                 true);
                return;
            }
            const int64_t tid = target->id;
            const int64_t at = nextStart.count(tid) ? nextStart[tid] : start;
            app::ItemSource src;
            src.clipId = s.clipId;
            src.assetId = s.assetId;
            int64_t id = 0;
            if (!attempt(TimelinePanel::tr("Could not insert the item: %1"),
                         [&] { id = m->requestInsert(tid, src, at); }))
                return;
            nextStart[tid] = m->state().item(id)->end();
            last = id;
        }
        setFocus();
        select(last);
    }

    TimelinePanel* panel_;
    StudioSession* session_;
    QMetaObject::Connection modelConnection_, undoConnection_;
    double ppf_ = kDefaultPixelsPerFrame;
    int64_t playhead_ = 0;
    int64_t selected_ = 0;
    Drag drag_;
    Drop drop_;
    QHash<qint64, QImage> thumbnails_;  // clip id, or minus the asset id -> decoded thumbnail
    QHash<qint64, double> jobProgress_;
    QHash<qint64, QImage> jobPreviews_;
};

// ---- the panel ---------------------------------------------------------------------------------

TimelinePanel::TimelinePanel(StudioSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    setObjectName("timelinePanel");
    toolbar_ = new QToolBar(this);
    toolbar_->setObjectName("timelineToolbar");
    toolbar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar_->setFloatable(false);
    toolbar_->setMovable(false);

    auto action = [this](const char* name, const QList<QKeySequence>& keys, void (TimelinePanel::*slot)()) {
        auto* a = new QAction(this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    split_ = action("splitAction", {QKeySequence(Qt::Key_S)}, &TimelinePanel::splitAtPlayhead);
    rippleDelete_ =
        action("rippleDeleteAction", {QKeySequence(Qt::SHIFT | Qt::Key_Delete)}, &TimelinePanel::rippleDeleteSelected);
    delete_ = action("deleteAction", {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)},
                     &TimelinePanel::deleteSelected);
    undo_ = action("undoAction", {QKeySequence(Qt::CTRL | Qt::Key_Z)}, &TimelinePanel::undo);
    redo_ = action("redoAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
                   &TimelinePanel::redo);
    zoomIn_ = action("zoomInAction", {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)}, &TimelinePanel::zoomIn);
    zoomOut_ = action("zoomOutAction", {QKeySequence(Qt::Key_Minus)}, &TimelinePanel::zoomOut);
    zoomFit_ = action("zoomFitAction", {QKeySequence(Qt::SHIFT | Qt::Key_Z)}, &TimelinePanel::zoomToFit);

    toolbar_->addAction(split_);
    toolbar_->addAction(rippleDelete_);
    toolbar_->addSeparator();
    toolbar_->addAction(undo_);
    toolbar_->addAction(redo_);
    toolbar_->addSeparator();
    toolbar_->addAction(zoomOut_);
    toolbar_->addAction(zoomIn_);
    toolbar_->addAction(zoomFit_);
    auto* spacer = new QWidget(toolbar_);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar_->addWidget(spacer);
    timecode_ = new QLabel(toolbar_);
    timecode_->setObjectName("timecode");
    timecode_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    timecode_->setContentsMargins(8, 0, 8, 0);
    timecode_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wide enough for an hour-long timeline, so the toolbar does not jump while the playhead moves.
    timecode_->setMinimumWidth(QFontMetrics(timecode_->font()).horizontalAdvance("0:00:00:00 / 0:00:00:00") + 16);
    toolbar_->addWidget(timecode_);

    hScroll_ = new QScrollBar(Qt::Horizontal, this);
    vScroll_ = new QScrollBar(Qt::Vertical, this);
    canvas_ = new Canvas(this, session);
    connect(hScroll_, &QScrollBar::valueChanged, canvas_, qOverload<>(&QWidget::update));
    connect(vScroll_, &QScrollBar::valueChanged, canvas_, qOverload<>(&QWidget::update));

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(0);
    grid->addWidget(canvas_, 0, 0);
    grid->addWidget(vScroll_, 0, 1);
    grid->addWidget(hScroll_, 1, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar_);
    layout->addLayout(grid, 1);
    setFocusProxy(canvas_);

    connect(session, &StudioSession::timelineChanged, canvas_, [this] { canvas_->rebind(); });
    connect(session, &StudioSession::projectChanged, canvas_, [this] { canvas_->clearThumbnails(); });
    connect(session, &StudioSession::clipsChanged, canvas_, [this] { canvas_->clearThumbnails(); });
    connect(session, &StudioSession::jobProgress, canvas_,
            [this](qint64 job, QString, int, int, double fraction) { canvas_->jobProgress(job, fraction); });
    connect(session, &StudioSession::jobPreview, canvas_,
            [this](qint64 job, QImage image) { canvas_->jobPreview(job, image); });
    connect(session, &StudioSession::jobFinished, canvas_,
            [this](qint64 job, QString, qint64, QString) { canvas_->jobFinished(job); });

    retranslate();
    canvas_->rebind();
}

TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::retranslate() {
    canvas_->setAccessibleName(tr("Timeline tracks"));
    split_->setText(tr("Split"));
    split_->setToolTip(tr("Split the selected item (or the item under the playhead) at the playhead (S)"));
    rippleDelete_->setText(tr("Ripple delete"));
    rippleDelete_->setToolTip(tr("Remove the selected item and close the gap (Shift+Delete)"));
    delete_->setText(tr("Delete"));
    delete_->setToolTip(tr("Remove the selected item, leaving a gap (Delete)"));
    undo_->setText(tr("Undo"));
    redo_->setText(tr("Redo"));
    zoomOut_->setText(tr("−", "zoom out"));
    zoomOut_->setToolTip(tr("Zoom out (-, Ctrl+wheel)"));
    zoomIn_->setText(tr("+", "zoom in"));
    zoomIn_->setToolTip(tr("Zoom in (+, Ctrl+wheel)"));
    zoomFit_->setText(tr("Fit"));
    zoomFit_->setToolTip(tr("Zoom to fit the whole timeline (Shift+Z)"));
    timecode_->setToolTip(tr("Playhead / timeline duration (seconds:frames)"));
    updateActions();
}

void TimelinePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void TimelinePanel::updateActions() {
    if (!canvas_ || !timecode_) return;
    app::TimelineModel* m = session_->timeline();
    const bool selected = m && selectedItem() && m->state().item(selectedItem());
    split_->setEnabled(m && canvas_->splitCandidate() != 0);
    rippleDelete_->setEnabled(selected);
    delete_->setEnabled(selected);
    undo_->setEnabled(m && m->canUndo());
    redo_->setEnabled(m && m->canRedo());
    const QString undoWhat = m && m->canUndo() ? m->undoStack()->undoText() : QString();
    const QString redoWhat = m && m->canRedo() ? m->undoStack()->redoText() : QString();
    undo_->setToolTip(undoWhat.isEmpty() ? tr("Undo the last timeline edit (Ctrl+Z)")
                                         : tr("Undo: %1 (Ctrl+Z)").arg(undoWhat));
    redo_->setToolTip(redoWhat.isEmpty() ? tr("Redo the undone timeline edit (Ctrl+Shift+Z)")
                                         : tr("Redo: %1 (Ctrl+Shift+Z)").arg(redoWhat));
    for (QAction* a : {zoomIn_, zoomOut_, zoomFit_}) a->setEnabled(m != nullptr);
    if (m)
        timecode_->setText(tr("%1 / %2").arg(formatTimecode(playhead(), m->state().fps),
                                             formatTimecode(m->state().duration(), m->state().fps)));
    else
        timecode_->setText(tr("no timeline"));
}

int64_t TimelinePanel::playhead() const {
    return canvas_->playhead();
}
void TimelinePanel::setPlayhead(int64_t frame) {
    canvas_->setPlayhead(frame);
}
int64_t TimelinePanel::selectedItem() const {
    return canvas_->selected();
}
void TimelinePanel::selectItem(int64_t itemId) {
    canvas_->select(itemId);
}
double TimelinePanel::pixelsPerFrame() const {
    return canvas_->pixelsPerFrame();
}
void TimelinePanel::setPixelsPerFrame(double pixels) {
    canvas_->setZoom(pixels, kHeaderWidth);
}
void TimelinePanel::zoomIn() {
    canvas_->zoomBy(kZoomStep);
}
void TimelinePanel::zoomOut() {
    canvas_->zoomBy(1 / kZoomStep);
}
void TimelinePanel::zoomToFit() {
    canvas_->zoomToFit();
}

void TimelinePanel::splitAtPlayhead() {
    app::TimelineModel* m = session_->timeline();
    if (!m) return;
    const int64_t id = canvas_->splitCandidate();
    if (!id) {
        session_->inform(tr("Put the playhead inside an item to split it."));
        return;
    }
    const int64_t frame = playhead();
    canvas_->attempt(tr("Could not split the item: %1"), [&] { m->requestSplit(id, frame); });
}

void TimelinePanel::rippleDeleteSelected() {
    app::TimelineModel* m = session_->timeline();
    if (!m) return;
    if (!selectedItem()) return session_->inform(tr("Select an item to delete it."));
    const int64_t id = selectedItem();
    canvas_->attempt(tr("Could not delete the item: %1"), [&] { m->requestRippleDelete(id); });
}

void TimelinePanel::deleteSelected() {
    app::TimelineModel* m = session_->timeline();
    if (!m) return;
    if (!selectedItem()) return session_->inform(tr("Select an item to delete it."));
    const int64_t id = selectedItem();
    canvas_->attempt(tr("Could not delete the item: %1"), [&] { m->requestRemove(id); });
}

void TimelinePanel::undo() {
    app::TimelineModel* m = session_->timeline();
    if (!m || !m->canUndo()) return;
    canvas_->attempt(tr("Could not undo: %1"), [&] { m->undo(); });
}

void TimelinePanel::redo() {
    app::TimelineModel* m = session_->timeline();
    if (!m || !m->canRedo()) return;
    canvas_->attempt(tr("Could not redo: %1"), [&] { m->redo(); });
}

QWidget* TimelinePanel::canvas() const {
    return canvas_;
}
int64_t TimelinePanel::frameAtX(int x) const {
    return canvas_->frameAtX(x);
}
int TimelinePanel::xAtFrame(int64_t frame) const {
    return canvas_->xAtFrame(frame);
}
QRect TimelinePanel::itemRect(int64_t itemId) const {
    return canvas_->itemRect(itemId);
}
QRect TimelinePanel::trackRect(int64_t trackId) const {
    return canvas_->trackRect(trackId);
}

}  // namespace tessera::ui
