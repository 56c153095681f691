#include "tessera/ui/library_panel.h"

#include <QAbstractListModel>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <vector>

#include "tessera/app/media.h"
#include "tessera/ui/session.h"

namespace tessera::ui {

namespace {

// Grid items share the width of the grid, about this wide (at least the minimum); the picture is 16:9.
constexpr int kItemWidth = 170;
constexpr int kMinItemWidth = 124;
constexpr int kPad = 6;
// Pictures are kept at most this big (and drawn scaled to the item).
const QSize kThumbnailSize(320, 180);
const QSize kScrubSize(192, 108);
// Hover scrubbing keeps this many evenly spaced frames per clip, for this many clips.
constexpr int kScrubFrames = 48;
constexpr size_t kScrubClips = 16;
// Frames decoded for scrubbing (15 s at 16 fps): a longer clip scrubs over its beginning.
constexpr int kScrubDecodeFrames = 241;

/// One grid item: a generated clip or an imported asset.
struct Entry {
    bool asset = false;
    qint64 id = 0;
    QString caption, prompt, modelName, assetKind;
    QString mediaPath;
    double durationSeconds = 0;
    int frames = 0;
    bool favourite = false;
    int rating = 0;
    QStringList tags;
    qint64 createdMs = 0;
    /// Clips by id, assets by negative id: one key space for selections and caches.
    qint64 key() const { return asset ? -id : id; }
};

QRect thumbRect(const QRect& item) {
    const int width = item.width() - 2 * kPad;
    return QRect(item.left() + kPad, item.top() + kPad, width, width * 9 / 16);
}

/// The width of a grid item: the columns nearest kItemWidth wide (at least kMinItemWidth), sharing the width. The
/// scroll bar's width is always set aside, so its appearing does not change the layout.
int itemWidth(const QListView* view) {
    const int spacing = view->spacing();
    const int available = view->width() - 2 * view->frameWidth() -
                          view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view) - 2 - spacing;
    const int columns = std::clamp(int(std::lround(double(available) / (kItemWidth + 2 * spacing))), 1,
                                   std::max(1, available / (kMinItemWidth + 2 * spacing)));
    return std::max(kMinItemWidth / 2, available / columns - 2 * spacing);
}

QString durationText(const Entry& e) {
    if (e.asset && e.assetKind == "image") return LibraryPanel::tr("Image");
    if (!e.asset && e.frames == 1) return LibraryPanel::tr("Still");
    if (e.durationSeconds < 10) return LibraryPanel::tr("%1 s").arg(e.durationSeconds, 0, 'f', 1);
    const int s = int(std::lround(e.durationSeconds));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

/// The image scaled down to fit `box` (never up: the delegate scales when it draws).
QImage fitted(const QImage& image, const QSize& box) {
    if (image.width() <= box.width() && image.height() <= box.height()) return image.copy();
    return image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

void drawStar(QPainter* p, const QPointF& centre, double radius, const QColor& fill) {
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const double r = i % 2 ? radius * 0.45 : radius;
        star << centre + QPointF(std::cos(angle) * r, std::sin(angle) * r);
    }
    p->setPen(QPen(QColor(0, 0, 0, 170), 1));
    p->setBrush(fill);
    p->drawPolygon(star);
}

const QColor kGold(246, 192, 60);

QString tagBarText(int clips) {
    return clips == 1 ? LibraryPanel::tr("Tag for the selected clip:")
                      : LibraryPanel::tr("Tag for %1 clips:").arg(clips);
}

QString deleteBarText(int clips) {
    return clips == 1 ? LibraryPanel::tr("Delete the selected clip and its file? This cannot be undone.")
                      : LibraryPanel::tr("Delete %1 clips and their files? This cannot be undone.").arg(clips);
}

}  // namespace

/// Decoded frames for hover scrubbing, per clip, scaled to the thumbnail box. Decoding runs on its
/// own pool thread; results come back to the GUI thread through `context`'s event queue.
class ScrubCache {
public:
    ScrubCache(QObject* context, std::function<void(qint64)> ready) : context_(context), ready_(std::move(ready)) {
        pool_.setMaxThreadCount(1);  // one decode at a time: the UI must stay smooth on a busy machine
    }
    // Workers post to `context`, which outlives this member; wait for them so none posts afterwards.
    ~ScrubCache() {
        pool_.clear();
        pool_.waitForDone();
    }

    /// The clip's frames when decoded (empty when it could not be); null while not yet, starting it.
    const std::vector<QImage>* frames(qint64 clipId, const QString& path) {
        auto it = entries_.find(clipId);
        if (it != entries_.end()) {
            it->second.lastUsed = ++tick_;
            return it->second.done ? &it->second.frames : nullptr;
        }
        entries_[clipId].lastUsed = ++tick_;
        evict();
        const quint64 generation = generation_;
        pool_.start([this, clipId, path, generation] {
            std::vector<QImage> out;
            try {
                app::VideoReadLimits limits;
                limits.maxFrames = kScrubDecodeFrames;
                limits.timeoutSeconds = 20;
                const Clip clip = app::readClip(path.toStdString(), limits);
                const int n = clip.frameCount();
                const int keep = std::min(n, kScrubFrames);
                for (int i = 0; i < keep; ++i) {
                    const Frame& f = clip.frames[keep == 1 ? 0 : size_t(i) * (n - 1) / (keep - 1)];
                    out.push_back(fitted(QImage(f.rgb.data(), f.width, f.height, f.width * 3, QImage::Format_RGB888),
                                         kScrubSize));
                }
            } catch (const std::exception&) {
                // A file that does not decode keeps showing its thumbnail; hovering is no time for a message.
            }
            QMetaObject::invokeMethod(
                context_, [this, clipId, generation, out] { deliver(clipId, generation, out); }, Qt::QueuedConnection);
        });
        return nullptr;
    }

    /// The clip's frames when decoded, without starting anything.
    const std::vector<QImage>* framesIfReady(qint64 clipId) const {
        auto it = entries_.find(clipId);
        return it != entries_.end() && it->second.done ? &it->second.frames : nullptr;
    }

    /// Forgets everything (another project): decodes still running are dropped when they finish.
    void clear() {
        pool_.clear();
        entries_.clear();
        ++generation_;
    }

private:
    struct Slot {
        bool done = false;
        std::vector<QImage> frames;
        quint64 lastUsed = 0;
    };

