// Media import: rotated video comes out upright, import reads a video's facts from its headers, and
// every input the fuzzer kept (tests/fuzz/media; the first byte picks the file extension, as in
// tests/fuzz/fuzz_media.cpp) decodes or fails with MediaError, quickly.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>

#include "tessera/app/library_import.h"
#include "tessera/app/media.h"
#include "test_project_support.h"

namespace fs = std::filesystem;
using namespace tessera;
using namespace tessera::app;
namespace support = tessera::app::testing;

namespace {

// Clips written by make_media_fixtures.sh.
std::string fixture(const std::string& name) {
    return (fs::path(TESSERA_MEDIA_FIXTURES) / name).string();
}

// Which corner of a frame the red quadrant of quadrant.mp4 is in: "TL", "TR", "BL", "BR" or "?".
std::string redCorner(const Frame& f) {
    auto red = [&](int x, int y) {
        const uint8_t* p = f.at(x, y);
        return p[0] > 180 && p[2] < 80;
    };
    const int r = f.width - 3, b = f.height - 3;
    std::string corner;
    if (red(2, 2)) corner += "TL";
    if (red(r, 2)) corner += "TR";
    if (red(2, b)) corner += "BL";
    if (red(r, b)) corner += "BR";
    return corner.size() == 2 ? corner : "?(" + corner + ")";
}

std::string errorOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const MediaError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

// Phones store portrait video sideways with a display rotation; every frame Tessera decodes (for
// conditioning, thumbnails, export) must be upright, as a player shows it.
TEST(MediaRotation, DecodedFramesComeOutUpright) {
    const std::map<int, std::string> corner = {{0, "TL"}, {90, "BL"}, {180, "BR"}, {270, "TR"}};
    for (const auto& [degrees, expected] : corner) {
        SCOPED_TRACE("rotation " + std::to_string(degrees));
        const std::string path = fixture(degrees ? "rotated" + std::to_string(degrees) + ".mp4" : "quadrant.mp4");
        const bool sideways = degrees == 90 || degrees == 270;
        Clip clip = readClip(path);
        ASSERT_EQ(clip.frameCount(), 9);
        EXPECT_EQ(clip.width(), sideways ? 48 : 64);
        EXPECT_EQ(clip.height(), sideways ? 64 : 48);
        for (const Frame& f : clip.frames) EXPECT_EQ(redCorner(f), expected);
        VideoInfo info = probeVideo(path);
        EXPECT_EQ(info.rotationDegrees, degrees);
        EXPECT_EQ(info.width, clip.width());
        EXPECT_EQ(info.height, clip.height());
        EXPECT_EQ(redCorner(info.firstFrame), expected);
    }
}

TEST(MediaImport, StoresRotationUprightSizeAndAnUprightThumbnail) {
    support::TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    const int64_t id = importFiles(*p, {fixture("rotated90.mp4")}).at(0).assetId;
    const AssetRecord a = p->asset(id);
    EXPECT_EQ(a.rotationDegrees, 90);
    EXPECT_EQ(a.width, 48);
    EXPECT_EQ(a.height, 64);
    EXPECT_EQ(a.frames, 9);
    const std::vector<uint8_t> png = p->assetThumbnail(id);
    ASSERT_FALSE(png.empty());
    support::writeFile(t / "thumb.png", std::string(png.begin(), png.end()));
    const Frame thumb = readImage(t / "thumb.png");
    EXPECT_LT(thumb.width, thumb.height) << "the thumbnail is upright (portrait)";
    EXPECT_EQ(redCorner(thumb), "BL");
    EXPECT_EQ(p->asset(importFiles(*p, {fixture("clip.mp4")}).at(0).assetId).rotationDegrees, 0);
}

// Import reads a video's facts from its headers and decodes one frame for the thumbnail, so a clip
// longer than the decode limit (2000 frames) is described as it is, quickly.
TEST(MediaImport, DescribesALongClipFromItsHeadersWithoutDecodingIt) {
    support::TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    for (const char* name : {"long2400.mp4", "long2400.mkv"}) {
        SCOPED_TRACE(name);
        const auto t0 = std::chrono::steady_clock::now();
        const AssetRecord a = p->asset(importFiles(*p, {fixture(name)}).at(0).assetId);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::cout << name << ": imported in " << seconds << " s\n";
        EXPECT_EQ(a.frames, 2400);
        EXPECT_DOUBLE_EQ(a.fps, 16.0);
        EXPECT_DOUBLE_EQ(a.durationSeconds, 150.0);
        EXPECT_EQ(a.width, 32);
        EXPECT_EQ(a.height, 24);
        EXPECT_FALSE(p->assetThumbnail(a.id).empty());
    }
}

TEST(MediaImport, RefusesTruncatedVideoNamingTheFile) {
    support::TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    for (const char* name : {"truncated.mp4", "truncated.mkv"}) {
        SCOPED_TRACE(name);
        const std::string path = fixture(name);
        const std::string e = errorOf([&] { importFiles(*p, {path}); });
        EXPECT_NE(e.find(path), std::string::npos) << e;
        EXPECT_NE(e.find("truncated"), std::string::npos) << e;
    }
    EXPECT_EQ(p->summary().assets, 0);
}

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
        // Import's probe of a video, as the fuzzer runs it.
        if (assetKindForPath(path) == AssetKind::Video) {
            try {
                const VideoInfo info = probeVideo(path, limits);
                EXPECT_FALSE(info.firstFrame.empty()) << e.path();
                EXPECT_GT(info.frames, 0) << e.path();
            } catch (const tessera::app::MediaError& err) {
                EXPECT_NE(std::string(err.what()).find(path), std::string::npos) << err.what();
            }
        }
        EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 5.0) << e.path();
        fs::remove(path);
        ++files;
    }
    EXPECT_GE(files, 5);
    EXPECT_GE(decoded, 3);  // the seeds are valid files
}
