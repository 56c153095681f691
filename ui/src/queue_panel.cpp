#include "tessera/ui/queue_panel.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <random>

#include "tessera/ui/session.h"

namespace tessera::ui {

using app::JobRecord;
using app::JobState;

namespace {

constexpr QSize kThumbSize(72, 48);

QColor stateColor(JobState s) {
    switch (s) {
        case JobState::Running:
            return QColor(64, 142, 230);
        case JobState::Queued:
            return QColor(140, 143, 150);
        case JobState::Done:
            return QColor(88, 180, 110);
        case JobState::Failed:
            return QColor(230, 92, 92);
        case JobState::Cancelled:
            return QColor(206, 160, 70);
        default:
            return QColor(110, 112, 116);
    }
}

// A small round badge in the state's colour with a glyph drawn as lines (no font needed).
QIcon stateIcon(JobState s) {
    // Never destroyed: pixmaps must not outlive the application at exit.
    static auto* cache = new QHash<int, QIcon>;
    auto found = cache->find(int(s));
    if (found != cache->end()) return *found;
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pm(QSize(16, 16) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(stateColor(s));
    p.drawEllipse(QRectF(1, 1, 14, 14));
    p.setPen(QPen(QColor(20, 21, 23), 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (s) {
        case JobState::Running: {
            QPainterPath tri;
            tri.moveTo(6, 4.5);
            tri.lineTo(11.5, 8);
            tri.lineTo(6, 11.5);
            tri.closeSubpath();
            p.fillPath(tri, QColor(20, 21, 23));
            break;
        }
        case JobState::Queued:  // clock hands
            p.drawLine(QPointF(8, 4.5), QPointF(8, 8));
            p.drawLine(QPointF(8, 8), QPointF(10.8, 9.8));
            break;
        case JobState::Done:
            p.drawLine(QPointF(4.6, 8.2), QPointF(7, 10.6));
            p.drawLine(QPointF(7, 10.6), QPointF(11.4, 5.6));
            break;
        case JobState::Failed:
            p.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
            p.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
            break;
        case JobState::Cancelled:
            p.drawLine(QPointF(5, 8), QPointF(11, 8));
            break;
        default:
            break;
    }
    p.end();
    return *cache->insert(int(s), QIcon(pm));
}

// Arrow icons for the reorder buttons: up, down, and up to a bar (to the top).
QPixmap arrowPixmap(int kind, const QColor& color) {
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pm(QSize(16, 16) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath tri;
    if (kind == 1) {  // down
        tri.moveTo(3.5, 5.5);
        tri.lineTo(12.5, 5.5);
        tri.lineTo(8, 11.5);
    } else {
        const qreal top = kind == 2 ? 6.5 : 4.5;
        tri.moveTo(3.5, top + 6);
        tri.lineTo(12.5, top + 6);
        tri.lineTo(8, top);
    }
    tri.closeSubpath();
    p.fillPath(tri, color);
    if (kind == 2) p.fillRect(QRectF(3.5, 3, 9, 1.8), color);
    p.end();
    return pm;
}

QIcon arrowIcon(int kind, const QColor& color) {
    QIcon icon(arrowPixmap(kind, color));
    icon.addPixmap(arrowPixmap(kind, QColor(96, 98, 104)), QIcon::Disabled);  // the style's dimming is faint on dark
    return icon;
}

QString stateName(JobState s) {
    switch (s) {
        case JobState::Running:
            return QueuePanel::tr("Running");
        case JobState::Queued:
            return QueuePanel::tr("Queued");
        case JobState::Done:
            return QueuePanel::tr("Done");
        case JobState::Failed:
            return QueuePanel::tr("Failed");
        case JobState::Cancelled:
            return QueuePanel::tr("Cancelled");
        default:
            return QueuePanel::tr("Unknown");
    }
}

QString durationText(qint64 seconds) {
    if (seconds < 60) return QueuePanel::tr("%1s").arg(seconds);
    if (seconds < 3600) return QueuePanel::tr("%1m %2s").arg(seconds / 60).arg(seconds % 60);
    return QueuePanel::tr("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString promptOf(const JobRecord& j) {
    const QString p = QString::fromStdString(j.prompt).simplified();
    return p.isEmpty() ? QueuePanel::tr("(no prompt)") : p;
}

bool sameRow(const JobRecord& a, const JobRecord& b) {
    return a.id == b.id && a.position == b.position && a.state == b.state && a.prompt == b.prompt && a.task == b.task &&
           a.stage == b.stage && a.step == b.step && a.total == b.total && a.progress == b.progress &&
           a.error == b.error && a.cancelRequested == b.cancelRequested && a.clipId == b.clipId &&
           a.startedMs == b.startedMs && a.finishedMs == b.finishedMs && a.hasPreview == b.hasPreview;
}

QImage thumbnail(const QImage& image) {
    if (image.isNull()) return {};
    return image.scaled(kThumbSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QImage fromPng(const std::vector<uint8_t>& bytes) {
    QImage img;
    if (!bytes.empty()) img.loadFromData(bytes.data(), int(bytes.size()), "PNG");
    return img;
}

// Draws one job: state strip, thumbnail, state icon, prompt, task, and a second and third line that
// depend on the state (progress bar with stage and time left, place in line, error, result).
class QueueDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override {
        return QSize(option.rect.width() > 0 ? option.rect.width() : 280, QueueModel::kRowHeight);
    }

    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        const QWidget* w = opt.widget;
        QStyle* style = w ? w->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, w);

        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QRect r = opt.rect;
        const auto state = JobState(index.data(QueueModel::StateRole).toInt());
        const QColor color = stateColor(state);
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? text : QColor(150, 152, 158);

        p->fillRect(QRect(r.left(), r.top() + 3, 3, r.height() - 6), color);

        // Thumbnail: the live preview or the made clip, else the task on a dark tile.
        const QRect thumb(QPoint(r.left() + 10, r.top() + (r.height() - kThumbSize.height()) / 2), kThumbSize);
        p->fillRect(thumb, QColor(16, 17, 19));
        const QImage img = index.data(QueueModel::PreviewRole).value<QImage>();
        const QString task = index.data(QueueModel::TaskRole).toString();
        if (!img.isNull()) {
            QRect t(QPoint(), img.size().scaled(thumb.size(), Qt::KeepAspectRatio));
            t.moveCenter(thumb.center());
            p->setRenderHint(QPainter::SmoothPixmapTransform);
            p->drawImage(t, img);
        } else {  // the job's number, as `tessera queue` lists it
            p->setPen(QColor(96, 98, 104));
            p->drawText(thumb, Qt::AlignCenter,
                        QStringLiteral("#%1").arg(index.data(QueueModel::JobIdRole).toLongLong()));
        }

        const QFontMetrics fm(opt.font);
        const int x = thumb.right() + 10, right = r.right() - 8;
        const int line1 = r.top() + 6, line2 = r.top() + 8 + fm.height();
        index.data(Qt::DecorationRole).value<QIcon>().paint(p, QRect(x, line1 + (fm.height() - 14) / 2, 14, 14));

        // Task badge at the right of the first line.
        QFont small = opt.font;
        if (opt.font.pointSizeF() > 0)
            small.setPointSizeF(opt.font.pointSizeF() * 0.85);
        else
            small.setPixelSize(std::max(8, opt.font.pixelSize() * 85 / 100));
        const QFontMetrics sfm(small);
        const int bw = sfm.horizontalAdvance(task) + 10;
        const QRect badge(right - bw, line1 + (fm.height() - sfm.height() - 2) / 2, bw, sfm.height() + 2);
        p->setPen(muted);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        p->setFont(small);
        p->drawText(badge, Qt::AlignCenter, task);
        p->setFont(opt.font);

        const QRect promptRect(x + 20, line1, badge.left() - 6 - (x + 20), fm.height());
        p->setPen(text);
        p->drawText(promptRect, Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, promptRect.width()));

        const QRect detail(x, line2, right - x, fm.height());
        const QString stage = index.data(QueueModel::StageRole).toString();
        if (state == JobState::Running) {
            const double f = std::clamp(index.data(QueueModel::ProgressRole).toDouble(), 0.0, 1.0);
            const QString eta = index.data(QueueModel::EtaRole).toString();
            const int etaWidth = eta.isEmpty() ? 0 : fm.horizontalAdvance(eta) + 8;
            p->setPen(muted);
            p->drawText(detail.adjusted(0, 0, -etaWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(QueuePanel::tr("%1 · %2%").arg(stage).arg(int(f * 100)), Qt::ElideRight,
                                      detail.width() - etaWidth));
            if (!eta.isEmpty()) p->drawText(detail, Qt::AlignRight | Qt::AlignVCenter, eta);
            const QRectF bar(x, r.bottom() - 11, right - x, 5);
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(58, 60, 65));
            p->drawRoundedRect(bar, 2.5, 2.5);
            if (f > 0) {
                p->setBrush(selected ? QColor(235, 240, 250) : color);
                p->drawRoundedRect(QRectF(bar.left(), bar.top(), std::max(5.0, bar.width() * f), bar.height()), 2.5,
                                   2.5);
            }
        } else if (state == JobState::Failed) {
            p->setPen(selected ? text : color.lighter(115));
            p->drawText(detail, Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(index.data(QueueModel::ErrorRole).toString().simplified(), Qt::ElideRight,
                                      detail.width()));
        } else {
            p->setPen(muted);
            p->drawText(detail, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(stage, Qt::ElideRight, detail.width()));
        }
        p->restore();
    }
};

// The list, with the empty state drawn in the viewport when there are no jobs.
class QueueListView : public QListView {
public:
    using QListView::QListView;
    QString placeholder;

protected:
    void paintEvent(QPaintEvent* e) override {
        QListView::paintEvent(e);
        if (model() && model()->rowCount() > 0) return;
        QPainter p(viewport());
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        p.drawText(viewport()->rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, placeholder);
    }
};

}  // namespace

// ---- model -------------------------------------------------------------------------------------

QueueModel::QueueModel(StudioSession* session, QObject* parent) : QAbstractListModel(parent), session_(session) {}

int QueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

QString QueueModel::stageText(const QString& stage, int step, int total) {
    QString name = stage;
    if (stage == "sample")
        name = QueuePanel::tr("sampling");
    else if (stage == "encode-text")
        name = QueuePanel::tr("encoding prompt");
    else if (stage == "encode-video")
        name = QueuePanel::tr("encoding input");
    else if (stage == "image")
        name = QueuePanel::tr("first frame");
    else if (stage == "refine")
        name = QueuePanel::tr("refining");
    else if (stage == "decode")
        name = QueuePanel::tr("decoding");
    else if (stage.isEmpty())
        name = QueuePanel::tr("starting");
    return total > 1 ? QueuePanel::tr("%1 %2/%3").arg(name).arg(step).arg(total) : name;
}

double QueueModel::fractionOf(const JobRecord& j) const {
    auto it = live_.find(j.id);
    return it != live_.end() && it->hasProgress ? it->fraction : j.progress;
}

QString QueueModel::rowStage(const JobRecord& j) const {
    switch (j.state) {
        case JobState::Running: {
            if (j.cancelRequested) return QueuePanel::tr("cancelling…");
            auto it = live_.find(j.id);
            if (it != live_.end() && it->hasProgress) return stageText(it->stage, it->step, it->total);
            return stageText(QString::fromStdString(j.stage), j.step, j.total);
        }
        case JobState::Queued: {
            const int place = queuePositions_[size_t(rowOf(j.id))];
            return place == 0 ? QueuePanel::tr("Queued · next") : QueuePanel::tr("Queued · %1 ahead").arg(place);
        }
        case JobState::Done: {
            QString s = j.clipId ? QueuePanel::tr("Done · clip %1").arg(j.clipId) : QueuePanel::tr("Done");
            if (j.startedMs > 0 && j.finishedMs >= j.startedMs)
                s += QueuePanel::tr(" · took %1").arg(durationText((j.finishedMs - j.startedMs + 500) / 1000));
            return s;
        }
        case JobState::Failed:
            return QueuePanel::tr("Failed");
        case JobState::Cancelled:
            return QueuePanel::tr("Cancelled");
        default:
            return {};
    }
}

QString QueueModel::etaText(const JobRecord& j) const {
    if (j.state != JobState::Running || j.cancelRequested) return {};
    const double f = fractionOf(j);
    if (f <= 0.01 || f >= 1) return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    double elapsedMs = 0, done = 0;
    auto it = live_.find(j.id);
    if (j.startedMs > 0 && j.startedMs <= now) {
        elapsedMs = double(now - j.startedMs);
        done = f;
    } else if (it != live_.end() && it->hasProgress) {
        elapsedMs = double(now - it->firstSeenMs);
        done = f - it->firstFraction;
    }
    if (elapsedMs < 1000 || done <= 0.005) return {};
    const double leftSeconds = elapsedMs / 1000.0 * (1 - f) / done;
    return QueuePanel::tr("%1 left").arg(durationText(qint64(std::ceil(leftSeconds))));
}

QImage QueueModel::previewOf(const JobRecord& j) const {
    auto it = live_.find(j.id);
    if (it != live_.end() && !it->preview.isNull()) return it->preview;
    if (j.state != JobState::Done || j.clipId <= 0 || !session_->hasProject()) return {};
    auto cached = clipThumbs_.find(j.clipId);
    if (cached != clipThumbs_.end()) return *cached;
    // Read when the row is first drawn: only visible rows pay for it.
    QImage thumb;
    try {
        thumb = thumbnail(fromPng(session_->project().clipThumbnail(j.clipId)));
    } catch (const std::exception&) {
        // a deleted clip has no thumbnail; the row shows its task instead
    }
    clipThumbs_.insert(j.clipId, thumb);
    return thumb;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size())) return {};
    const JobRecord& j = rows_[size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return promptOf(j);
        case Qt::DecorationRole:
            return stateIcon(j.state);
        case Qt::ToolTipRole: {
            QString tip = "<p>" + QString::fromStdString(j.prompt).toHtmlEscaped() + "</p><p>" +
                          QueuePanel::tr("Job %1 · %2 · %3")
                              .arg(j.id)
                              .arg(QString::fromStdString(j.task).toHtmlEscaped(), stateName(j.state)) +
                          "<br>" + rowStage(j).toHtmlEscaped() + "</p>";
            if (!j.error.empty())
                tip += "<p>" + QString::fromStdString(j.error).toHtmlEscaped().replace('\n', "<br>") + "</p>";
            return tip;
        }
        case Qt::AccessibleTextRole:
            return stateName(j.state) + ", " + promptOf(j) + ", " + rowStage(j);
        case JobIdRole:
            return qint64(j.id);
        case StateRole:
            return int(j.state);
        case TaskRole:
            return QString::fromStdString(j.task);
        case ProgressRole:
            return fractionOf(j);
        case StageRole:
            return rowStage(j);
        case EtaRole:
            return etaText(j);
        case ErrorRole:
            return QString::fromStdString(j.error);
        case PreviewRole:
            return previewOf(j);
        case ClipIdRole:
            return qint64(j.clipId);
        case QueuePositionRole:
            return queuePositions_[size_t(index.row())];
        default:
            return {};
    }
}

int QueueModel::rowOf(qint64 jobId) const {
    return rowById_.value(jobId, -1);
}

void QueueModel::rebuildIndex() {
    rowById_.clear();
    queuePositions_.assign(rows_.size(), -1);
    int place = 0;
    for (size_t i = 0; i < rows_.size(); ++i) {
        rowById_.insert(rows_[i].id, int(i));
        if (rows_[i].state == JobState::Queued) queuePositions_[i] = place++;
    }
}

void QueueModel::reload() {
    std::vector<JobRecord> next;
    if (session_->hasProject()) {
        try {
            next = session_->queue().list();
        } catch (const std::exception& e) {
            session_->inform(QueuePanel::tr("The queue cannot be read: %1").arg(QString::fromUtf8(e.what())), true);
        }
    } else {
        clipThumbs_.clear();
    }
    // Live data belongs to running jobs only (a retried job starts over).
    for (auto it = live_.begin(); it != live_.end();) {
        auto found = std::find_if(next.begin(), next.end(), [&](const JobRecord& j) { return j.id == it.key(); });
        if (found == next.end() || found->state != JobState::Running)
            it = live_.erase(it);
        else
            ++it;
    }
    // A running job shown for the first time (e.g. after opening a project) gets its stored preview.
    for (const JobRecord& j : next)
        if (j.state == JobState::Running && j.hasPreview && live_.value(j.id).preview.isNull()) {
            try {
                live_[j.id].preview = thumbnail(fromPng(session_->queue().preview(j.id)));
            } catch (const std::exception&) {
                // no preview is fine
            }
        }

    const bool sameJobs =
        next.size() == rows_.size() && std::equal(next.begin(), next.end(), rows_.begin(),
                                                  [](const JobRecord& a, const JobRecord& b) { return a.id == b.id; });
    if (!sameJobs) {
        beginResetModel();
        rows_ = std::move(next);
        rebuildIndex();
        endResetModel();
        return;
    }
    const std::vector<int> oldPositions = queuePositions_;
    std::vector<bool> changed(rows_.size());
    for (size_t i = 0; i < rows_.size(); ++i) {
        changed[i] = !sameRow(rows_[i], next[i]);
        if (changed[i]) rows_[i] = std::move(next[i]);
    }
    rebuildIndex();
    for (size_t i = 0; i < rows_.size(); ++i)
        if (changed[i] || oldPositions[i] != queuePositions_[i]) Q_EMIT dataChanged(index(int(i)), index(int(i)));
}

void QueueModel::setProgress(qint64 jobId, const QString& stage, int step, int total, double fraction) {
    Live& l = live_[jobId];
    if (!l.hasProgress) {
        l.firstSeenMs = QDateTime::currentMSecsSinceEpoch();
        l.firstFraction = fraction;
        l.hasProgress = true;
    }
    l.stage = stage;
    l.step = step;
    l.total = total;
    l.fraction = fraction;
    const int row = rowOf(jobId);
    if (row >= 0) Q_EMIT dataChanged(index(row), index(row), {ProgressRole, StageRole, EtaRole});
}

void QueueModel::setPreview(qint64 jobId, const QImage& preview) {
    live_[jobId].preview = thumbnail(preview);
    const int row = rowOf(jobId);
    if (row >= 0) Q_EMIT dataChanged(index(row), index(row), {PreviewRole});
}

// ---- panel -------------------------------------------------------------------------------------

QueuePanel::QueuePanel(StudioSession* session, QWidget* parent)
    : QWidget(parent), session_(session), model_(new QueueModel(session, this)) {
    setObjectName("queuePanel");
    auto* list = new QueueListView(this);
    view_ = list;
    view_->setObjectName("queueList");
    view_->setModel(model_);
    view_->setItemDelegate(new QueueDelegate(view_));
    view_->setUniformItemSizes(true);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->setMouseTracking(true);

    const QColor iconColor = palette().color(QPalette::ButtonText);
    auto makeAction = [this](const char* name, const QKeySequence& key) {
        auto* a = new QAction(this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    cancel_ = makeAction("cancelAction", QKeySequence::Delete);
    retry_ = makeAction("retryAction", QKeySequence(Qt::CTRL | Qt::Key_R));
    duplicate_ = makeAction("duplicateAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    moveUp_ = makeAction("moveUpAction", QKeySequence(Qt::CTRL | Qt::Key_Up));
    moveDown_ = makeAction("moveDownAction", QKeySequence(Qt::CTRL | Qt::Key_Down));
    moveTop_ = makeAction("moveTopAction", QKeySequence(Qt::CTRL | Qt::Key_Home));
    moveUp_->setIcon(arrowIcon(0, iconColor));
    moveDown_->setIcon(arrowIcon(1, iconColor));
    moveTop_->setIcon(arrowIcon(2, iconColor));
    connect(cancel_, &QAction::triggered, this, &QueuePanel::cancelSelected);
    connect(retry_, &QAction::triggered, this, &QueuePanel::retrySelected);
    connect(duplicate_, &QAction::triggered, this, &QueuePanel::duplicateSelected);
    connect(moveUp_, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(moveDown_, &QAction::triggered, this, [this] { moveSelected(1); });
    connect(moveTop_, &QAction::triggered, this, &QueuePanel::moveSelectedToTop);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 4, 4, 0);
    buttons->setSpacing(2);
    for (QAction* a : {cancel_, retry_, duplicate_, moveTop_, moveUp_, moveDown_}) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        b->setToolButtonStyle(a->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
        b->setObjectName(a->objectName().replace("Action", "Button"));
        if (a == moveTop_) buttons->addStretch(1);
        buttons->addWidget(b);
    }
    summary_ = new QLabel(this);
    summary_->setObjectName("queueSummary");
    summary_->setEnabled(false);  // muted text
    summary_->setContentsMargins(6, 0, 6, 4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(view_, 1);
    layout->addWidget(summary_);

    connect(view_, &QWidget::customContextMenuRequested, this, &QueuePanel::showContextMenu);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        if (syncing_) return;
        const QModelIndex cur = view_->currentIndex();
        if (cur.isValid() && view_->selectionModel()->isSelected(cur))
            session_->selectJob(cur.data(QueueModel::JobIdRole).toLongLong());
    });
    connect(model_, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        keepSelection_ = selectedJobs();
        const QModelIndex cur = view_->currentIndex();
        if (cur.isValid()) {  // the current row first, so it stays current
            const qint64 id = cur.data(QueueModel::JobIdRole).toLongLong();
            keepSelection_.removeAll(id);
            keepSelection_.prepend(id);
        }
    });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        syncing_ = true;
        QItemSelection sel;
        for (qint64 id : keepSelection_) {
            const int row = model_->rowOf(id);
            if (row >= 0) sel.select(model_->index(row), model_->index(row));
        }
        if (!keepSelection_.isEmpty() && model_->rowOf(keepSelection_.front()) >= 0)
            view_->selectionModel()->setCurrentIndex(model_->index(model_->rowOf(keepSelection_.front())),
                                                     QItemSelectionModel::NoUpdate);
        view_->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
        syncing_ = false;
        updateActions();
    });
    connect(model_, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                if (roles.isEmpty() || roles.contains(QueueModel::StateRole)) updateActions();
            });