    void deliver(qint64 clipId, quint64 generation, const std::vector<QImage>& frames) {
        auto it = entries_.find(clipId);
        if (generation != generation_ || it == entries_.end()) return;
        it->second.done = true;
        it->second.frames = frames;
        ready_(clipId);
    }

    void evict() {
        while (entries_.size() > kScrubClips) {
            auto oldest = std::min_element(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
                return a.second.lastUsed < b.second.lastUsed;
            });
            entries_.erase(oldest);
        }
    }

    QObject* context_;
    std::function<void(qint64)> ready_;
    QThreadPool pool_;
    std::map<qint64, Slot> entries_;
    quint64 tick_ = 0, generation_ = 0;
};

/// Every clip and asset of the project (all()) and the ones the filters let through, in order (rows).
class LibraryModel : public QAbstractListModel {
public:
    LibraryModel(StudioSession* session, QObject* parent)
        : QAbstractListModel(parent), session_(session), scrub_(this, [this](qint64 id) { framesReady(id); }) {}

    void setAll(std::vector<Entry> all) {
        beginResetModel();
        all_ = std::move(all);
        shown_.clear();
        endResetModel();
    }
    const std::vector<Entry>& all() const { return all_; }
    void setShown(std::vector<int> rows) {
        beginResetModel();
        shown_ = std::move(rows);
        endResetModel();
    }
    const Entry& entry(int row) const { return all_[size_t(shown_[size_t(row)])]; }
    int rowOfKey(qint64 key) const {
        for (size_t r = 0; r < shown_.size(); ++r)
            if (all_[size_t(shown_[r])].key() == key) return int(r);
        return -1;
    }

    /// Another project: thumbnails and decoded frames belong to the old one.
    void clearCaches() {
        thumbs_.clear();
        scrub_.clear();
        hoverClip_ = 0;
        hoverFrame_ = -1;
    }

    /// The mouse is over a clip's thumbnail at `fraction` (0 = left edge, 1 = right edge).
    void setHover(int row, double fraction) {
        const Entry& e = entry(row);
        if (e.asset) return clearHover();
        if (hoverClip_ != e.id) clearHover();
        hoverClip_ = e.id;
        hoverFraction_ = std::clamp(fraction, 0.0, 1.0);
        updateHoverFrame();
    }
    /// Where in the clip the shown scrub frame is (0..1); -1 when the row shows its thumbnail.
    double scrubFraction(int row) const {
        const Entry& e = entry(row);
        if (e.asset || e.id != hoverClip_ || hoverFrame_ < 0) return -1;
        const auto* frames = scrub_.framesIfReady(e.id);
        return frames && frames->size() > 1 ? double(hoverFrame_) / double(frames->size() - 1) : 0.0;
    }
    void clearHover() {
        const qint64 old = hoverClip_;
        const bool shown = hoverFrame_ >= 0;
        hoverClip_ = 0;
        hoverFrame_ = -1;
        if (shown) changed(old);
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(shown_.size()); }

    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid() || index.row() >= rowCount()) return {};
        const Entry& e = entry(index.row());
        switch (role) {
            case Qt::DisplayRole:
                return e.caption;
            case Qt::DecorationRole:
                if (!e.asset && e.id == hoverClip_ && hoverFrame_ >= 0)
                    if (const auto* f = scrub_.framesIfReady(e.id))
                        return QPixmap::fromImage((*f)[size_t(hoverFrame_)]);
                return thumbnail(e);
            case Qt::ToolTipRole:
                return toolTip(e);
            case LibraryPanel::IdRole:
                return e.id;
            case LibraryPanel::IsAssetRole:
                return e.asset;
            case LibraryPanel::DurationRole:
                return e.durationSeconds;
            case LibraryPanel::FavouriteRole:
                return e.favourite;
            case LibraryPanel::RatingRole:
                return e.rating;
            case LibraryPanel::ScrubFrameRole:
                return !e.asset && e.id == hoverClip_ ? hoverFrame_ : -1;
            default:
                return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override {
        if (!index.isValid()) return Qt::NoItemFlags;
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    }
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    QStringList mimeTypes() const override { return {QString(kClipMime), QString(kAssetMime)}; }
    QMimeData* mimeData(const QModelIndexList& indexes) const override {
        QModelIndexList sorted = indexes;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
        QStringList clips, assets;
        for (const QModelIndex& i : sorted) {
            if (!i.isValid()) continue;
            const Entry& e = entry(i.row());
            (e.asset ? assets : clips) << QString::number(e.id);
        }
        if (clips.isEmpty() && assets.isEmpty()) return nullptr;
        auto* mime = new QMimeData;
        if (!clips.isEmpty()) mime->setData(kClipMime, clips.join(',').toUtf8());
        if (!assets.isEmpty()) mime->setData(kAssetMime, assets.join(',').toUtf8());
        return mime;
    }

private:
    // Thumbnails come from the project database once per item and project.
    QPixmap thumbnail(const Entry& e) const {
        auto it = thumbs_.find(e.key());
        if (it != thumbs_.end()) return *it;
        QPixmap pixmap;
        if (session_->hasProject()) {
            try {
                const std::vector<uint8_t> png =
                    e.asset ? session_->project().assetThumbnail(e.id) : session_->project().clipThumbnail(e.id);
                QImage image;
                if (!png.empty() && image.loadFromData(png.data(), int(png.size()), "PNG"))
                    pixmap = QPixmap::fromImage(fitted(image, kThumbnailSize));
            } catch (const std::exception&) {
                // No thumbnail: the delegate draws a placeholder.
            }
        }
        thumbs_.insert(e.key(), pixmap);
        return pixmap;
    }

    QString toolTip(const Entry& e) const {
        QStringList lines;
        lines << (e.prompt.isEmpty() ? e.caption : e.prompt).toHtmlEscaped();
        if (e.asset) {
            lines << LibraryPanel::tr("Imported %1, %2").arg(e.assetKind, durationText(e));
        } else {
            lines << LibraryPanel::tr("Clip %1 · %2 · frames: %3").arg(e.id).arg(durationText(e)).arg(e.frames);
            if (!e.modelName.isEmpty()) lines << LibraryPanel::tr("Model: %1").arg(e.modelName.toHtmlEscaped());
            if (e.rating > 0) lines << LibraryPanel::tr("Rating: %1 of 5").arg(e.rating);
            if (!e.tags.isEmpty()) lines << LibraryPanel::tr("Tags: %1").arg(e.tags.join(", ").toHtmlEscaped());
            lines << LibraryPanel::tr("Move the mouse across the picture to scrub through the clip.");
        }
        return "<p style='white-space:pre-wrap'>" + lines.join("<br>") + "</p>";
    }

    void updateHoverFrame() {
        const int row = rowOfKey(hoverClip_);
        if (row < 0) return;
        const std::vector<QImage>* frames = scrub_.frames(hoverClip_, entry(row).mediaPath);
        const int frame =
            frames && !frames->empty() ? int(std::lround(hoverFraction_ * double(frames->size() - 1))) : -1;
        if (frame == hoverFrame_) return;
        hoverFrame_ = frame;
        changed(hoverClip_);
    }

    void framesReady(qint64 clipId) {
        if (clipId == hoverClip_) updateHoverFrame();
    }

    void changed(qint64 clipId) {
        const int row = rowOfKey(clipId);
        if (row >= 0) Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole, LibraryPanel::ScrubFrameRole});
    }

    StudioSession* session_;
    std::vector<Entry> all_;
    std::vector<int> shown_;  ///< indexes into all_
    mutable QHash<qint64, QPixmap> thumbs_;
    ScrubCache scrub_;
    qint64 hoverClip_ = 0;
    double hoverFraction_ = 0;
    int hoverFrame_ = -1;
};

