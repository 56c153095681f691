#pragma once
// The central preview: plays a clip, the current timeline (composited frame by frame on demand) or
// the live latent preview of a running job. Decoding and rendering run on worker threads; frames are
// letterboxed on a dark background. Transport follows the editors' habits: Space plays and pauses,
// J / K / L shuttle (again = faster, up to 4x), arrows step a frame, Home / End, I / O mark in and out
// points that loop playback when loop is on.
#include <QElapsedTimer>
#include <QIcon>
#include <QImage>
#include <QTimer>
#include <QWidget>
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

class QLabel;
class QThreadPool;
class QToolButton;

namespace tessera::app {
struct TimelineState;
}

namespace tessera::ui {

class StudioSession;
class FrameView;
class ScrubSlider;

class PreviewPlayer : public QWidget {
    Q_OBJECT
public:
    /// What the player shows.
    enum class Source { None, Clip, Timeline, Job };

    explicit PreviewPlayer(StudioSession* session, QWidget* parent = nullptr);
    ~PreviewPlayer() override;

    /// Shows a clip of the project from its first frame (decoded on a worker thread).
    void showClip(qint64 clipId);
    /// Shows the session's current timeline; frames are rendered on demand and the renderer is made
    /// again whenever the timeline changes. Positions are timeline frames then.
    void showTimeline();
    /// Shows a job: the live latent preview while it runs ("generating — step k/n"), its clip once done.
    void showJob(qint64 jobId);
    /// Shows nothing.
    void clear();

    Source source() const { return source_; }
    qint64 clipId() const { return clipId_; }
    qint64 jobId() const { return jobId_; }
    /// The current frame (0-based) and the number of frames of the clip or timeline.
    int64_t position() const { return position_; }
    int64_t frameCount() const { return frameCount_; }
    double fps() const { return fps_; }
    bool isPlaying() const { return speed_ != 0; }
    /// Signed playback speed in multiples of real time: 1, 2, 4 forward, -1, -2, -4 reverse, 0 paused.
    int speed() const { return speed_; }
    /// The in and out points (both inclusive); without marks the first and the last frame.
    int64_t inPoint() const;
    int64_t outPoint() const;
    bool loop() const { return loop_; }
    void setLoop(bool on);
    bool zoomToFit() const { return fit_; }
    void setZoomToFit(bool fit);
    /// The image shown now at its own size (null while nothing is decoded yet).
    QImage currentImage() const { return image_; }
    /// The text of the frame counter and of the timecode label.
    QString frameText() const;
    QString timecodeText() const;
    /// A frame as HH:MM:SS:FF at `fps` (non-drop; fractional rates count whole frames per second).
    static QString timecode(int64_t frame, double fps);

public Q_SLOTS:
    /// Goes to a frame (clamped to the clip or timeline); emits positionChanged when it moves.
    void seek(int64_t frame);
    /// Plays forward at normal speed (from the start or in point when at the end).
    void play();
    void pause();
    void togglePlay();
    /// L: plays forward, or doubles the forward speed (up to 4x).
    void shuttleForward();
    /// J: plays backward, or doubles the backward speed (up to 4x).
    void shuttleReverse();
    void stepForward();
    void stepBackward();
    void goToStart();
    void goToEnd();
    /// I / O: marks the current frame as the in / out point.
    void markIn();
    void markOut();
    void clearMarks();

Q_SIGNALS:
    /// The shown frame changed (by playback, a step, a seek or the scrub slider).
    void positionChanged(int64_t frame);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct RenderContext;

    void retranslate();
    void resetSource(Source source);
    void setPosition(int64_t frame, bool emitSignal = true);
    void startPlayback(int speed);
    void tick();
    void showFrame();
    void clipDecoded(quint64 serial, std::shared_ptr<const std::vector<QImage>> frames, double fps,
                     const QString& error);
    void requestTimelineFrame(int64_t t);
    void timelineFrameReady(quint64 serial, int64_t t, const QImage& image, const QString& error);
    void timelineEdited();
    void watchTimeline();
    void updateControls();
    void setOverlay(const QString& text);
    void setMessage(const QString& text);
    // The range playback stays in: [in, out] with loop on, else the whole clip or timeline.
    int64_t playFirst() const;
    int64_t playLast() const;

    StudioSession* session_;
    FrameView* view_;
    ScrubSlider* slider_;
    QLabel *frameLabel_, *timecodeLabel_, *speedLabel_;
    QToolButton *startButton_, *backButton_, *reverseButton_, *playButton_, *forwardButton_, *stepButton_, *endButton_,
        *inButton_, *outButton_, *loopButton_, *zoomButton_;
    QIcon playIcon_, pauseIcon_;
    std::unique_ptr<QThreadPool> pool_;

    Source source_ = Source::None;
    qint64 clipId_ = 0, jobId_ = 0;
    int64_t position_ = 0, frameCount_ = 0;
    double fps_ = 16;
    int64_t in_ = -1, out_ = -1;  // -1: not marked
    bool loop_ = false, fit_ = true;
    QImage image_;
    QString overlay_, message_;

    // Clip: every frame, decoded on a worker; serial_ tells a stale decode from the current one.
    std::shared_ptr<const std::vector<QImage>> frames_;
    quint64 serial_ = 0;

    // Timeline: one render at a time on a worker; the latest asked-for frame wins.
    std::shared_ptr<RenderContext> render_;
    std::shared_ptr<const app::TimelineState> timelineState_;
    bool renderFailed_ = false;  // the current timeline cannot be rendered (message shown) until it changes
    std::map<int64_t, QImage> timelineCache_;
    bool rendering_ = false;
    int64_t pendingFrame_ = -1;
    QMetaObject::Connection timelineConnection_;

    // Playback: positions follow the clock from an anchor, so a late tick drops frames instead of drifting.
    QTimer timer_;
    QElapsedTimer clock_;
    int speed_ = 0;
    int64_t anchorFrame_ = 0;
};

}  // namespace tessera::ui
