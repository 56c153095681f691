// Schema migrations: every older schema version has a fixture project in tests/app/fixtures/v<N>/, made
// by the code of that version (ProjectFixtures.DISABLED_WriteVersion1 below wrote v1). Opening one
// must migrate it forward with nothing lost, in one transaction per step.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <csignal>
#include <regex>

#include "project/codecs.h"
#include "project/database.h"
#include "project/schema.h"
#include "tessera/app/queue.h"
#include "test_project_support.h"
#include "util/sha256.h"

using namespace tessera;
using namespace tessera::app;
using namespace tessera::app::testing;

namespace {

const std::string kFixtures = TESSERA_PROJECT_FIXTURES;

int64_t rawInt(const std::string& dbPath, const std::string& sql) {
    Database db(dbPath, SQLITE_OPEN_READONLY, dbPath);
    return db.queryInt(sql);
}

std::vector<std::string> schemaOf(Database& db) {
    std::vector<std::string> out;
    auto st = db.prepare(
        "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    while (st.step()) out.push_back(st.text(0));
    return out;
}

// The fixture folders: "v1" -> 1, ...
std::map<int, std::string> fixtureVersions() {
    std::map<int, std::string> out;
    std::regex name("v([0-9]+)");
    for (const auto& e : fs::directory_iterator(kFixtures)) {
        std::smatch m;
        const std::string n = e.path().filename().string();
        if (e.is_directory() && std::regex_match(n, m, name)) out[std::stoi(m[1])] = e.path().string();
    }
    return out;
}

std::string copyFixture(const TempDir& t, const std::string& from) {
    const std::string dir = t / "project";
    fs::copy(from, dir, fs::copy_options::recursive);
    return dir;
}

}  // namespace

TEST(ProjectMigrations, EveryOlderSchemaVersionHasAFixture) {
    auto fixtures = fixtureVersions();
    for (int v = 1; v < kSchemaVersion; ++v)
        EXPECT_TRUE(fixtures.count(v)) << "tests/app/fixtures/v" << v << " is missing: write it with the code of "
                                       << "that version before adding a migration";
    EXPECT_EQ(migrations().back().version, kSchemaVersion);
}

TEST(ProjectMigrations, EveryFixtureOpensMigratedWithNothingLost) {
    for (const auto& [version, path] : fixtureVersions()) {
        SCOPED_TRACE("fixture v" + std::to_string(version));
        TempDir t;
        const std::string dir = copyFixture(t, path);
        const std::string db = dir + "/project.tessera";
        ASSERT_EQ(rawInt(db, "PRAGMA user_version"), version);
        const int64_t clips = rawInt(db, "SELECT count(*) FROM clips");
        const int64_t jobs = rawInt(db, "SELECT count(*) FROM jobs");
        const int64_t assets = rawInt(db, "SELECT count(*) FROM assets");
        ASSERT_GT(clips, 0);

        auto p = ProjectLibrary::open(dir);
        const auto& notes = p->notes();
        EXPECT_TRUE(std::any_of(notes.begin(), notes.end(),
                                [](const std::string& n) { return n.find("upgraded") != std::string::npos; }));
        auto s = p->summary();
        EXPECT_EQ(s.schemaVersion, kSchemaVersion);
        EXPECT_EQ(s.clips, clips);
        EXPECT_EQ(s.assets, assets);
        EXPECT_EQ(p->database().queryInt("SELECT count(*) FROM jobs"), jobs);
        EXPECT_EQ(p->database().queryInt("SELECT count(*) FROM schema_version"), kSchemaVersion);
        EXPECT_TRUE(p->check().ok());

        // What was there before the search index existed is found by it.
        auto hits = p->search("lighthouse");
        ASSERT_EQ(hits.size(), 1u);
        EXPECT_EQ(p->clip(hits[0].clipId).tags, (std::vector<std::string>{"coast", "night"}));
        for (const auto& c : p->clips()) {
            LatentBlob l = p->latents(c.generationId);
            EXPECT_EQ(l.shape, (std::vector<int64_t>{4, 2, 6, 8}));
        }
        // Latents left the database for media/ files (version 3), and check() verifies those files.
        EXPECT_EQ(p->database().queryInt("SELECT count(*) FROM latents WHERE media IS NULL OR length(data) > 0"), 0);
        EXPECT_EQ(p->database().queryInt("SELECT count(*) FROM latents"), clips);
        EXPECT_EQ(p->check().filesChecked, clips + assets + clips);
        // Assets from before version 4 have no recorded rotation.
        for (const AssetRecord& a : p->assets()) EXPECT_EQ(a.rotationDegrees, 0);
        // The copy from before the upgrade is in backups/ and still has the old version.
        auto backups = p->backups();
        ASSERT_FALSE(backups.empty());
        EXPECT_EQ(rawInt(dir + "/backups/" + backups.front(), "PRAGMA user_version"), version);

        // The queue carries on: the job left running in the fixture goes back to the queue.
        JobQueue q(*p);
        EXPECT_EQ(q.recoverInterrupted(3), 1);
        EXPECT_EQ(q.count(JobState::Running), 0);

        p.reset();
        auto again = ProjectLibrary::open(dir);
        for (const auto& n : again->notes()) {
            EXPECT_EQ(n.find("upgraded"), std::string::npos) << n;
            EXPECT_EQ(n.find("moved"), std::string::npos) << n;
        }
        EXPECT_TRUE(again->check().ok());
    }
}

TEST(ProjectMigrations, AMigratedProjectHasTheSchemaOfANewOne) {
    auto fixtures = fixtureVersions();
    ASSERT_FALSE(fixtures.empty());
    TempDir t;
    auto fresh = ProjectLibrary::create(t / "fresh");
    auto migrated = ProjectLibrary::open(copyFixture(t, fixtures.begin()->second));
    EXPECT_EQ(schemaOf(migrated->database()), schemaOf(fresh->database()));
}

TEST(ProjectMigrations, AnInterruptedUpgradeLeavesTheOldVersionThatUpgradesLater) {
    auto fixtures = fixtureVersions();
    ASSERT_FALSE(fixtures.empty());
    TempDir t;
    const std::string dir = copyFixture(t, fixtures.begin()->second);
    const int version = fixtures.begin()->first;
    // The disk fills while upgrading: no file may grow past 16 KiB.
    const int rc = inChild([&] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit lim{16 * 1024, 16 * 1024};
        setrlimit(RLIMIT_FSIZE, &lim);
        try {
            ProjectLibrary::open(dir);
        } catch (const ProjectError& e) {
            std::string m = e.what();
            return m.find("upgrading the project from schema version") != std::string::npos ? 0 : 3;
        }
        return 4;
    });
    EXPECT_EQ(rc, 0);
    EXPECT_EQ(rawInt(dir + "/project.tessera", "PRAGMA user_version"), version);
    auto p = ProjectLibrary::open(dir);
    EXPECT_EQ(p->summary().schemaVersion, kSchemaVersion);
    EXPECT_TRUE(p->check().ok());
}