namespace {

/// Draws a grid item: the picture with its duration badge, favourite star and rating, then the caption
/// on up to two lines.
class LibraryDelegate : public QStyledItemDelegate {
public:
    explicit LibraryDelegate(QListView* view) : QStyledItemDelegate(view), view_(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override {
        const int width = itemWidth(view_);
        return QSize(
            width, kPad + thumbRect(QRect(0, 0, width, 1)).height() + 4 + 2 * option.fontMetrics.lineSpacing() + kPad);
    }

    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QPalette& pal = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
        if (selected) {
            QColor fill = pal.color(QPalette::Highlight);
            fill.setAlpha(option.state & QStyle::State_Active ? 220 : 140);
            p->setPen(Qt::NoPen);
            p->setBrush(fill);
            p->drawRoundedRect(card, 5, 5);
        } else if (option.state & QStyle::State_MouseOver) {
            p->setPen(Qt::NoPen);
            p->setBrush(pal.color(QPalette::Window).lighter(135));
            p->drawRoundedRect(card, 5, 5);
        }
        if (option.state & QStyle::State_HasFocus) {
            p->setPen(QPen(pal.color(QPalette::Highlight).lighter(150), 1));
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(card, 5, 5);
        }

        const QRect thumb = thumbRect(option.rect);
        p->fillRect(thumb, QColor(12, 12, 14));
        const QPixmap pixmap = index.data(Qt::DecorationRole).value<QPixmap>();
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        if (!pixmap.isNull()) {
            p->setRenderHint(QPainter::SmoothPixmapTransform);
            const QSize s = pixmap.size().scaled(thumb.size(), Qt::KeepAspectRatio);
            const QRect target(thumb.left() + (thumb.width() - s.width()) / 2,
                               thumb.top() + (thumb.height() - s.height()) / 2, s.width(), s.height());
            p->drawPixmap(target, pixmap);
        } else {
            p->setFont(small);
            p->setPen(pal.color(QPalette::PlaceholderText));
            p->drawText(thumb, Qt::AlignCenter, LibraryPanel::tr("No preview"));
        }

        const auto* model = static_cast<const LibraryModel*>(index.model());
        const Entry& e = model->entry(index.row());
        p->setFont(small);
        const QFontMetrics sfm(small);
        auto badge = [&](const QString& text, bool right, bool bottom) {
            QRect r = sfm.boundingRect(text).adjusted(-4, -1, 4, 1);
            r.moveTopLeft(QPoint(0, 0));
            const int x = right ? thumb.right() - 3 - r.width() : thumb.left() + 3;
            const int y = bottom ? thumb.bottom() - 3 - r.height() : thumb.top() + 3;
            r.moveTo(x, y);
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0, 0, 0, 175));
            p->drawRoundedRect(r, 3, 3);
            p->setPen(Qt::white);
            p->drawText(r, Qt::AlignCenter, text);
        };
        badge(durationText(e), true, true);
        if (e.asset) badge(LibraryPanel::tr("Imported"), true, false);
        if (e.favourite) drawStar(p, QPointF(thumb.left() + 12, thumb.top() + 12), 8, kGold);
        for (int i = 0; i < e.rating; ++i)
            drawStar(p, QPointF(thumb.left() + 10 + i * 12, thumb.bottom() - 9), 5, kGold);
        const double scrub = model->scrubFraction(index.row());
        if (scrub >= 0) {  // where in the clip the mouse is
            p->setPen(Qt::NoPen);
            p->setBrush(pal.color(QPalette::Highlight));
            p->drawRect(QRectF(thumb.left(), thumb.bottom() - 1, thumb.width() * scrub, 2));
        }

        // Caption: two lines, the second elided.
        p->setFont(option.font);
        p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics fm(option.font);
        const QString text = index.data(Qt::DisplayRole).toString().simplified();
        QTextLayout layout(text, option.font);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(textOption);
        layout.beginLayout();
        QTextLine first = layout.createLine();
        QString line1 = text, line2;
        if (first.isValid()) {
            first.setLineWidth(thumb.width());
            line1 = text.mid(first.textStart(), first.textLength()).trimmed();
            line2 = text.mid(first.textStart() + first.textLength()).trimmed();
        }
        layout.endLayout();
        const QRect captionRect(thumb.left(), thumb.bottom() + 4, thumb.width(), fm.lineSpacing());
        p->drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(line1, Qt::ElideRight, thumb.width()));
        if (!line2.isEmpty())
            p->drawText(captionRect.translated(0, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(line2, Qt::ElideRight, thumb.width()));
        p->restore();
    }

private:
    QListView* view_;
};

}  // namespace

