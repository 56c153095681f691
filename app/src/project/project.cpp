// Opening, creating and maintaining a project folder; settings and backups.
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "project/backup.h"
#include "project/database.h"
#include "project/files.h"
#include "project/schema.h"
#include "tessera/app/project.h"
#include "util/sha256.h"

namespace fs = std::filesystem;

namespace tessera::app {

namespace {

constexpr const char* kMediaDir = "media";
constexpr const char* kBackupsDir = "backups";

std::string dbPathOf(const std::string& dir) {
    return (fs::path(dir) / kProjectFileName).string();
}

bool writable(const fs::path& p) {
    return ::access(p.c_str(), W_OK) == 0;
}

uint32_t bigEndian32(const unsigned char* p) {
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
}

std::string newerProjectMessage(const std::string& path, int version, const std::string& madeBy) {
    return path + " was made by a newer Tessera" + (madeBy.empty() ? "" : " (" + madeBy + ")") +
           " with project schema version " + std::to_string(version) + "; this Tessera " + tesseraVersion() +
           " reads versions up to " + std::to_string(kSchemaVersion) +
           ". Open it with a newer Tessera. Nothing was changed.";
}

// Refuses files that are not Tessera projects by their first 100 bytes, before SQLite touches them.
void checkHeader(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ProjectError(path + ": cannot read the file (" + std::strerror(errno) + ")");
    unsigned char h[100] = {0};
    in.read(reinterpret_cast<char*>(h), sizeof h);
    const auto got = in.gcount();
    if (got == 0) throw ProjectError(path + " is empty, not a Tessera project. Nothing was changed.");
    if (got < 100 || std::memcmp(h, "SQLite format 3", 16) != 0)
        throw ProjectError(path + " is not a Tessera project (it is not an SQLite database). Nothing was changed.");
    const uint32_t appId = bigEndian32(h + 68);
    if (appId != static_cast<uint32_t>(kApplicationId)) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "0x%08x", appId);
        throw ProjectError(path + " is an SQLite database of another program (application id " + buf +
                           "), not a Tessera project. Nothing was changed.");
    }
    const int version = static_cast<int>(bigEndian32(h + 60));
    if (version > kSchemaVersion) throw ProjectError(newerProjectMessage(path, version, ""));
}

// A file: URI for sqlite3_open_v2 with SQLITE_OPEN_URI.
std::string fileUri(const std::string& path, const std::string& query) {
    std::string uri = "file:";
    for (unsigned char c : fs::absolute(path).string()) {
        if (c == '?' || c == '#' || c == '%' || c < 0x20) {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            uri += buf;
        } else {
            uri += static_cast<char>(c);
        }
    }
    return query.empty() ? uri : uri + "?" + query;
}

void removeTemporaries(const fs::path& dir) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        if (isTemporaryName(e.path().filename().string())) fs::remove(e.path(), ec);
    }
}

bool isMediaName(const std::string& name) {
    static const std::regex pattern("[0-9a-f]{64}\\.[A-Za-z0-9]{1,8}");
    return std::regex_match(name, pattern);
}

}  // namespace

int64_t nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

ProjectLibrary::ProjectLibrary(std::string dir, const OpenOptions& options) : dir_(std::move(dir)), options_(options) {}

ProjectLibrary::~ProjectLibrary() {
    if (backup_) backup_->wait();
}

std::unique_ptr<ProjectLibrary> ProjectLibrary::open(const std::string& dir, const OpenOptions& options) {
    if (options.create && !fs::exists(dbPathOf(dir))) return create(dir, options);
    if (!fs::is_directory(dir))
        throw ProjectError(dir + ": no such folder (make a project with `tessera project create " + dir + "`)");
    if (!fs::exists(dbPathOf(dir)))
        throw ProjectError(dir + " is not a Tessera project: it has no " + kProjectFileName +
                           " (make one with `tessera project create " + dir + "`)");
    std::unique_ptr<ProjectLibrary> p(new ProjectLibrary(fs::absolute(dir).lexically_normal().string(), options));
    p->openDatabase();
    return p;
}

