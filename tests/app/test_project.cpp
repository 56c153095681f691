// The project library: creation, refusals, clips and their recipes, search, backups, maintenance and
// the failure cases (read-only folder, full disk, a second user).
#include <gtest/gtest.h>
#include <pwd.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <csignal>
#include <random>
#include <thread>

#include "project/database.h"
#include "test_project_support.h"
#include "util/sha256.h"

using namespace tessera;
using namespace tessera::app;
using namespace tessera::app::testing;

namespace {

std::string errorOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const ProjectError& e) {
        return e.what();
    }
    return "(no error)";
}

int64_t rawInt(const std::string& dbPath, const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(dbPath.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

void rawExec(const std::string& dbPath, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(dbPath.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
    sqlite3_close(db);
}

// Hashes of every file in a folder tree, to prove that nothing changed.
std::map<std::string, std::string> snapshot(const std::string& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) out[e.path().string()] = sha256File(e.path().string());
    return out;
}

}  // namespace

TEST(ProjectCreate, MakesDatabaseMediaAndBackupsInWalMode) {
    TempDir t;
    const std::string dir = t / "p";
    auto p = ProjectLibrary::create(dir);
    EXPECT_TRUE(fs::is_regular_file(dir + "/project.tessera"));
    EXPECT_TRUE(fs::is_directory(dir + "/media"));
    EXPECT_TRUE(fs::is_directory(dir + "/backups"));
    EXPECT_FALSE(p->readOnly());
    auto s = p->summary();
    EXPECT_EQ(s.schemaVersion, kSchemaVersion);
    EXPECT_EQ(s.clips, 0);
    EXPECT_EQ(s.synchronous, "normal");
    EXPECT_EQ(p->database().queryInt("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(p->database().queryInt("PRAGMA synchronous"), 1);  // NORMAL
    auto st = p->database().prepare("PRAGMA journal_mode");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), "wal");
    p->waitForBackup();
    EXPECT_EQ(p->backups().size(), 1u) << "a backup is made when a project is opened";
}

TEST(ProjectCreate, RefusesAFolderThatHoldsAProject) {
    TempDir t;
    ProjectLibrary::create(t / "p");
    EXPECT_NE(errorOf([&] { ProjectLibrary::create(t / "p"); }).find("already holds a project"), std::string::npos);
}

TEST(ProjectOpen, RefusesAFolderWithoutAProject) {
    TempDir t;
    fs::create_directories(t / "empty");
    EXPECT_NE(errorOf([&] { ProjectLibrary::open(t / "empty"); }).find("has no project.tessera"), std::string::npos);
    EXPECT_NE(errorOf([&] { ProjectLibrary::open(t / "nope"); }).find("no such folder"), std::string::npos);
}

TEST(ProjectOpen, RefusesGarbageAndLeavesItAsItWas) {
    TempDir t;
    fs::create_directories(t / "p");
    std::string garbage(4096, '\0');
    for (size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>(i * 131 + 7);
    writeFile(t / "p/project.tessera", garbage);
    auto before = snapshot(t / "p");
    EXPECT_NE(errorOf([&] { ProjectLibrary::open(t / "p"); }).find("is not a Tessera project (it is not an SQLite"),
              std::string::npos);
    EXPECT_EQ(snapshot(t / "p"), before);

    writeFile(t / "p/project.tessera", "");
    EXPECT_NE(errorOf([&] { ProjectLibrary::open(t / "p"); }).find("is empty"), std::string::npos);
    writeFile(t / "p/project.tessera", "SQLite format 3");  // a truncated header
    EXPECT_NE(errorOf([&] { ProjectLibrary::open(t / "p"); }).find("not an SQLite database"), std::string::npos);
}

TEST(ProjectOpen, RefusesAnotherProgramsDatabaseUnchanged) {
    TempDir t;
    fs::create_directories(t / "p");
    rawExec(t / "p/project.tessera", "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Ada');");
    auto before = snapshot(t / "p");
    std::string e = errorOf([&] { ProjectLibrary::open(t / "p"); });
    EXPECT_NE(e.find("SQLite database of another program (application id 0x00000000)"), std::string::npos) << e;
    EXPECT_EQ(snapshot(t / "p"), before);
}

TEST(ProjectOpen, RefusesAProjectFromANewerTesseraUnchanged) {
    TempDir t;
    ProjectLibrary::create(t / "p");
    rawExec(t / "p/project.tessera",
            "PRAGMA journal_mode = DELETE; PRAGMA user_version = 7; "
            "INSERT INTO schema_version VALUES (7, 0, '9.9.0', 'from the future')");
    auto before = snapshot(t / "p");
    std::string e = errorOf([&] { ProjectLibrary::open(t / "p"); });
    EXPECT_NE(e.find("made by a newer Tessera"), std::string::npos) << e;
    EXPECT_NE(e.find("schema version 7"), std::string::npos) << e;
    EXPECT_NE(e.find("Nothing was changed"), std::string::npos) << e;
    EXPECT_EQ(snapshot(t / "p"), before);
}

TEST(ProjectOpen, RefusesANewerVersionThatIsOnlyInTheWal) {
    TempDir t;
    ProjectLibrary::create(t / "p");
    // The header still says 2; the newer version sits in an uncheckpointed WAL.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((t / "p/project.tessera").c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = 9;", nullptr, nullptr, nullptr);
    std::string e = errorOf([&] { ProjectLibrary::open(t / "p"); });
    sqlite3_close(db);
    EXPECT_NE(e.find("schema version 9"), std::string::npos) << e;
}

TEST(ProjectClips, StoresAGenerationWithRecipeLatentsAndThumbnail) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    const GenerationResult r = fakeResult("a red ball bouncing", 42);
    const int64_t id = addFakeClip(*p, "a red ball bouncing", 42);
    ClipRecord c = p->clip(id);
    EXPECT_EQ(c.width, 64);
    EXPECT_EQ(c.height, 48);
    EXPECT_EQ(c.frames, 5);
    EXPECT_DOUBLE_EQ(c.fps, 16);
    EXPECT_DOUBLE_EQ(c.durationSeconds, 5.0 / 16);
    EXPECT_EQ(c.prompt, "a red ball bouncing");
    EXPECT_EQ(c.file.name, c.file.sha256 + ".mp4");
    EXPECT_EQ(sha256File(p->mediaPath(c.file.name)), c.file.sha256);
    GenerationRecord g = p->generation(c.generationId);
    EXPECT_EQ(g.seed, 42);
    EXPECT_EQ(g.steps, 2);
    EXPECT_EQ(g.sampler, "unipc");
    EXPECT_EQ(g.modelName, "random");
    EXPECT_EQ(g.modelHash, "abc123");
    EXPECT_EQ(g.enhancedPrompt, "a red ball bouncing, detailed");
    EXPECT_EQ(g.device, "cpu");
    EXPECT_DOUBLE_EQ(g.timingsSeconds.at("total"), 0.75);
    EXPECT_EQ(g.recipeJson, r.recipeJson);
    LatentBlob l = p->latents(c.generationId);
    EXPECT_EQ(l.dtype, "F32");
    EXPECT_EQ(l.shape, r.latents.shape);
    EXPECT_EQ(l.bytes, r.latents.bytes) << "latents come back bit for bit";
    auto png = p->clipThumbnail(id);
    ASSERT_GT(png.size(), 8u);
    EXPECT_EQ(std::string(png.begin() + 1, png.begin() + 4), "PNG");
}

TEST(ProjectClips, RefusesLatentsThatDoNotMatchTheirShapeAndStoresNothing) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    GenerationResult r = fakeResult("x", 1);
    r.latents.shape = {4, 2, 6, 9};
    NewGeneratedClip c;
    c.file = p->storeMedia(".mp4", [](const std::string& tmp) { writeFile(tmp, "x"); });
    c.result = &r;
    EXPECT_NE(errorOf([&] { p->addGeneratedClip(c); }).find("shape and dtype need"), std::string::npos);
    EXPECT_EQ(p->summary().clips, 0);
}