LibraryPanel::LibraryPanel(StudioSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    setObjectName("libraryPanel");
    setAcceptDrops(true);
    model_ = new LibraryModel(session, this);

    search_ = new QLineEdit(this);
    search_->setObjectName("librarySearch");
    search_->setClearButtonEnabled(true);
    searchTimer_ = new QTimer(this);
    searchTimer_->setSingleShot(true);
    searchTimer_->setInterval(200);  // search as the user types, without a query per keystroke
    favouritesButton_ = new QToolButton(this);
    favouritesButton_->setObjectName("libraryFavourites");
    favouritesButton_->setCheckable(true);
    favouritesButton_->setText(QStringLiteral("\u2605"));
    sortCombo_ = new QComboBox(this);
    sortCombo_->setObjectName("librarySort");
    for (int i = 0; i < 4; ++i) sortCombo_->addItem(QString(), i);
    tagCombo_ = new QComboBox(this);
    tagCombo_->setObjectName("libraryTag");
    ratingCombo_ = new QComboBox(this);
    ratingCombo_->setObjectName("libraryRating");
    for (int i = 0; i <= 5; ++i) ratingCombo_->addItem(QString(), i);
    modelCombo_ = new QComboBox(this);
    modelCombo_->setObjectName("libraryModel");
    for (QComboBox* c : {tagCombo_, ratingCombo_, modelCombo_, sortCombo_}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(6);
    }

    view_ = new QListView(this);
    view_->setObjectName("libraryGrid");
    view_->setViewMode(QListView::IconMode);
    view_->setMovement(QListView::Static);
    view_->setResizeMode(QListView::Adjust);
    view_->setWrapping(true);
    view_->setUniformItemSizes(true);
    view_->setSpacing(3);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setDragDropMode(QAbstractItemView::DragOnly);
    view_->setDefaultDropAction(Qt::CopyAction);
    view_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view_->setItemDelegate(new LibraryDelegate(view_));
    view_->setModel(model_);
    view_->setMouseTracking(true);
    view_->viewport()->setMouseTracking(true);
    view_->viewport()->installEventFilter(this);
    view_->installEventFilter(this);

    emptyLabel_ = new QLabel(this);
    emptyLabel_->setObjectName("libraryEmpty");
    emptyLabel_->setAlignment(Qt::AlignCenter);
    emptyLabel_->setWordWrap(true);
    emptyLabel_->setEnabled(false);  // the palette's muted text colour
    emptyLabel_->setMargin(12);
    stack_ = new QStackedWidget(this);
    stack_->addWidget(view_);
    stack_->addWidget(emptyLabel_);
    countLabel_ = new QLabel(this);
    countLabel_->setObjectName("libraryCount");
    countLabel_->setEnabled(false);

    // Inline bars instead of dialogs: adding a tag and confirming a deletion never block the studio.
    tagBar_ = new QWidget(this);
    tagBarLabel_ = new QLabel(tagBar_);
    tagEdit_ = new QLineEdit(tagBar_);
    tagEdit_->setObjectName("libraryTagEdit");
    tagApply_ = new QToolButton(tagBar_);
    tagCancel_ = new QToolButton(tagBar_);
    auto* tagLayout = new QHBoxLayout(tagBar_);
    tagLayout->setContentsMargins(0, 0, 0, 0);
    tagLayout->addWidget(tagBarLabel_);
    tagLayout->addWidget(tagEdit_, 1);
    tagLayout->addWidget(tagApply_);
    tagLayout->addWidget(tagCancel_);
    tagBar_->hide();
    deleteBar_ = new QWidget(this);
    deleteBar_->setObjectName("libraryDeleteBar");
    deleteBarLabel_ = new QLabel(deleteBar_);
    deleteBarLabel_->setWordWrap(true);
    deleteConfirm_ = new QToolButton(deleteBar_);
    deleteConfirm_->setObjectName("libraryDeleteConfirm");
    deleteCancel_ = new QToolButton(deleteBar_);
    auto* deleteLayout = new QHBoxLayout(deleteBar_);
    deleteLayout->setContentsMargins(0, 0, 0, 0);
    deleteLayout->addWidget(deleteBarLabel_, 1);
    deleteLayout->addWidget(deleteConfirm_);
    deleteLayout->addWidget(deleteCancel_);
    deleteBar_->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(search_, 1);
    top->addWidget(favouritesButton_);
    top->addWidget(sortCombo_);
    auto* filters = new QHBoxLayout;
    filters->addWidget(tagCombo_, 1);
    filters->addWidget(ratingCombo_, 1);
    filters->addWidget(modelCombo_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(tagBar_);
    layout->addWidget(deleteBar_);
    layout->addWidget(stack_, 1);
    layout->addWidget(countLabel_);

    buildActions();
    retranslate();

    connect(search_, &QLineEdit::textChanged, searchTimer_, qOverload<>(&QTimer::start));
    connect(searchTimer_, &QTimer::timeout, this, &LibraryPanel::updateSearch);
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        updateSearch();
        view_->setFocus();
        if (!view_->currentIndex().isValid() && model_->rowCount() > 0) view_->setCurrentIndex(model_->index(0));
    });
    connect(favouritesButton_, &QToolButton::toggled, this, &LibraryPanel::applyFilters);
    for (QComboBox* c : {tagCombo_, ratingCombo_, modelCombo_, sortCombo_})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &LibraryPanel::applyFilters);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPanel::onSelectionChanged);
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibraryPanel::onSelectionChanged);
    connect(view_, &QListView::activated, this, [this](const QModelIndex& i) {
        if (i.isValid() && !i.data(IsAssetRole).toBool()) session_->selectClip(i.data(IdRole).toLongLong());
    });
    connect(tagEdit_, &QLineEdit::returnPressed, this, &LibraryPanel::addTag);
    connect(tagApply_, &QToolButton::clicked, this, &LibraryPanel::addTag);
    connect(tagCancel_, &QToolButton::clicked, this, &LibraryPanel::hideBars);
    connect(deleteConfirm_, &QToolButton::clicked, this, &LibraryPanel::confirmDelete);
    connect(deleteCancel_, &QToolButton::clicked, this, &LibraryPanel::hideBars);

    connect(session_, &StudioSession::clipsChanged, this, &LibraryPanel::reload);
    connect(session_, &StudioSession::projectChanged, this, [this] {
        model_->clearCaches();
        modelNames_.clear();
        hideBars();
        reload();
    });
    connect(session_, &StudioSession::clipSelected, this, &LibraryPanel::onSessionClipSelected);
    reload();
}

