#pragma once
// Shared by the project and queue tests: temporary folders, a fake generation result shaped like the
// engine's, and running a check in a child process (for limits and other users).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "tessera/app/project.h"

namespace tessera::app::testing {

namespace fs = std::filesystem;

/// A fresh folder under the system temp dir, removed (made writable first) when the test ends.
class TempDir {
public:
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "tessera-test-XXXXXX").string();
        path_ = ::mkdtemp(tmpl.data());
        fs::permissions(path_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                   fs::perms::others_read | fs::perms::others_exec);
    }
    ~TempDir() {
        std::error_code ec;
        for (auto& e : fs::recursive_directory_iterator(path_, ec))
            fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path_, ec);
    }
    std::string path() const { return path_.string(); }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }

private:
    fs::path path_;
};

inline void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

/// A result shaped like the engine's: `frames` frames of a colour ramp, F32 latents, a full recipe.
inline GenerationResult fakeResult(const std::string& prompt, int64_t seed, int frames = 5) {
    GenerationResult r;
    r.clip.fps = 16;
    for (int i = 0; i < frames; ++i) r.clip.frames.emplace_back(64, 48, uint8_t(40 * i), 128, uint8_t(255 - 40 * i));
    r.latents.dtype = "F32";
    r.latents.shape = {4, 2, 6, 8};
    r.latents.bytes.resize(4 * 2 * 6 * 8 * 4);
    for (size_t i = 0; i < r.latents.bytes.size(); ++i) r.latents.bytes[i] = static_cast<uint8_t>(i * 7 + seed);
    r.prompt = prompt;
    r.enhancedPrompt = prompt + ", detailed";
    r.seed = seed;
    r.timingsSeconds = {{"sample", 0.5}, {"total", 0.75}};
    r.recipeJson = nlohmann::json{
        {"engine", "0.1.0"},
        {"model", {{"name", "random"}, {"hash", "abc123"}}},
        {"task", "t2v"},
        {"prompt", prompt},
        {"enhanced_prompt", r.enhancedPrompt},
        {"negative_prompt", ""},
        {"seed", seed},
        {"steps", 2},
        {"guidance", 5.0},
        {"shift", 3.0},
        {"sampler", "unipc"},
        {"width", 64},
        {"height", 48},
        {"frames", frames},
        {"fps", 16.0},
        {"strength", 0.7},
        {"device", "cpu"},
        {"dtype",
         "float32"}}.dump();
    return r;
}

/// Stores a fake media file (its content derives from `content`) and the generation as a clip.
inline int64_t addFakeClip(ProjectLibrary& p, const std::string& prompt, int64_t seed,
                           const std::map<std::string, InputRef>& inputs = {}, int64_t jobId = 0) {
    GenerationResult r = fakeResult(prompt, seed);
    NewGeneratedClip c;
    c.file = p.storeMedia(".mp4",
                          [&](const std::string& tmp) { writeFile(tmp, "fake mp4 " + prompt + std::to_string(seed)); });
    c.result = &r;
    c.requestJson = nlohmann::json{{"task", "t2v"}, {"prompt", prompt}, {"seed", seed}}.dump();
    c.inputs = inputs;
    c.jobId = jobId;
    return p.addGeneratedClip(c);
}

/// Runs `fn` in a child process and returns its exit code (fn's return value; 100 if it threw).
inline int inChild(const std::function<int()>& fn) {
    std::cout.flush();
    pid_t pid = ::fork();
    if (pid == 0) {
        int rc = 100;
        try {
            rc = fn();
        } catch (const std::exception& e) {
            std::cerr << "child threw: " << e.what() << "\n";
        }
        std::cerr.flush();
        ::_exit(rc);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 200 + WTERMSIG(status);
}

}  // namespace tessera::app::testing
