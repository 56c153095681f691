// How long the studio's event loop stalls while a generation runs (issue #8: <= 50 ms).
// Opens the main window offscreen on a temporary project, queues generations on MODEL and samples
// the event loop with a 2 ms timer: a stall is the time between two timer callbacks beyond the
// interval. Prints the longest stall, the 99th percentile and how many exceeded 50 ms, measured
// only while a job is running. Usage: bench_ui_stall MODEL_DIR [STEPS] [JOBS]
#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "tessera/app/queue.h"
#include "tessera/engine.h"
#include "tessera/ui/main_window.h"
#include "tessera/ui/prompt_panel.h"
#include "tessera/ui/session.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_ui_stall MODEL_DIR [STEPS] [JOBS]\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    tessera::initEngine();
    const int steps = argc > 2 ? std::atoi(argv[2]) : 20;
    const int jobs = argc > 3 ? std::atoi(argv[3]) : 2;
    QTemporaryDir dir;
    tessera::ui::MainWindow w;
    w.show();
    if (!w.openProject(dir.filePath("bench"), true)) return 1;
    auto* s = w.session();
    s->setModelPath(QString::fromLocal8Bit(argv[1]));
    tessera::app::JobSpec spec;
    spec.model = argv[1];
    spec.request.prompt = "a large red circle bouncing on a white background";
    spec.request.steps = steps;
    const auto ids = s->enqueue(spec, jobs);

    std::vector<double> stalls;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        bool running = false;
        for (qint64 id : ids) running |= s->queue().job(id).state == tessera::app::JobState::Running;
        if (running) stalls.push_back(std::max(0.0, (now - last) / 1e6 - 2.0));
        last = clock.nsecsElapsed();  // the state query itself is not a stall of the studio
        bool finished = true;
        for (qint64 id : ids) {
            const auto st = s->queue().job(id).state;
            finished &= st != tessera::app::JobState::Running && st != tessera::app::JobState::Queued;
        }
        if (finished) app.quit();
    });
    tick.start();
    QTimer::singleShot(600000, &app, &QApplication::quit);
    app.exec();
    if (stalls.empty()) {
        std::printf("no samples while a job ran (did the jobs fail? check the model path)\n");
        return 1;
    }
    std::sort(stalls.begin(), stalls.end());
    const double p99 = stalls[size_t(stalls.size() * 0.99)];
    const auto over = std::count_if(stalls.begin(), stalls.end(), [](double v) { return v > 50; });
    std::printf("ui event loop during %d generation(s) of %d steps: %zu samples, longest stall %.1f ms, p99 %.1f ms, "
                "%ld stalls over 50 ms\n",
                jobs, steps, stalls.size(), stalls.back(), p99, long(over));
    return 0;
}