LibraryPanel::~LibraryPanel() = default;

void LibraryPanel::buildActions() {
    auto make = [this](const char* name, const QKeySequence& shortcut, std::function<void()> slot) {
        auto* a = new QAction(this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, std::move(slot));
        addAction(a);
        return a;
    };
    searchAction_ = make("librarySearchAction", QKeySequence::Find, [this] {
        search_->setFocus();
        search_->selectAll();
    });
    favouriteAction_ =
        make("libraryFavouriteAction", QKeySequence(Qt::CTRL | Qt::Key_D), [this] { toggleFavourite(); });
    favouriteAction_->setCheckable(true);
    for (int stars = 0; stars <= 5; ++stars) {
        auto* a = new QAction(this);
        a->setObjectName(QStringLiteral("libraryRate%1Action").arg(stars));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + stars)));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, stars] { rate(stars); });
        addAction(a);
        rateActions_ << a;
    }
    addTagAction_ = make("libraryAddTagAction", QKeySequence(Qt::CTRL | Qt::Key_T), [this] { beginAddTag(); });
    revealAction_ =
        make("libraryRevealAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { revealFile(); });
    deleteAction_ = make("libraryDeleteAction", QKeySequence::Delete, [this] { beginDelete(); });
    cancelBarAction_ = make("libraryCancelBarAction", QKeySequence(Qt::Key_Escape), [this] { hideBars(); });
    cancelBarAction_->setEnabled(false);
    updateActions();
}

void LibraryPanel::retranslate() {
    search_->setPlaceholderText(tr("Search prompts (Ctrl+F)"));
    search_->setToolTip(tr("Shows the clips whose prompt contains all these words (Ctrl+F; Enter goes to the grid)"));
    favouritesButton_->setToolTip(tr("Show favourites only"));
    sortCombo_->setToolTip(tr("Order of the clips"));
    const QStringList sorts = {tr("Newest first"), tr("Oldest first"), tr("Highest rated"), tr("Longest first")};
    for (int i = 0; i < sorts.size(); ++i) sortCombo_->setItemText(i, sorts[i]);
    tagCombo_->setToolTip(tr("Show only clips with this tag"));
    ratingCombo_->setToolTip(tr("Show only clips rated at least this"));
    ratingCombo_->setItemText(0, tr("Any rating"));
    for (int i = 1; i <= 5; ++i) ratingCombo_->setItemText(i, tr("%1 or more").arg(QString(i, QChar(0x2605))));
    modelCombo_->setToolTip(tr("Show only clips made by this model"));
    refillFilterCombos();

    favouriteAction_->setText(tr("&Favourite"));
    favouriteAction_->setToolTip(tr("Mark or unmark the selected clips as favourites (Ctrl+D)"));
    rateActions_[0]->setText(tr("&No rating"));
    for (int i = 1; i <= 5; ++i) rateActions_[i]->setText(tr("%1  (%2)").arg(QString(i, QChar(0x2605))).arg(i));
    addTagAction_->setText(tr("Add &tag..."));
    addTagAction_->setToolTip(tr("Add a tag to the selected clips (Ctrl+T)"));
    revealAction_->setText(tr("&Reveal file"));
    revealAction_->setToolTip(tr("Open the folder holding the media file (Ctrl+Shift+E)"));
    deleteAction_->setText(tr("&Delete"));
    deleteAction_->setToolTip(tr("Delete the selected clips and their files (Del)"));
    searchAction_->setText(tr("Search"));
    cancelBarAction_->setText(tr("Cancel"));

    tagEdit_->setPlaceholderText(tr("tag"));
    tagApply_->setText(tr("Add"));
    tagApply_->setToolTip(tr("Add the tag (Enter)"));
    tagCancel_->setText(tr("Cancel"));
    tagCancel_->setToolTip(tr("Cancel (Esc)"));
    tagBarLabel_->setText(tagBarText(int(tagTargets_.size())));
    deleteConfirm_->setText(tr("Delete"));
    deleteConfirm_->setToolTip(tr("Delete them now; this cannot be undone"));
    deleteCancel_->setText(tr("Keep"));
    deleteCancel_->setToolTip(tr("Keep the clips (Esc)"));
    deleteBarLabel_->setText(deleteBarText(int(pendingDelete_.size())));
    updateEmptyState();
}

void LibraryPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void LibraryPanel::refillFilterCombos() {
    QSet<QString> tagSet, modelSet;
    for (const Entry& e : model_->all()) {
        for (const QString& t : e.tags) tagSet.insert(t);
        if (!e.modelName.isEmpty()) modelSet.insert(e.modelName);
    }
    auto refill = [](QComboBox* combo, const QString& anyText, QSet<QString> values) {
        const QString current = combo->currentData().toString();
        if (!current.isEmpty()) values.insert(current);  // a filter in use stays until the user changes it
        QStringList sorted(values.begin(), values.end());
        sorted.sort(Qt::CaseInsensitive);
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(anyText, QString());
        for (const QString& v : sorted) combo->addItem(v, v);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(tagCombo_, tr("Any tag"), tagSet);
    refill(modelCombo_, tr("Any model"), modelSet);
    tagEdit_->setCompleter(new QCompleter(QStringList(tagSet.begin(), tagSet.end()), tagEdit_));
}

void LibraryPanel::reload() {
    std::vector<Entry> all;
    if (session_->hasProject()) {
        try {
            app::ProjectLibrary& p = session_->project();
            for (const app::ClipRecord& c : p.clips()) {
                Entry e;
                e.id = c.id;
                e.prompt = QString::fromStdString(c.prompt);
                e.caption = !c.title.empty()    ? QString::fromStdString(c.title)
                            : !c.prompt.empty() ? e.prompt
                                                : tr("Clip %1").arg(c.id);
                e.mediaPath = QString::fromStdString(p.mediaPath(c.file.name));
                e.durationSeconds = c.durationSeconds;
                e.frames = c.frames;
                e.favourite = c.favourite;
                e.rating = c.rating;
                for (const auto& t : c.tags) e.tags << QString::fromStdString(t);
                e.createdMs = c.createdMs;
                if (c.generationId > 0) {
                    auto it = modelNames_.find(c.generationId);
                    if (it == modelNames_.end())
                        it = modelNames_.insert(c.generationId,
                                                QString::fromStdString(p.generation(c.generationId).modelName));
                    e.modelName = *it;
                }
                all.push_back(std::move(e));
            }
            for (const app::AssetRecord& a : p.assets()) {
                Entry e;
                e.asset = true;
                e.id = a.id;
                e.caption = QString::fromStdString(a.name);
                e.assetKind = QString::fromLatin1(app::assetKindName(a.kind));
                e.mediaPath = QString::fromStdString(p.mediaPath(a.file.name));
                e.durationSeconds = a.durationSeconds;
                e.frames = a.frames;
                e.createdMs = a.createdMs;
                all.push_back(std::move(e));
            }
        } catch (const std::exception& ex) {
            session_->inform(tr("Could not read the library: %1").arg(QString::fromUtf8(ex.what())), true);
        }
    }
    const QList<qint64> selected = [&] {
        QList<qint64> keys;
        const QModelIndex current = view_->currentIndex();
        if (current.isValid() && view_->selectionModel()->isSelected(current))
            keys << model_->entry(current.row()).key();
        for (const QModelIndex& i : view_->selectionModel()->selectedIndexes())
            if (i != current) keys << model_->entry(i.row()).key();
        return keys;
    }();
    syncingSelection_ = true;
    model_->setAll(std::move(all));
    syncingSelection_ = false;
    refillFilterCombos();
    updateSearch();
    selectKeys(selected);
}

void LibraryPanel::updateSearch() {
    searchTimer_->stop();
    searchHits_.clear();
    const QString text = search_->text().trimmed();
    if (!text.isEmpty() && session_->hasProject()) {
        try {
            for (const app::SearchHit& h : session_->project().search(text.toStdString(), 100000))
                searchHits_ << h.clipId;
        } catch (const std::exception& ex) {
            session_->inform(tr("Search failed: %1").arg(QString::fromUtf8(ex.what())), true);
        }
    }
    applyFilters();
}

void LibraryPanel::applyFilters() {
    const QString text = search_->text().trimmed();
    const QStringList words = text.split(' ', Qt::SkipEmptyParts);
    const QSet<qint64> hits(searchHits_.begin(), searchHits_.end());
    const bool favourites = favouritesButton_->isChecked();
    const QString tag = tagCombo_->currentData().toString();
    const int minRating = ratingCombo_->currentData().toInt();
    const QString modelName = modelCombo_->currentData().toString();
    // Assets have no favourite, tag, rating or model: any of those filters hides them.
    const bool clipsOnly = favourites || !tag.isEmpty() || minRating > 0 || !modelName.isEmpty();

    const std::vector<Entry>& all = model_->all();
    std::vector<int> rows;
    for (size_t i = 0; i < all.size(); ++i) {
        const Entry& e = all[i];
        if (e.asset) {
            if (clipsOnly) continue;
            if (!std::all_of(words.begin(), words.end(),
                             [&](const QString& w) { return e.caption.contains(w, Qt::CaseInsensitive); }))
                continue;
        } else {
            if (!text.isEmpty() && !hits.contains(e.id)) continue;
            if (favourites && !e.favourite) continue;
            if (!tag.isEmpty() && !e.tags.contains(tag)) continue;
            if (e.rating < minRating) continue;
            if (!modelName.isEmpty() && e.modelName != modelName) continue;
        }
        rows.push_back(int(i));
    }
    const Sort sort = Sort(sortCombo_->currentData().toInt());
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const Entry& x = all[size_t(a)];
        const Entry& y = all[size_t(b)];
        const bool newer = x.createdMs != y.createdMs ? x.createdMs > y.createdMs : x.key() > y.key();
        switch (sort) {
            case Sort::Oldest:
                return x.createdMs != y.createdMs ? x.createdMs < y.createdMs : x.key() < y.key();
            case Sort::Rating:
                return x.rating != y.rating ? x.rating > y.rating : newer;
            case Sort::Duration:
                return x.durationSeconds != y.durationSeconds ? x.durationSeconds > y.durationSeconds : newer;
            case Sort::Newest:
                break;
        }
        return newer;
    });

    QList<qint64> selected;
    for (const QModelIndex& i : view_->selectionModel()->selectedIndexes()) selected << model_->entry(i.row()).key();
    const QModelIndex current = view_->currentIndex();
    if (current.isValid() && selected.removeOne(model_->entry(current.row()).key()))
        selected.prepend(model_->entry(current.row()).key());
    syncingSelection_ = true;
    model_->setShown(std::move(rows));
    syncingSelection_ = false;
    selectKeys(selected);
    updateEmptyState();
    updateActions();
}

void LibraryPanel::selectKeys(const QList<qint64>& keys) {
    syncingSelection_ = true;
    QItemSelection selection;
    QModelIndex current;
    for (qint64 key : keys) {
        const int row = model_->rowOfKey(key);
        if (row < 0) continue;
        const QModelIndex i = model_->index(row);
        if (!current.isValid()) current = i;
        selection.select(i, i);
    }
    if (current.isValid()) {
        view_->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        view_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        view_->scrollTo(current);
    }
    syncingSelection_ = false;
    updateActions();
}

void LibraryPanel::updateEmptyState() {
    const int shown = model_->rowCount();
    const int total = int(model_->all().size());
    if (!session_->hasProject())
        emptyLabel_->setText(tr("Open or create a project to see its clips here."));
    else if (total == 0)
        emptyLabel_->setText(
            tr("No clips yet. Generated clips and imported media appear here.\n\nDrop image, video or audio files "
               "here to import them."));
    else
        emptyLabel_->setText(tr("No clip matches the search and filters."));
    stack_->setCurrentWidget(shown > 0 ? static_cast<QWidget*>(view_) : emptyLabel_);
    countLabel_->setText(shown == total ? tr("Items: %1").arg(total)
                                        : tr("Showing %1 of %2 items").arg(shown).arg(total));
}

QList<qint64> LibraryPanel::selectedClips() const {
    QModelIndexList rows = view_->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex& i : rows)
        if (!model_->entry(i.row()).asset) ids << model_->entry(i.row()).id;
    return ids;
}

QList<qint64> LibraryPanel::selectedAssets() const {
    QModelIndexList rows = view_->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex& i : rows)
        if (model_->entry(i.row()).asset) ids << model_->entry(i.row()).id;
    return ids;
}