TEST(ProjectMigrations, MovingLatentsOutOfTheDatabaseStopsCleanlyAndResumes) {
    auto fixtures = fixtureVersions();
    ASSERT_TRUE(fixtures.count(2));
    TempDir t;
    const std::string dir = copyFixture(t, fixtures.at(2));
    const std::string db = dir + "/project.tessera";
    ProjectLibrary::open(dir, OpenOptions{false, 5000, false});  // upgrades; moves nothing without maintenance
    ASSERT_EQ(rawInt(db, "SELECT count(*) FROM latents WHERE media IS NULL"), 3);
    {
        // Another process writes all the while: the files are written, their rows cannot be.
        Database other(db, SQLITE_OPEN_READWRITE, db);
        other.exec("BEGIN IMMEDIATE");
        auto p = ProjectLibrary::open(dir, OpenOptions{false, 200, true});
        const auto& notes = p->notes();
        EXPECT_TRUE(std::any_of(notes.begin(), notes.end(), [](const std::string& n) {
            return n.find("moving latents out of the database stopped") != std::string::npos;
        }));
        other.exec("ROLLBACK");
    }
    EXPECT_EQ(rawInt(db, "SELECT count(*) FROM latents WHERE media IS NULL"), 3);
    auto p = ProjectLibrary::open(dir);
    EXPECT_EQ(p->database().queryInt("SELECT count(*) FROM latents WHERE media IS NULL"), 0);
    for (const auto& c : p->clips()) EXPECT_EQ(p->latents(c.generationId).shape, (std::vector<int64_t>{4, 2, 6, 8}));
    auto report = p->check();
    EXPECT_TRUE(report.ok());
    EXPECT_TRUE(report.unreferencedFiles.empty());
    EXPECT_TRUE(report.temporaries.empty());
}