TEST(ProjectClips, AFailedActionLeavesNoRowBehind) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    // The job to finish does not exist: the whole action (generation, latents, clip) rolls back.
    EXPECT_NE(errorOf([&] { addFakeClip(*p, "lost", 1, {}, 999); }).find("job 999 is gone"), std::string::npos);
    auto s = p->summary();
    EXPECT_EQ(s.clips, 0);
    EXPECT_EQ(s.generations, 0);
    EXPECT_EQ(p->database().queryInt("SELECT count(*) FROM latents"), 0);
}

TEST(ProjectClips, UpdatesFavouriteRatingTagsAndTitle) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    const int64_t id = addFakeClip(*p, "x", 1);
    ClipChanges ch;
    ch.favourite = true;
    ch.rating = 4;
    ch.tags = std::vector<std::string>{"sky", "intro", "sky"};
    ch.title = "Opening";
    p->updateClip(id, ch);
    ClipRecord c = p->clip(id);
    EXPECT_TRUE(c.favourite);
    EXPECT_EQ(c.rating, 4);
    EXPECT_EQ(c.tags, (std::vector<std::string>{"intro", "sky"}));
    EXPECT_EQ(c.title, "Opening");
    ClipFilter f;
    f.tag = "sky";
    EXPECT_EQ(p->clips(f).size(), 1u);
    f.tag = "ground";
    EXPECT_EQ(p->clips(f).size(), 0u);
    ClipChanges bad;
    bad.rating = 6;
    EXPECT_NE(errorOf([&] { p->updateClip(id, bad); }).find("0 (none) to 5"), std::string::npos);
    EXPECT_EQ(p->clip(id).rating, 4);
}

