#pragma once
// The timeline dock: track headers, a time ruler with a playhead, and the items of the session's
// timeline drawn per track, edited with the mouse and keyboard. It only draws and turns gestures into
// TimelineModel request* calls; the model is the single writer, so a refused edit changes nothing and
// the view simply redraws the model's state.
#include <QWidget>
#include <cstdint>

class QAction;
class QLabel;
class QScrollBar;
class QToolBar;

namespace tessera::ui {

class StudioSession;

/// A timeline position as text: "S:FF" (seconds:frames at the rounded `fps`), "M:SS:FF" from one
/// minute on, "H:MM:SS:FF" from one hour on.
QString formatTimecode(int64_t frame, double fps);

class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    /// Shows `session->timeline()` and follows the session when it opens another project or timeline.
    explicit TimelinePanel(StudioSession* session, QWidget* parent = nullptr);
    ~TimelinePanel() override;

    /// The timeline frame under the playhead.
    int64_t playhead() const;
    /// Moves the playhead (clamped at 0), scrolling it into view; emits playheadMoved when it moved.
    void setPlayhead(int64_t frame);

    /// The selected item's id (0 = none).
    int64_t selectedItem() const;
    /// Selects an item (0 clears); emits itemSelected and, for a clip item, selects the clip in the session.
    void selectItem(int64_t itemId);

    /// Horizontal zoom in pixels per timeline frame.
    double pixelsPerFrame() const;
    void setPixelsPerFrame(double pixels);
    void zoomIn();
    void zoomOut();
    /// Zooms so the whole timeline fits the visible width.
    void zoomToFit();

    /// Edits through the timeline model; a refused edit is shown with session->inform(text, true).
    void splitAtPlayhead();       ///< the selected item, or else the item under the playhead
    void rippleDeleteSelected();  ///< removes the selected item and closes the gap
    void deleteSelected();        ///< removes the selected item, leaving a gap
    void undo();
    void redo();

    /// The widget that draws the tracks and takes mouse, wheel and drop events (for tests).
    QWidget* canvas() const;
    /// The timeline frame at x in canvas coordinates (nearest frame boundary, never below 0).
    int64_t frameAtX(int x) const;
    /// The canvas x of a frame boundary.
    int xAtFrame(int64_t frame) const;
    /// Where an item is drawn in canvas coordinates (empty when there is no such item).
    QRect itemRect(int64_t itemId) const;
    /// A track's lane (right of the headers) in canvas coordinates (empty when there is no such track).
    QRect trackRect(int64_t trackId) const;

Q_SIGNALS:
    void playheadMoved(int64_t frame);
    void itemSelected(int64_t itemId);
    /// "Extend this clip" on a clip item: the receiver queues an extension that lands after the item.
    void extendRequested(int64_t clipId, int64_t itemId);

protected:
    void changeEvent(QEvent* event) override;

private:
    class Canvas;
    void retranslate();
    void updateActions();

    StudioSession* session_;
    Canvas* canvas_ = nullptr;
    QToolBar* toolbar_ = nullptr;
    QLabel* timecode_ = nullptr;
    QScrollBar* hScroll_ = nullptr;
    QScrollBar* vScroll_ = nullptr;
    QAction* split_ = nullptr;
    QAction* rippleDelete_ = nullptr;
    QAction* delete_ = nullptr;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;
    QAction* zoomIn_ = nullptr;
    QAction* zoomOut_ = nullptr;
    QAction* zoomFit_ = nullptr;
};

}  // namespace tessera::ui