    connect(session_, &StudioSession::jobsChanged, this, &QueuePanel::reload);
    connect(session_, &StudioSession::projectChanged, this, &QueuePanel::reload);
    connect(session_, &StudioSession::jobProgress, model_, &QueueModel::setProgress);
    connect(session_, &StudioSession::jobPreview, model_, &QueueModel::setPreview);
    connect(session_, &StudioSession::jobSelected, this, [this](qint64 id) {
        if (!syncing_) selectJob(id);
    });

    retranslate();
    reload();
}

void QueuePanel::retranslate() {
    auto withKey = [](QAction* a, const QString& tip) {
        a->setToolTip(tip + " (" + a->shortcut().toString(QKeySequence::NativeText) + ")");
    };
    cancel_->setText(tr("Cancel"));
    withKey(cancel_, tr("Cancel the selected queued or running jobs"));
    retry_->setText(tr("Retry"));
    withKey(retry_, tr("Queue the selected failed or cancelled jobs again"));
    duplicate_->setText(tr("Duplicate"));
    withKey(duplicate_, tr("Queue a copy of the selected jobs with a new random seed"));
    moveTop_->setText(tr("Move to top"));
    withKey(moveTop_, tr("Run the selected queued job next"));
    moveUp_->setText(tr("Move up"));
    withKey(moveUp_, tr("Move the selected queued job one place earlier"));
    moveDown_->setText(tr("Move down"));
    withKey(moveDown_, tr("Move the selected queued job one place later"));
    static_cast<QueueListView*>(view_)->placeholder = tr("No jobs. Generations wait and run here.");
    view_->viewport()->update();
    updateSummary();
}

void QueuePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void QueuePanel::reload() {
    model_->reload();
    updateSummary();
    updateActions();
    view_->viewport()->update();  // the empty state
}

QList<qint64> QueuePanel::selectedJobs() const {
    QList<int> rows;
    for (const QModelIndex& i : view_->selectionModel()->selectedIndexes()) rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int r : rows) ids << model_->job(r).id;
    return ids;
}

void QueuePanel::selectJob(qint64 jobId) {
    const int row = model_->rowOf(jobId);
    const QModelIndex idx = row >= 0 ? model_->index(row) : QModelIndex();
    if (idx.isValid() && view_->currentIndex() == idx && view_->selectionModel()->isSelected(idx)) return;
    syncing_ = true;
    if (idx.isValid()) {
        view_->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect);
        view_->scrollTo(idx);
    } else {
        view_->selectionModel()->clearSelection();
    }
    syncing_ = false;
}

void QueuePanel::updateSummary() {
    int counts[6] = {};
    for (int r = 0; r < model_->rowCount(); ++r) ++counts[int(model_->job(r).state)];
    QStringList parts;
    if (counts[int(JobState::Running)]) parts << tr("%n running", nullptr, counts[int(JobState::Running)]);
    if (counts[int(JobState::Queued)]) parts << tr("%n queued", nullptr, counts[int(JobState::Queued)]);
    if (counts[int(JobState::Done)]) parts << tr("%n done", nullptr, counts[int(JobState::Done)]);
    if (counts[int(JobState::Failed)]) parts << tr("%n failed", nullptr, counts[int(JobState::Failed)]);
    if (counts[int(JobState::Cancelled)]) parts << tr("%n cancelled", nullptr, counts[int(JobState::Cancelled)]);
    summary_->setText(parts.join(QStringLiteral(" · ")));
    summary_->setVisible(!parts.isEmpty());
}