TEST(ProjectClips, DeleteRefusesAClipAnotherRecipeUsesAndDeletesBothTogether) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    const int64_t a = addFakeClip(*p, "first shot", 1);
    const int64_t b = addFakeClip(*p, "first shot extended", 2, {{"video", InputRef{0, a}}});
    EXPECT_EQ(p->generation(p->clip(b).generationId).inputs.at("video").clipId, a);
    std::string e = errorOf([&] { p->deleteClips({a}); });
    EXPECT_NE(e.find("clip " + std::to_string(a) + " is the video input of clip " + std::to_string(b)),
              std::string::npos)
        << e;
    EXPECT_EQ(p->summary().clips, 2);
    p->deleteClips({a, b});
    auto s = p->summary();
    EXPECT_EQ(s.clips, 0);
    EXPECT_EQ(s.generations, 0);
    EXPECT_EQ(p->database().queryInt("SELECT count(*) FROM latents"), 0);
    EXPECT_EQ(p->database().queryInt("SELECT count(*) FROM thumbnails"), 0);
    EXPECT_NE(errorOf([&] { p->clip(a); }).find("there is no clip"), std::string::npos);
}

TEST(ProjectSearch, FindsClipsByPromptWordsAndPrefixes) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    const int64_t ball = addFakeClip(*p, "a red ball bouncing on grass", 1);
    const int64_t sea = addFakeClip(*p, "waves on a stormy sea at night", 2);
    addFakeClip(*p, "a blue cube spinning", 3);
    auto hits = p->search("red ball");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].clipId, ball);
    EXPECT_NE(hits[0].snippet.find("[red]"), std::string::npos) << hits[0].snippet;
    hits = p->search("storm");  // a word's start
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].clipId, sea);
    EXPECT_EQ(p->search("on").size(), 2u);
    EXPECT_TRUE(p->search("giraffe").empty());
    EXPECT_TRUE(p->search("\"*:()").empty()) << "query syntax in the text is taken as words, never as syntax";
    EXPECT_EQ(p->search("detailed").size(), 3u) << "the enhanced prompt is searched too";
    p->deleteClips({ball});
    EXPECT_TRUE(p->search("red ball").empty());
}

TEST(ProjectSettings, SynchronousFullIsKeptAndApplied) {
    TempDir t;
    {
        auto p = ProjectLibrary::create(t / "p");
        p->setSetting("synchronous", "full");
        EXPECT_EQ(p->database().queryInt("PRAGMA synchronous"), 2);
        EXPECT_NE(errorOf([&] { p->setSetting("synchronous", "off"); }).find("'normal' or 'full'"), std::string::npos);
        EXPECT_NE(errorOf([&] { p->setSetting("colour", "red"); }).find("unknown project setting"), std::string::npos);
    }
    auto p = ProjectLibrary::open(t / "p");
    EXPECT_EQ(p->database().queryInt("PRAGMA synchronous"), 2);
    EXPECT_EQ(p->summary().synchronous, "full");
}