std::unique_ptr<ProjectLibrary> ProjectLibrary::create(const std::string& dir, const OpenOptions& options) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw ProjectError(dir + ": cannot create the folder (" + ec.message() + ")");
    const std::string db = dbPathOf(dir);
    if (fs::exists(db)) throw ProjectError(dir + " already holds a project; open it instead");
    if (!writable(dir)) throw ProjectError(dir + ": the folder is not writable, so no project can be made there");
    for (const char* sub : {kMediaDir, kBackupsDir}) {
        fs::create_directories(fs::path(dir) / sub, ec);
        if (ec) throw ProjectError(dir + ": cannot create " + sub + "/ (" + ec.message() + ")");
    }
    // Built under a temporary name and renamed, so a failed creation leaves no half-made project.
    const std::string tmp = temporaryPath(dir, ".tessera");
    try {
        {
            Database d(tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, dir);
            migrate(d, 0, kSchemaVersion, tesseraVersion());
            d.write([&] {
                d.prepare("INSERT INTO settings(key, value) VALUES ('created_by', ?), ('created_at', ?)")
                    .bind(tesseraVersion(), std::to_string(nowMs()))
                    .run();
            });
        }
        syncPath(tmp);
        fs::rename(tmp, db);
        syncPath(dir);
    } catch (const std::exception& e) {
        fs::remove(tmp, ec);
        fs::remove(tmp + "-journal", ec);
        throw ProjectError(dir + ": creating the project failed: " + e.what());
    }
    OpenOptions o = options;
    o.create = false;
    return open(dir, o);
}