void QueuePanel::updateActions() {
    bool cancellable = false, retryable = false;
    const QList<qint64> ids = selectedJobs();
    for (qint64 id : ids) {
        const JobRecord& j = model_->job(model_->rowOf(id));
        cancellable |= (j.state == JobState::Queued || j.state == JobState::Running) && !j.cancelRequested;
        retryable |= j.state == JobState::Failed || j.state == JobState::Cancelled;
    }
    int place = -1, queued = 0;
    for (int r = 0; r < model_->rowCount(); ++r) queued += model_->job(r).state == JobState::Queued;
    if (ids.size() == 1)
        place = model_->data(model_->index(model_->rowOf(ids.front())), QueueModel::QueuePositionRole).toInt();
    cancel_->setEnabled(cancellable);
    retry_->setEnabled(retryable);
    duplicate_->setEnabled(!ids.isEmpty());
    moveTop_->setEnabled(place > 0);
    moveUp_->setEnabled(place > 0);
    moveDown_->setEnabled(place >= 0 && place < queued - 1);
}

void QueuePanel::showContextMenu(const QPoint& pos) {
    const QModelIndex idx = view_->indexAt(pos);
    if (!idx.isValid()) return;
    if (!view_->selectionModel()->isSelected(idx))
        view_->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect);
    QMenu menu(this);
    menu.addAction(cancel_);
    menu.addAction(retry_);
    menu.addAction(duplicate_);
    menu.addSeparator();
    menu.addAction(moveTop_);
    menu.addAction(moveUp_);
    menu.addAction(moveDown_);
    menu.exec(view_->viewport()->mapToGlobal(pos));
}