TEST(ProjectBackups, KeepsTheNewestFiveAndEachOpensAsAProject) {
    TempDir t;
    ProjectLibrary::create(t / "p")->waitForBackup();
    for (int i = 0; i < 7; ++i) {
        auto p = ProjectLibrary::open(t / "p");
        addFakeClip(*p, "clip " + std::to_string(i), i);
        p->waitForBackup();
        p->backupNow();
    }
    auto p = ProjectLibrary::open(t / "p");
    p->waitForBackup();
    auto names = p->backups();
    ASSERT_EQ(names.size(), 5u);
    // The newest backup holds all seven clips and opens as a project of its own.
    fs::create_directories(t / "restored");
    fs::copy_file(t / ("p/backups/" + names.back()), t / "restored/project.tessera");
    auto restored = ProjectLibrary::open(t / "restored", OpenOptions{});
    EXPECT_EQ(restored->summary().clips, 7);
    EXPECT_TRUE(restored->check().integrityOk);
}

TEST(ProjectBackups, LatentsStayOutOfEveryBackupAndComeBackWithARestore) {
    TempDir t;
    const std::string dir = t / "p";
    std::map<int64_t, std::vector<uint8_t>> originals;  // generation id -> latents
    int64_t latentBytes = 0;
    {
        auto p = ProjectLibrary::create(dir);
        std::mt19937 rng(7);
        for (int i = 0; i < 8; ++i) {
            GenerationResult r = fakeResult("clip " + std::to_string(i), i);
            r.latents.shape = {16, 2, 64, 64};  // 512 KiB of F32 noise, which zstd cannot shrink, like real latents
            r.latents.bytes.resize(16 * 2 * 64 * 64 * 4);
            for (auto& b : r.latents.bytes) b = static_cast<uint8_t>(rng());
            NewGeneratedClip c;
            c.file =
                p->storeMedia(".mp4", [&](const std::string& tmp) { writeFile(tmp, "clip " + std::to_string(i)); });
            c.result = &r;
            c.requestJson = "{}";
            originals[p->clip(p->addGeneratedClip(c)).generationId] = r.latents.bytes;
            latentBytes += static_cast<int64_t>(r.latents.bytes.size());
        }
        p->waitForBackup();
        p->backupNow();
        const std::string newest = dir + "/backups/" + p->backups().back();
        const auto backupBytes = static_cast<int64_t>(fs::file_size(newest));
        std::cout << "latents " << latentBytes << " bytes; a backup " << backupBytes << " bytes\n";
        EXPECT_LT(backupBytes, latentBytes / 16) << "the backup copied the latents";
        EXPECT_EQ(rawInt(newest, "SELECT count(*) FROM latents"), 8);
        // Restoring a backup as docs/projects.md says gives every latent back, bit for bit.
        p.reset();
        fs::remove(dir + "/project.tessera-wal");
        fs::remove(dir + "/project.tessera-shm");
        fs::copy_file(newest, dir + "/project.tessera", fs::copy_options::overwrite_existing);
    }
    auto p = ProjectLibrary::open(dir);
    EXPECT_TRUE(p->check().ok());
    for (const auto& [generationId, bytes] : originals) EXPECT_EQ(p->latents(generationId).bytes, bytes);
}

TEST(ProjectBackups, OpeningAnUnchangedProjectMakesNoNewBackup) {
    TempDir t;
    ProjectLibrary::create(t / "p")->waitForBackup();
    for (int i = 0; i < 3; ++i) ProjectLibrary::open(t / "p")->waitForBackup();
    EXPECT_EQ(ProjectLibrary::open(t / "p")->backups().size(), 1u);
}

TEST(ProjectBackups, BacksUpAtMostOncePerIntervalWhileItChanges) {
    TempDir t;
    OpenOptions o;
    o.backupIntervalSeconds = 1;
    auto p = ProjectLibrary::create(t / "p", o);
    p->waitForBackup();
    for (int i = 0; i < 5; ++i) addFakeClip(*p, "quick " + std::to_string(i), i);
    p->waitForBackup();
    EXPECT_EQ(p->backups().size(), 1u) << "changes within the interval make no backup";
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    addFakeClip(*p, "later", 9);
    p->waitForBackup();
    EXPECT_EQ(p->backups().size(), 2u);
}