namespace {

// Writes a fixture project with the schema of `version` (migration steps 1..version, which are never
// edited, so this is what that version wrote): three clips with generations, latents and tags, an
// image asset, recipe inputs, a done, a running and a queued job, and a timeline.
void writeFixtureProject(const std::string& dir, int version) {
    fs::remove_all(dir);
    fs::create_directories(dir + "/media");
    auto media = [&](const std::string& content, const std::string& ext) {
        Sha256 h;
        h.update(content);
        const std::string sha = h.hexDigest();
        writeFile(dir + "/media/" + sha + ext, content);
        return std::make_pair(sha + ext, sha);
    };
    Database db(dir + "/project.tessera", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, dir);
    migrate(db, 0, version, "0.1.0");
    db.write([&] {
        db.exec("INSERT INTO settings(key, value) VALUES ('created_by', '0.1.0'), ('created_at', '1735689600000')");
        auto [imageName, imageSha] = media("a still image", ".png");
        db.prepare(
              "INSERT INTO assets(id, kind, name, source_path, media, sha256, size_bytes, width, height, frames, "
              "created_at) VALUES (1, 'image', 'boat.png', '/home/user/boat.png', ?, ?, 13, 64, 48, 1, 1)")
            .bind(imageName, imageSha)
            .run();
        const char* prompts[] = {"a lighthouse on a cliff at night", "a boat sailing past the rocks",
                                 "the boat turns towards the harbour"};
        for (int i = 1; i <= 3; ++i) {
            GenerationResult r = fakeResult(prompts[i - 1], 100 + i);
            db.prepare(
                  "INSERT INTO generations(id, recipe, request, model_name, model_hash, model_path, task, prompt, "
                  "enhanced_prompt, negative_prompt, seed, steps, guidance, shift, sampler, width, height, frames, "
                  "fps, strength, engine_version, device, dtype, timings, created_at) VALUES (?, ?, ?, 'random', "
                  "'abc123', '/models/random', ?, ?, ?, '', ?, 2, 5.0, 3.0, 'unipc', 64, 48, 5, 16, 0.7, '0.1.0', "
                  "'cpu', 'float32', '{\"total\": 0.75}', ?)")
                .bind(i, r.recipeJson, std::string("{\"task\": \"t2v\"}"), std::string(i == 1 ? "t2v" : "i2v"),
                      r.prompt, r.enhancedPrompt, r.seed, int64_t(1735689600000 + i))
                .run();
            auto packed = compressZstd(r.latents.bytes);
            if (version >= 3) {  // a file in media/
                auto [latentsName, latentsSha] = media(std::string(packed.begin(), packed.end()), ".zst");
                db.prepare(
                      "INSERT INTO latents(generation_id, dtype, shape, codec, raw_bytes, data, media, sha256) "
                      "VALUES (?, 'F32', '[4,2,6,8]', 'zstd', ?, x'', ?, ?)")
                    .bind(i, static_cast<int64_t>(r.latents.bytes.size()), latentsName, latentsSha)
                    .run();
            } else {
                db.prepare(
                      "INSERT INTO latents(generation_id, dtype, shape, codec, raw_bytes, data) VALUES "
                      "(?, 'F32', '[4,2,6,8]', 'zstd', ?, ?)")
                    .bind(i, static_cast<int64_t>(r.latents.bytes.size()), BlobRef{packed.data(), packed.size()})
                    .run();
            }
            auto [name, sha] = media(std::string("clip ") + prompts[i - 1], ".mp4");
            db.prepare(
                  "INSERT INTO clips(id, media, sha256, size_bytes, width, height, frames, fps, duration_seconds, "
                  "created_at, parent_clip_id, generation_id) VALUES (?, ?, ?, ?, 64, 48, 5, 16, 0.3125, ?, ?, ?)")
                .bind(i, name, sha, static_cast<int64_t>(fs::file_size(dir + "/media/" + name)),
                      int64_t(1735689600000 + i), i == 3 ? std::optional<int64_t>(2) : std::nullopt, i)
                .run();
        }
        db.exec(
            "INSERT INTO generation_inputs(generation_id, role, asset_id, clip_id) VALUES (2, 'image', 1, NULL), "
            "(3, 'video', NULL, 2)");
        db.exec("INSERT INTO clip_tags(clip_id, tag) VALUES (1, 'night'), (1, 'coast')");
        db.exec(
            "INSERT INTO jobs(id, position, state, request, prompt, task, created_at, clip_id, attempts) VALUES "
            "(1, 1, 'done', '{\"task\": \"t2v\", \"seed\": 101}', 'a lighthouse on a cliff at night', 't2v', 1, 1, "
            "1), (2, 2, 'running', '{\"task\": \"t2v\", \"seed\": 7}', 'gulls', 't2v', 2, NULL, 1), "
            "(3, 3, 'queued', '{\"task\": \"t2v\", \"seed\": -1}', 'waves', 't2v', 3, NULL, 0)");
        db.exec(
            "INSERT INTO timelines(id, name, width, height, fps, created_at) VALUES (1, 'Cut 1', 64, 48, 16, 1); "
            "INSERT INTO tracks(id, timeline_id, kind, position) VALUES (1, 1, 'video', 0); "
            "INSERT INTO items(track_id, clip_id, start_frame, in_frame, out_frame) VALUES (1, 1, 0, 0, 5)");
    });
    db.exec("PRAGMA journal_mode = DELETE");
    db.exec("VACUUM");
}

std::string fixtureOut() {
    const char* out = std::getenv("TESSERA_FIXTURE_OUT");
    return out ? out : "";
}

}  // namespace

// Write tests/app/fixtures/v<N> with the version N schema. Run by hand (with
// --gtest_also_run_disabled_tests and TESSERA_FIXTURE_OUT=<folder>) only when a fixture must be
// remade; the committed files are what older Tesseras wrote.
TEST(ProjectFixtures, DISABLED_WriteVersion1) {
    ASSERT_FALSE(fixtureOut().empty()) << "set TESSERA_FIXTURE_OUT to the folder to write";
    writeFixtureProject(fixtureOut(), 1);
}

TEST(ProjectFixtures, DISABLED_WriteVersion2) {
    ASSERT_FALSE(fixtureOut().empty()) << "set TESSERA_FIXTURE_OUT to the folder to write";
    writeFixtureProject(fixtureOut(), 2);
}

TEST(ProjectFixtures, DISABLED_WriteVersion3) {
    ASSERT_FALSE(fixtureOut().empty()) << "set TESSERA_FIXTURE_OUT to the folder to write";
    writeFixtureProject(fixtureOut(), 3);
}