void QueuePanel::edit(const std::function<void()>& fn) {
    if (!session_->hasProject()) return;
    try {
        fn();
    } catch (const std::exception& e) {
        session_->inform(QString::fromUtf8(e.what()), true);
    }
    session_->notifyJobsChanged();
}

void QueuePanel::cancelSelected() {
    const QList<qint64> ids = selectedJobs();
    edit([&] {
        for (qint64 id : ids) {
            const JobRecord& j = model_->job(model_->rowOf(id));
            if (j.state == JobState::Queued || j.state == JobState::Running) session_->queue().cancel(id);
        }
    });
}

void QueuePanel::retrySelected() {
    const QList<qint64> ids = selectedJobs();
    edit([&] {
        for (qint64 id : ids) {
            const JobRecord& j = model_->job(model_->rowOf(id));
            if (j.state == JobState::Failed || j.state == JobState::Cancelled) session_->queue().retry(id);
        }
    });
}

void QueuePanel::duplicateSelected() {
    const QList<qint64> ids = selectedJobs();
    std::mt19937_64 rng{std::random_device{}()};
    edit([&] {
        for (qint64 id : ids) session_->queue().duplicate(id, int64_t(rng() >> 1));
    });
}

void QueuePanel::moveSelected(int delta) {
    const QList<qint64> ids = selectedJobs();
    if (ids.size() != 1) return;
    const int place = model_->data(model_->index(model_->rowOf(ids.front())), QueueModel::QueuePositionRole).toInt();
    if (place < 0) return;
    edit([&] { session_->queue().move(ids.front(), std::max(0, place + delta)); });
}

void QueuePanel::moveSelectedToTop() {
    const QList<qint64> ids = selectedJobs();
    if (ids.size() != 1) return;
    edit([&] { session_->queue().move(ids.front(), 0); });
}

}  // namespace tessera::ui