TEST(ProjectMaintenance, CleansTemporariesAndOrphansOnlyWhenAlone) {
    TempDir t;
    const std::string dir = t / "p";
    int64_t kept = 0;
    {
        auto p = ProjectLibrary::create(dir);
        kept = addFakeClip(*p, "kept", 1);
        const int64_t gone = addFakeClip(*p, "deleted", 2);
        const std::string goneFile = p->clip(gone).file.name;
        p->deleteClips({gone});
        EXPECT_TRUE(fs::exists(p->mediaPath(goneFile))) << "files are removed later, when no one else can use them";
        writeFile(dir + "/media/.tmp-0123456789abcdef.mp4", "half written");
        writeFile(dir + "/media/.clip.tmp-1234.mp4", "half written by writeClip");
        // Another connection is open: nothing is cleaned, its writes might be in flight.
        auto other = ProjectLibrary::open(dir);
        EXPECT_TRUE(fs::exists(dir + "/media/.tmp-0123456789abcdef.mp4"));
        EXPECT_TRUE(fs::exists(p->mediaPath(goneFile)));
        auto report = other->check();
        EXPECT_EQ(report.temporaries.size(), 2u);
        EXPECT_EQ(report.unreferencedFiles.size(), 2u) << "the deleted clip's file and its latents";
        EXPECT_TRUE(report.ok()) << "leftovers do not make a project unsound";
    }
    auto p = ProjectLibrary::open(dir);
    EXPECT_FALSE(fs::exists(dir + "/media/.tmp-0123456789abcdef.mp4"));
    EXPECT_FALSE(fs::exists(dir + "/media/.clip.tmp-1234.mp4"));
    auto report = p->check();
    EXPECT_TRUE(report.unreferencedFiles.empty());
    EXPECT_TRUE(report.temporaries.empty());
    EXPECT_TRUE(fs::exists(p->mediaPath(p->clip(kept).file.name)));
}

TEST(ProjectCheck, FindsMissingAndAlteredFiles) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    const int64_t a = addFakeClip(*p, "a", 1);
    const int64_t b = addFakeClip(*p, "b", 2);
    auto report = p->check();
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.filesChecked, 4) << "two clips and their latents";
    fs::remove(p->mediaPath(p->clip(a).file.name));
    writeFile(p->mediaPath(p->clip(b).file.name), "altered");
    report = p->check();
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.missingFiles.size(), 1u);
    EXPECT_NE(report.missingFiles[0].find("clip " + std::to_string(a)), std::string::npos);
    ASSERT_EQ(report.corruptFiles.size(), 1u);
    EXPECT_NE(report.corruptFiles[0].find("clip " + std::to_string(b)), std::string::npos);
}

TEST(ProjectCheck, FindsMissingAndAlteredLatentsFiles) {
    TempDir t;
    auto p = ProjectLibrary::create(t / "p");
    const int64_t a = p->clip(addFakeClip(*p, "a", 1)).generationId;
    const int64_t b = p->clip(addFakeClip(*p, "b", 2)).generationId;
    auto latentsFile = [&](int64_t generationId) {
        auto st = p->database().prepare("SELECT media FROM latents WHERE generation_id = ?");
        st.bind(generationId);
        EXPECT_TRUE(st.step());
        return p->mediaPath(st.text(0));
    };
    auto report = p->check();
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.filesChecked, 4) << "two clips and their latents";
    fs::remove(latentsFile(a));
    writeFile(latentsFile(b), "altered");
    report = p->check();
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.missingFiles.size(), 1u);
    EXPECT_NE(report.missingFiles[0].find("latents of generation " + std::to_string(a)), std::string::npos);
    ASSERT_EQ(report.corruptFiles.size(), 1u);
    EXPECT_NE(report.corruptFiles[0].find("latents of generation " + std::to_string(b)), std::string::npos);
    EXPECT_NE(errorOf([&] { p->latents(a); }).find("is missing"), std::string::npos);
    EXPECT_NE(errorOf([&] { p->latents(b); }).find("is damaged"), std::string::npos);
}