void ProjectLibrary::openDatabase() {
    const std::string db = dbPathOf(dir_);
    checkHeader(db);
    readOnly_ = !writable(dir_) || !writable(db);
    if (!readOnly_) {
        // Git keeps no empty folders, and a user may have deleted backups/: make what is missing.
        for (const char* sub : {kMediaDir, kBackupsDir}) {
            std::error_code ec;
            fs::create_directories(fs::path(dir_) / sub, ec);
        }
        readOnly_ = !writable(fs::path(dir_) / kMediaDir) || !writable(fs::path(dir_) / kBackupsDir);
    }
    // A read-only folder cannot hold the WAL index; with no WAL to replay the file is read as it is.
    const bool immutable = readOnly_ && !writable(dir_) && !fs::exists(db + "-wal");
    const int flags = (readOnly_ ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_URI;
    db_ = std::make_unique<Database>(fileUri(db, immutable ? "immutable=1" : ""), flags, dir_);
    sqlite3_busy_timeout(db_->handle(), options_.busyTimeoutMs);
    int version = 0;
    try {
        if (db_->queryInt("PRAGMA application_id") != kApplicationId)
            throw ProjectError(db + " is not a Tessera project. Nothing was changed.");
        version = static_cast<int>(db_->queryInt("PRAGMA user_version"));
    } catch (const ProjectError& e) {
        db_.reset();
        throw ProjectError(db + " cannot be read as a Tessera project: " + e.what());
    }
    if (version > kSchemaVersion) {
        std::string madeBy;
        try {
            auto st = db_->prepare("SELECT tessera FROM schema_version WHERE version = ?");
            st.bind(version);
            if (st.step()) madeBy = "Tessera " + st.text(0);
        } catch (const ProjectError&) {
        }
        db_.reset();
        throw ProjectError(newerProjectMessage(db, version, madeBy));
    }
    if (version < 1) throw ProjectError(db + " is not a Tessera project (it has no schema). Nothing was changed.");
    db_->exec("PRAGMA foreign_keys = ON");
    backup_ = std::make_unique<BackupWorker>(db, (fs::path(dir_) / kBackupsDir).string(), options_.keepBackups);
    if (readOnly_) {
        notes_.push_back(dir_ + " is read-only: opened for viewing; changes are refused");
    } else {
        db_->exec("PRAGMA journal_mode = WAL");
    }

    if (version < kSchemaVersion) {
        if (readOnly_)
            throw ProjectError(dir_ + " has project schema version " + std::to_string(version) +
                               " and needs upgrading to " + std::to_string(kSchemaVersion) +
                               ", but it is read-only: copy it to a writable folder and open it there");
        try {
            backupDatabase(db, (fs::path(dir_) / kBackupsDir).string(), changeCount(), options_.keepBackups);
            migrate(*db_, version, kSchemaVersion, tesseraVersion());
        } catch (const std::exception& e) {
            throw ProjectError(dir_ + ": upgrading the project from schema version " + std::to_string(version) +
                               " to " + std::to_string(kSchemaVersion) + " failed (it is still at the last " +
                               "version reached; a copy from before is in backups/): " + e.what());
        }
        notes_.push_back("upgraded " + dir_ + " from project schema version " + std::to_string(version) + " to " +
                         std::to_string(kSchemaVersion) + " (a copy of the old database is in backups/)");
    }
    db_->exec(setting("synchronous", "normal") == "full" ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");

    lock_ = std::make_unique<FolderLock>(dir_);
    if (!readOnly_ && options_.maintenance && lock_->tryExclusive()) runMaintenance();
    lock_->shared();
    // After the shared lock: no lonely open elsewhere can take the files for orphans meanwhile.
    if (!readOnly_ && options_.maintenance) moveLatentsIntoMedia();

    if (!readOnly_ && options_.maintenance) {
        auto names = listBackups((fs::path(dir_) / kBackupsDir).string());
        if (names.empty() || backupChangeCount(names.back()) != changeCount()) backup_->start(changeCount());
    }
    backup_->setLastStarted(std::chrono::steady_clock::now());
}

// Runs while this connection is the only one to the project (exclusive folder lock): nothing else
// is writing, so temporaries are leftovers of killed processes and unreferenced media files are
// leftovers of deletions or of a process killed between renaming a file and committing its row.
void ProjectLibrary::runMaintenance() {
    std::error_code ec;
    removeTemporaries(dir_);
    removeTemporaries(fs::path(dir_) / kBackupsDir);
    removeTemporaries(fs::path(dir_) / kMediaDir);
    std::set<std::string> referenced;
    auto st = db_->prepare(
        "SELECT media FROM clips UNION SELECT media FROM assets UNION "
        "SELECT media FROM latents WHERE media IS NOT NULL");
    while (st.step()) referenced.insert(st.text(0));
    for (const auto& e : fs::directory_iterator(fs::path(dir_) / kMediaDir, ec)) {
        const std::string name = e.path().filename().string();
        if (!referenced.count(name) && isMediaName(name)) fs::remove(e.path(), ec);
    }
}

// Latents stored inside the database (projects from before schema version 3) move to media/ files,
// a batch per transaction: each file is in place before the rows naming it commit, so a killed
// process leaves at most unreferenced files and the next open carries on. The database is then
// compacted once, or every backup would still copy the freed pages.
void ProjectLibrary::moveLatentsIntoMedia() {
    constexpr int kBatch = 64;
    int64_t moved = 0;
    try {
        for (;;) {
            std::vector<std::pair<int64_t, StoredFile>> batch;
            db_->read([&] {
                auto st = db_->prepare("SELECT generation_id, data FROM latents WHERE media IS NULL LIMIT ?");
                st.bind(kBatch);
                while (st.step()) {
                    const std::vector<uint8_t> packed = st.blob(1);
                    batch.emplace_back(st.int64(0), storeMedia(kLatentsExtension, [&](const std::string& tmp) {
                                           writeFileChecked(tmp, packed);
                                       }));
                }
            });
            if (batch.empty()) break;
            db_->write([&] {
                for (const auto& [generationId, file] : batch)
                    db_->prepare(
                           "UPDATE latents SET media = ?, sha256 = ?, data = x'' WHERE generation_id = ? AND "
                           "media IS NULL")
                        .bind(file.name, file.sha256, generationId)
                        .run();
                db_->exec("UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_count'");
            });
            moved += static_cast<int64_t>(batch.size());
        }
    } catch (const ProjectError& e) {
        notes_.push_back(dir_ + ": moving latents out of the database stopped (" + e.what() +
                         "); the rest move at the next open, nothing is lost");
        return;
    }
    if (moved == 0) return;
    notes_.push_back("moved the latents of " + std::to_string(moved) + " generations from the database to media/");
    try {
        db_->exec("VACUUM");
    } catch (const ProjectError& e) {
        notes_.push_back(dir_ + ": compacting the database failed (" + e.what() + "); it keeps its old size");
    }
}

int64_t ProjectLibrary::changeCount() {
    return std::stoll(setting("change_count", "0"));
}

void ProjectLibrary::transact(const std::function<void()>& fn) {
    if (readOnly_)
        throw ProjectError(dir_ + " is read-only (its folder or database is not writable); nothing was changed");
    db_->write([&] {
        fn();
        db_->exec("UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_count'");
    });
    maybeBackup();
}

void ProjectLibrary::maybeBackup() {
    const auto now = std::chrono::steady_clock::now();
    if (now - backup_->lastStarted() < std::chrono::seconds(options_.backupIntervalSeconds)) return;
    backup_->setLastStarted(now);
    // Another connection or process may have made one meanwhile: its file's age counts too.
    const fs::path dir = fs::path(dir_) / kBackupsDir;
    auto names = listBackups(dir.string());
    const int64_t count = changeCount();
    if (!names.empty()) {
        if (backupChangeCount(names.back()) == count) return;
        std::error_code ec;
        auto age = fs::file_time_type::clock::now() - fs::last_write_time(dir / names.back(), ec);
        if (!ec && age < std::chrono::seconds(options_.backupIntervalSeconds)) return;
    }
    backup_->start(count);
}

void ProjectLibrary::backupNow() {
    if (readOnly_) throw ProjectError(dir_ + " is read-only, so no backup can be written into backups/");
    backup_->wait();
    backupDatabase(dbPathOf(dir_), (fs::path(dir_) / kBackupsDir).string(), changeCount(), options_.keepBackups);
}

void ProjectLibrary::waitForBackup() {
    std::string error = backup_->wait();
    if (!error.empty()) throw ProjectError(error);
}

std::vector<std::string> ProjectLibrary::backups() const {
    return listBackups((fs::path(dir_) / kBackupsDir).string());
}

std::string ProjectLibrary::mediaPath(const std::string& name) const {
    return (fs::path(dir_) / kMediaDir / name).string();
}

StoredFile ProjectLibrary::storeMedia(const std::string& ext,
                                      const std::function<void(const std::string& tmpPath)>& writer) {
    if (readOnly_)
        throw ProjectError(dir_ + " is read-only (its folder or database is not writable); nothing was changed");
    const std::string mediaDir = (fs::path(dir_) / kMediaDir).string();
    const std::string tmp = temporaryPath(mediaDir, ext);
    StoredFile f;
    try {
        writer(tmp);
        syncPath(tmp);
        f.sha256 = sha256File(tmp);
        f.sizeBytes = static_cast<int64_t>(fs::file_size(tmp));
        f.name = f.sha256 + ext;
        fs::rename(tmp, fs::path(mediaDir) / f.name);
        syncPath(mediaDir);
    } catch (...) {
        std::error_code ec;
        fs::remove(tmp, ec);
        throw;
    }
    return f;
}

StoredFile ProjectLibrary::copyIntoMedia(const std::string& sourcePath) {
    std::string ext = fs::path(sourcePath).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return storeMedia(ext, [&](const std::string& tmp) { copyFileChecked(sourcePath, tmp); });
}

std::string ProjectLibrary::setting(const std::string& key, const std::string& fallback) {
    auto st = db_->prepare("SELECT value FROM settings WHERE key = ?");
    st.bind(key);
    return st.step() ? st.text(0) : fallback;
}

void ProjectLibrary::setSetting(const std::string& key, const std::string& value) {
    if (key != "synchronous")
        throw ProjectError("unknown project setting '" + key + "' (settings: synchronous = normal | full)");
    if (value != "normal" && value != "full")
        throw ProjectError("setting synchronous must be 'normal' or 'full', not '" + value + "'");
    transact([&] {
        db_->prepare(
               "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            .bind(key, value)
            .run();
    });
    db_->exec(value == "full" ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
}

}  // namespace tessera::app
