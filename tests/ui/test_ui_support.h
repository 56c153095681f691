#pragma once
// Shared by the studio's dock tests: a project in a temporary folder with real clips (MP4 files
// with recipes, as the queue stores them), opened in a StudioSession.
#include <QTemporaryDir>
#include <memory>
#include <nlohmann/json.hpp>

#include "tessera/app/media.h"
#include "tessera/app/project.h"
#include "tessera/ui/session.h"
#include "test_project_support.h"

namespace tessera::ui::testing {

/// A clip of `frames` frames of one colour (with a moving white bar so frames differ), stored as an
/// MP4 with a recipe whose prompt is `prompt`.
inline int64_t addSolidClip(app::ProjectLibrary& p, const std::string& prompt, int frames, uint8_t r, uint8_t g, uint8_t b,
                            int width = 64, int height = 48) {
    GenerationResult result = app::testing::fakeResult(prompt, 5, frames);
    result.clip.frames.clear();
    for (int i = 0; i < frames; ++i) {
        Frame f(width, height, r, g, b);
        for (int y = 0; y < height; ++y) {
            uint8_t* px = f.at((i * 4) % width, y);
            px[0] = px[1] = px[2] = 255;
        }
        result.clip.frames.push_back(std::move(f));
    }
    app::NewGeneratedClip c;
    c.file = p.storeMedia(".mp4", [&](const std::string& tmp) { app::writeClip(tmp, result.clip); });
    c.result = &result;
    c.requestJson = nlohmann::json{{"task", "t2v"}, {"prompt", prompt}, {"seed", 5}}.dump();
    return p.addGeneratedClip(c);
}

/// A session on a new project in a temporary folder.
struct SessionFixture {
    QTemporaryDir dir;
    StudioSession session;
    SessionFixture() { session.openProject(dir.filePath("project"), true); }
};

}  // namespace tessera::ui::testing
