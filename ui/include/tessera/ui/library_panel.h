#pragma once
// The library dock: the project's clips and imported assets as a thumbnail grid with search, filters
// and sorting. Hovering a clip scrubs through it (frames decoded lazily on a worker thread); clips
// drag out to the timeline and the prompt editor; files dropped in from the file manager are imported.
#include <QHash>
#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QMimeData;
class QStackedWidget;
class QTimer;
class QToolButton;
class QUrl;

namespace tessera::ui {

class StudioSession;
class LibraryModel;

class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    /// Item data roles of the grid's model (besides Qt's display, decoration and tooltip roles).
    enum Role {
        IdRole = Qt::UserRole + 1,  ///< qint64: the clip or asset id
        IsAssetRole,                ///< bool: an imported asset rather than a generated clip
        DurationRole,               ///< double: seconds
        FavouriteRole,              ///< bool
        RatingRole,                 ///< int: 0 (none) to 5
        ScrubFrameRole,             ///< int: the hover-scrub frame shown instead of the thumbnail, -1 = none
    };
    enum class Sort { Newest = 0, Oldest, Rating, Duration };

    explicit LibraryPanel(StudioSession* session, QWidget* parent = nullptr);
    ~LibraryPanel() override;

    /// The thumbnail grid (its model holds the items shown, in order).
    QListView* view() const { return view_; }

    /// Shows only clips whose prompt contains all these words (and assets whose name does).
    void setSearchText(const QString& text);
    void setFavouritesOnly(bool on);
    /// Shows only clips with this tag; empty = any.
    void setTagFilter(const QString& tag);
    /// Shows only clips rated at least this (0 = any).
    void setMinimumRating(int stars);
    /// Shows only clips made by the model of this name; empty = any.
    void setModelFilter(const QString& modelName);
    void setSort(Sort sort);

    /// Selected clip and asset ids, in grid order.
    QList<qint64> selectedClips() const;
    QList<qint64> selectedAssets() const;
    /// Selects exactly these clips (the first becomes current and the session's selected clip).
    void selectClips(const QList<qint64>& clipIds);
    /// The drag payload of the selection: kClipMime and/or kAssetMime with the ids. The caller owns it.
    QMimeData* selectionMimeData() const;
    /// Imports local files (a drop from the file manager); a bad file is reported through
    /// session->inform(text, true) and nothing is imported. Returns the new asset ids.
    QList<qint64> importUrls(const QList<QUrl>& urls);

    /// Reads the clips and assets again (done on session->clipsChanged / projectChanged).
    void reload();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void retranslate();
    void refillFilterCombos();
    void updateSearch();
    void applyFilters();
    void updateEmptyState();
    void updateActions();
    void onSelectionChanged();
    void onSessionClipSelected(qint64 clipId);
    void showContextMenu(const QPoint& pos);
    void toggleFavourite();
    void rate(int stars);
    void beginAddTag();
    void addTag();
    void removeTag(const QString& tag);
    void revealFile();
    void beginDelete();
    void confirmDelete();
    void updateScrub(const QPoint& viewportPos);
    void hideBars();
    /// Selects the items with these keys (clip id, or -asset id); the first becomes current.
    void selectKeys(const QList<qint64>& keys);

    StudioSession* session_;
    LibraryModel* model_;
    QListView* view_;
    QStackedWidget* stack_;
    QLabel* emptyLabel_;
    QLabel* countLabel_;
    QLineEdit* search_;
    QTimer* searchTimer_;
    QToolButton* favouritesButton_;
    QComboBox* tagCombo_;
    QComboBox* ratingCombo_;
    QComboBox* modelCombo_;
    QComboBox* sortCombo_;
    QWidget* tagBar_;
    QLabel* tagBarLabel_;
    QLineEdit* tagEdit_;
    QToolButton* tagApply_;
    QToolButton* tagCancel_;
    QWidget* deleteBar_;
    QLabel* deleteBarLabel_;
    QToolButton* deleteConfirm_;
    QToolButton* deleteCancel_;
    QList<qint64> pendingDelete_;  ///< clips the delete bar asks about
    QList<qint64> tagTargets_;     ///< clips the tag bar adds to

    QAction* searchAction_;
    QAction* favouriteAction_;
    QList<QAction*> rateActions_;  ///< 0 (no rating) to 5
    QAction* addTagAction_;
    QAction* revealAction_;
    QAction* deleteAction_;
    QAction* cancelBarAction_;

    QList<qint64> searchHits_;           ///< clip ids matching the search text (when it is not empty)
    QHash<qint64, QString> modelNames_;  ///< generation id -> model name (generations never change)
    bool syncingSelection_ = false;
    int itemWidth_ = 0;  ///< the grid items' width at the last layout
};

}  // namespace tessera::ui