TEST(ProjectSharing, ASecondWriterWaitsThenGetsAClearError) {
    TempDir t;
    auto create = ProjectLibrary::create(t / "p");
    create.reset();
    OpenOptions o;
    o.busyTimeoutMs = 300;
    auto p = ProjectLibrary::open(t / "p", o);
    // Another process holds the write lock for longer than our busy timeout.
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    pid_t pid = fork();
    if (pid == 0) {
        sqlite3* db = nullptr;
        sqlite3_open((t / "p/project.tessera").c_str(), &db);
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        (void)!write(ready[1], "x", 1);
        sleep(2);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        _exit(0);
    }
    char c;
    ASSERT_EQ(read(ready[0], &c, 1), 1);
    std::string e = errorOf([&] { addFakeClip(*p, "blocked", 1); });
    EXPECT_NE(e.find("another process is using the project"), std::string::npos) << e;
    int status = 0;
    waitpid(pid, &status, 0);
    addFakeClip(*p, "after", 2);  // once the other writer is done, writing works again
    EXPECT_EQ(p->summary().clips, 1);
    EXPECT_TRUE(p->check().ok());
}

TEST(ProjectSharing, TwoConnectionsSeeEachOthersCommits) {
    TempDir t;
    auto a = ProjectLibrary::create(t / "p");
    auto b = ProjectLibrary::open(t / "p");
    const int64_t id = addFakeClip(*a, "shared", 1);
    EXPECT_EQ(b->clip(id).prompt, "shared");
}

TEST(ProjectFailures, AReadOnlyFolderOpensForViewingAndRefusesChanges) {
    TempDir t;
    const std::string dir = t / "p";
    {
        auto p = ProjectLibrary::create(dir);
        addFakeClip(*p, "frozen", 1);
        p->waitForBackup();
    }
    for (auto& e : fs::recursive_directory_iterator(dir))
        fs::permissions(e.path(), fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                        fs::perm_options::remove);
    fs::permissions(dir, fs::perms::owner_write, fs::perm_options::remove);
    auto before = snapshot(dir);
    // Root writes anywhere: the check runs as an unprivileged user then.
    const int rc = inChild([&] {
        if (geteuid() == 0) {
            const passwd* nobody = getpwnam("nobody");
            if (!nobody || setgid(nobody->pw_gid) != 0 || setuid(nobody->pw_uid) != 0) return 2;
        }
        auto p = ProjectLibrary::open(dir);
        if (!p->readOnly() || p->notes().empty()) return 3;
        if (p->clips().size() != 1 || p->search("frozen").size() != 1) return 4;
        if (!p->check().ok()) return 5;
        std::string e = errorOf([&] { addFakeClip(*p, "new", 2); });
        if (e.find("is read-only") == std::string::npos) {
            std::cerr << e << "\n";
            return 6;
        }
        return 0;
    });
    EXPECT_EQ(rc, 0);
    EXPECT_EQ(snapshot(dir), before);
}

TEST(ProjectFailures, AFullDiskFailsClearlyAndLeavesTheProjectIntact) {
    TempDir t;
    const std::string dir = t / "p";
    {
        auto p = ProjectLibrary::create(dir);
        addFakeClip(*p, "before the disk filled", 1);
        p->waitForBackup();
    }
    const int rc = inChild([&] {
        std::signal(SIGXFSZ, SIG_IGN);
        OpenOptions o;
        o.maintenance = false;
        auto p = ProjectLibrary::open(dir, o);
        std::string big(1 << 20, 'x');
        writeFile(t / "big.mp4", big);
        // Files may not grow past 64 KiB from here on: like a disk with that much room left.
        rlimit lim{64 * 1024, 64 * 1024};
        setrlimit(RLIMIT_FSIZE, &lim);
        std::string e1 = errorOf([&] { p->copyIntoMedia(t / "big.mp4"); });
        std::string e2 = errorOf([&] {
            p->transact([&] {
                p->database().prepare("INSERT INTO settings(key, value) VALUES ('ballast', ?)").bind(big).run();
            });
        });
        std::cerr << "media: " << e1 << "\ndatabase: " << e2 << "\n";
        if (e1.find("disk full (File too large)") == std::string::npos) return 3;
        if (e2.find("disk") == std::string::npos || e2.find("nothing was saved") == std::string::npos) return 4;
        return 0;
    });
    EXPECT_EQ(rc, 0);
    auto p = ProjectLibrary::open(dir);
    auto report = p->check();
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(p->summary().clips, 1);
    EXPECT_EQ(p->setting("ballast", "none"), "none");
    EXPECT_TRUE(report.temporaries.empty());
    EXPECT_TRUE(report.unreferencedFiles.empty());
}