void LibraryPanel::selectClips(const QList<qint64>& clipIds) {
    selectKeys(clipIds);
    onSelectionChanged();  // as a click would: the session follows
}

QMimeData* LibraryPanel::selectionMimeData() const {
    return model_->mimeData(view_->selectionModel()->selectedIndexes());
}

void LibraryPanel::setSearchText(const QString& text) {
    search_->setText(text);
    updateSearch();
}
void LibraryPanel::setFavouritesOnly(bool on) {
    favouritesButton_->setChecked(on);
}
void LibraryPanel::setTagFilter(const QString& tag) {
    if (tagCombo_->findData(tag) < 0) tagCombo_->addItem(tag, tag);
    tagCombo_->setCurrentIndex(tagCombo_->findData(tag));
}
void LibraryPanel::setMinimumRating(int stars) {
    ratingCombo_->setCurrentIndex(std::clamp(stars, 0, 5));
}
void LibraryPanel::setModelFilter(const QString& modelName) {
    if (modelCombo_->findData(modelName) < 0) modelCombo_->addItem(modelName, modelName);
    modelCombo_->setCurrentIndex(modelCombo_->findData(modelName));
}
void LibraryPanel::setSort(Sort sort) {
    sortCombo_->setCurrentIndex(int(sort));
}

void LibraryPanel::onSelectionChanged() {
    updateActions();
    if (syncingSelection_) return;
    const QModelIndex current = view_->currentIndex();
    qint64 clip = 0;
    if (current.isValid() && view_->selectionModel()->isSelected(current) && !model_->entry(current.row()).asset)
        clip = model_->entry(current.row()).id;
    else if (!selectedClips().isEmpty())
        clip = selectedClips().front();
    if (clip > 0 && clip != session_->selectedClip()) session_->selectClip(clip);
}

void LibraryPanel::onSessionClipSelected(qint64 clipId) {
    if (clipId <= 0 || selectedClips().contains(clipId)) return;
    if (model_->rowOfKey(clipId) >= 0) selectKeys({clipId});
}

void LibraryPanel::updateActions() {
    const bool writable = session_->hasProject() && !session_->project().readOnly();
    bool any = false, allFavourite = true;
    int rating = -1;  // the selection's common rating; -2 when they differ
    const QModelIndexList selected = view_->selectionModel()->selectedIndexes();
    for (const QModelIndex& i : selected) {
        const Entry& e = model_->entry(i.row());
        if (e.asset) continue;
        any = true;
        allFavourite = allFavourite && e.favourite;
        rating = rating == -1 || rating == e.rating ? e.rating : -2;
    }
    favouriteAction_->setEnabled(any && writable);
    favouriteAction_->setChecked(any && allFavourite);
    for (int i = 0; i < rateActions_.size(); ++i) {
        rateActions_[i]->setEnabled(any && writable);
        rateActions_[i]->setChecked(rating == i);
    }
    addTagAction_->setEnabled(any && writable);
    deleteAction_->setEnabled(any && writable);
    revealAction_->setEnabled(!selected.isEmpty() || view_->currentIndex().isValid());
}

