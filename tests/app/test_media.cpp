// Media import: every input the fuzzer kept (tests/fuzz/media; the first byte picks the file
// extension, as in tests/fuzz/fuzz_media.cpp) decodes or fails with MediaError, quickly.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "tessera/app/media.h"

namespace fs = std::filesystem;

TEST(MediaImport, FuzzCorpusDecodesOrFailsCleanly) {
    fs::path dir = fs::path(TESSERA_SOURCE_DIR) / "tests" / "fuzz" / "media";
    ASSERT_TRUE(fs::is_directory(dir)) << dir;
    static const char* kExt[] = {".mp4", ".webm", ".gif", ".png", ".jpg", ".mkv", ".avi", ".tif"};
    int files = 0, decoded = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        std::ifstream in(e.path(), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (bytes.empty()) continue;
        std::string path = (fs::temp_directory_path() / ("tessera-media-" + std::to_string(getpid()) +
                                                         kExt[static_cast<unsigned char>(bytes[0]) % 8]))
                               .string();
        std::ofstream(path, std::ios::binary).write(bytes.data() + 1, bytes.size() - 1);
        tessera::app::VideoReadLimits limits;
        limits.maxFrames = 16;
        limits.maxPixels = 512 * 512;
        limits.timeoutSeconds = 2;
        auto t0 = std::chrono::steady_clock::now();
        try {
            tessera::Clip c = tessera::app::readClip(path, limits);
            EXPECT_FALSE(c.frames.empty()) << e.path();
            ++decoded;
        } catch (const tessera::app::MediaError& err) {
            EXPECT_NE(std::string(err.what()).find(path), std::string::npos) << err.what();
        }
        EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 5.0) << e.path();
        fs::remove(path);
        ++files;
    }
    EXPECT_GE(files, 5);
    EXPECT_GE(decoded, 3);  // the seeds are valid files
}