bool LibraryPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_ && event->type() == QEvent::Resize) {
        // Items share the grid's width: a new width may mean new item sizes.
        const int width = itemWidth(view_);
        if (width != itemWidth_) {
            itemWidth_ = width;
            Q_EMIT view_->itemDelegate()->sizeHintChanged(QModelIndex());
        }
    }
    if (watched == view_->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            updateScrub(static_cast<QMouseEvent*>(event)->position().toPoint());
        } else if (event->type() == QEvent::Leave) {
            model_->clearHover();
        } else if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            // Files from the file manager import; the grid itself takes no drops.
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (drag->mimeData()->hasUrls()) {
                dragMoveEvent(drag);
                return true;
            }
        } else if (event->type() == QEvent::Drop && static_cast<QDropEvent*>(event)->mimeData()->hasUrls()) {
            dropEvent(static_cast<QDropEvent*>(event));
            return true;
        }
    }
    if ((watched == view_ || watched == view_->viewport()) && event->type() == QEvent::ContextMenu) {
        auto* menuEvent = static_cast<QContextMenuEvent*>(event);
        QPoint pos = menuEvent->pos();
        if (watched == view_) pos = view_->viewport()->mapFrom(view_, pos);
        if (menuEvent->reason() == QContextMenuEvent::Keyboard && view_->currentIndex().isValid())
            pos = view_->visualRect(view_->currentIndex()).center();
        showContextMenu(pos);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPanel::updateScrub(const QPoint& pos) {
    const QModelIndex index = view_->indexAt(pos);
    if (!index.isValid()) return model_->clearHover();
    const QRect thumb = thumbRect(view_->visualRect(index));
    if (!thumb.contains(pos)) return model_->clearHover();
    model_->setHover(index.row(), double(pos.x() - thumb.left()) / std::max(1, thumb.width() - 1));
}

void LibraryPanel::showContextMenu(const QPoint& pos) {
    const QModelIndex index = view_->indexAt(pos);
    if (index.isValid() && !view_->selectionModel()->isSelected(index))
        view_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    if (!view_->selectionModel()->hasSelection()) return;
    updateActions();
    QMenu menu(this);
    menu.addAction(favouriteAction_);
    QMenu* rateMenu = menu.addMenu(tr("&Rate"));
    rateMenu->setEnabled(favouriteAction_->isEnabled());
    for (QAction* a : rateActions_) rateMenu->addAction(a);
    menu.addAction(addTagAction_);
    QStringList tags;
    for (qint64 id : selectedClips())
        for (const QString& t : model_->entry(model_->rowOfKey(id)).tags)
            if (!tags.contains(t)) tags << t;
    if (!tags.isEmpty()) {
        QMenu* remove = menu.addMenu(tr("Remove ta&g"));
        remove->setEnabled(addTagAction_->isEnabled());
        for (const QString& t : tags) remove->addAction(t, this, [this, t] { removeTag(t); });
    }
    menu.addSeparator();
    menu.addAction(revealAction_);
    menu.addSeparator();
    menu.addAction(deleteAction_);
    menu.exec(view_->viewport()->mapToGlobal(pos));
}

void LibraryPanel::toggleFavourite() {
    const QList<qint64> clips = selectedClips();
    if (clips.isEmpty()) return;
    bool allFavourite = true;
    for (qint64 id : clips) allFavourite = allFavourite && model_->entry(model_->rowOfKey(id)).favourite;
    try {
        for (qint64 id : clips) {
            app::ClipChanges changes;
            changes.favourite = !allFavourite;
            session_->project().updateClip(id, changes);
        }
    } catch (const std::exception& ex) {
        session_->inform(tr("Could not change the favourites: %1").arg(QString::fromUtf8(ex.what())), true);
    }
    session_->notifyClipsChanged();
}

void LibraryPanel::rate(int stars) {
    const QList<qint64> clips = selectedClips();
    if (clips.isEmpty()) return;
    try {
        for (qint64 id : clips) {
            app::ClipChanges changes;
            changes.rating = stars;
            session_->project().updateClip(id, changes);
        }
    } catch (const std::exception& ex) {
        session_->inform(tr("Could not rate the clips: %1").arg(QString::fromUtf8(ex.what())), true);
    }
    session_->notifyClipsChanged();
}

void LibraryPanel::beginAddTag() {
    tagTargets_ = selectedClips();
    if (tagTargets_.isEmpty()) return;
    deleteBar_->hide();
    tagBarLabel_->setText(tagBarText(int(tagTargets_.size())));
    tagEdit_->clear();
    tagBar_->show();
    tagEdit_->setFocus();
    cancelBarAction_->setEnabled(true);
}

void LibraryPanel::addTag() {
    const QString tag = tagEdit_->text().simplified();
    const QList<qint64> targets = tagTargets_;
    hideBars();
    if (tag.isEmpty()) return;
    try {
        for (qint64 id : targets) {
            std::vector<std::string> tags;
            for (const auto& t : session_->project().clip(id).tags) tags.push_back(t);
            if (std::find(tags.begin(), tags.end(), tag.toStdString()) != tags.end()) continue;
            tags.push_back(tag.toStdString());
            app::ClipChanges changes;
            changes.tags = tags;
            session_->project().updateClip(id, changes);
        }
    } catch (const std::exception& ex) {
        session_->inform(tr("Could not add the tag: %1").arg(QString::fromUtf8(ex.what())), true);
    }
    session_->notifyClipsChanged();
}

void LibraryPanel::removeTag(const QString& tag) {
    try {
        for (qint64 id : selectedClips()) {
            std::vector<std::string> tags = session_->project().clip(id).tags;
            const auto end = std::remove(tags.begin(), tags.end(), tag.toStdString());
            if (end == tags.end()) continue;
            tags.erase(end, tags.end());
            app::ClipChanges changes;
            changes.tags = tags;
            session_->project().updateClip(id, changes);
        }
    } catch (const std::exception& ex) {
        session_->inform(tr("Could not remove the tag: %1").arg(QString::fromUtf8(ex.what())), true);
    }
    session_->notifyClipsChanged();
}

void LibraryPanel::revealFile() {
    QModelIndex index = view_->currentIndex();
    if (!index.isValid() && view_->selectionModel()->hasSelection())
        index = view_->selectionModel()->selectedIndexes().front();
    if (!index.isValid()) return;
    const QString folder = QFileInfo(model_->entry(index.row()).mediaPath).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        session_->inform(tr("Could not open the folder %1 in the file manager.").arg(folder), true);
}

void LibraryPanel::beginDelete() {
    pendingDelete_ = selectedClips();
    if (pendingDelete_.isEmpty()) return;
    tagBar_->hide();
    deleteBarLabel_->setText(deleteBarText(int(pendingDelete_.size())));
    deleteBar_->show();
    deleteCancel_->setFocus();  // the safe answer is the default
    cancelBarAction_->setEnabled(true);
}

void LibraryPanel::confirmDelete() {
    const QList<qint64> ids = pendingDelete_;
    hideBars();
    if (ids.isEmpty()) return;
    try {
        session_->project().deleteClips(std::vector<int64_t>(ids.begin(), ids.end()));
    } catch (const std::exception& ex) {
        session_->inform(tr("Nothing was deleted: %1").arg(QString::fromUtf8(ex.what())), true);
        return;
    }
    session_->inform(ids.size() == 1 ? tr("Deleted clip %1.").arg(ids.front())
                                     : tr("Deleted %1 clips.").arg(ids.size()));
    if (ids.contains(session_->selectedClip())) session_->selectClip(0);
    session_->notifyClipsChanged();
}

void LibraryPanel::hideBars() {
    const bool hadFocus = tagBar_->isAncestorOf(focusWidget()) || deleteBar_->isAncestorOf(focusWidget());
    tagBar_->hide();
    deleteBar_->hide();
    tagTargets_.clear();
    pendingDelete_.clear();
    cancelBarAction_->setEnabled(false);
    if (hadFocus) view_->setFocus();
}

QList<qint64> LibraryPanel::importUrls(const QList<QUrl>& urls) {
    QStringList paths;
    for (const QUrl& url : urls) {
        if (!url.isLocalFile()) {
            session_->inform(tr("Only local files can be imported, not %1.").arg(url.toDisplayString()), true);
            return {};
        }
        paths << url.toLocalFile();
    }
    if (paths.isEmpty() || !session_->hasProject()) return {};
    QList<qint64> ids;
    try {
        ids = session_->importFiles(paths);
    } catch (const std::exception& ex) {
        session_->inform(tr("Nothing was imported: %1").arg(QString::fromUtf8(ex.what())), true);
        return {};
    }
    session_->inform(paths.size() == 1 ? tr("Imported %1.").arg(QFileInfo(paths.front()).fileName())
                                       : tr("Imported %1 files.").arg(paths.size()));
    QList<qint64> keys;
    for (qint64 id : ids) keys << -id;
    selectKeys(keys);
    return ids;
}

void LibraryPanel::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && session_->hasProject()) event->acceptProposedAction();
}

void LibraryPanel::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasUrls() && session_->hasProject()) event->acceptProposedAction();
}

void LibraryPanel::dropEvent(QDropEvent* event) {
    if (!event->mimeData()->hasUrls()) return;
    event->acceptProposedAction();
    // Import after the drop returns: the file manager is not kept waiting while files are read.
    const QList<QUrl> urls = event->mimeData()->urls();
    QTimer::singleShot(0, this, [this, urls] { importUrls(urls); });
}

}  // namespace tessera::ui
