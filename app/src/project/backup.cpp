#include "project/backup.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "project/database.h"
#include "project/files.h"
#include "tessera/app/project.h"

namespace fs = std::filesystem;

namespace tessera::app {

namespace {

constexpr const char* kPrefix = "project-";
constexpr const char* kSuffix = ".tessera";

// "project-20250102-030405-678-c42.tessera": sorts by time as text.
std::string backupName(int64_t changeCount) {
    int64_t ms = nowMs();
    std::time_t secs = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    char name[128];
    std::snprintf(name, sizeof name, "%s%s-%03d-c%lld%s", kPrefix, buf, static_cast<int>(ms % 1000),
                  static_cast<long long>(changeCount), kSuffix);
    return name;
}

void copySnapshot(const std::string& dbPath, const std::string& tmp) {
    Database src(dbPath, SQLITE_OPEN_READONLY, dbPath);
    sqlite3_busy_timeout(src.handle(), 5000);
    Database dst(tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, tmp);
    sqlite3_backup* b = sqlite3_backup_init(dst.handle(), "main", src.handle(), "main");
    if (!b) dst.fail(sqlite3_errcode(dst.handle()), "starting the backup");
    int rc;
    // Small steps release the read lock between them, so a long backup never holds writers back.
    while ((rc = sqlite3_backup_step(b, 1024)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (rc != SQLITE_OK) sqlite3_sleep(20);
    }
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) dst.fail(rc, "copying the database");
}

void prune(const std::string& backupsDir, int keep) {
    auto names = listBackups(backupsDir);
    for (size_t i = 0; i + keep < names.size(); ++i) {
        std::error_code ec;
        fs::remove(fs::path(backupsDir) / names[i], ec);
    }
}

}  // namespace

std::vector<std::string> listBackups(const std::string& backupsDir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(backupsDir, ec)) {
        std::string n = e.path().filename().string();
        if (n.rfind(kPrefix, 0) == 0 && n.size() > std::strlen(kSuffix) &&
            n.compare(n.size() - std::strlen(kSuffix), std::string::npos, kSuffix) == 0)
            names.push_back(n);
    }
    std::sort(names.begin(), names.end());
    return names;
}

int64_t backupChangeCount(const std::string& name) {
    auto c = name.rfind("-c");
    auto dot = name.rfind(kSuffix);
    if (c == std::string::npos || dot == std::string::npos || dot <= c + 2) return -1;
    try {
        return std::stoll(name.substr(c + 2, dot - c - 2));
    } catch (const std::exception&) {
        return -1;
    }
}

void backupDatabase(const std::string& dbPath, const std::string& backupsDir, int64_t changeCount, int keep) {
    const std::string tmp = temporaryPath(backupsDir, kSuffix);
    try {
        copySnapshot(dbPath, tmp);
        syncPath(tmp);
        const std::string final = (fs::path(backupsDir) / backupName(changeCount)).string();
        fs::rename(tmp, final);
        syncPath(backupsDir);
    } catch (const std::exception& e) {
        std::error_code ec;
        fs::remove(tmp, ec);
        fs::remove(tmp + "-journal", ec);
        throw ProjectError(std::string("backup of ") + dbPath + " failed: " + e.what());
    }
    prune(backupsDir, keep);
}

BackupWorker::BackupWorker(std::string dbPath, std::string backupsDir, int keep)
    : dbPath_(std::move(dbPath)), backupsDir_(std::move(backupsDir)), keep_(keep) {}

BackupWorker::~BackupWorker() {
    wait();
}

bool BackupWorker::start(int64_t changeCount) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (running_) return false;
    if (thread_.joinable()) thread_.join();
    running_ = true;
    lastStarted_ = std::chrono::steady_clock::now();
    error_.clear();
    thread_ = std::thread([this, changeCount] {
        try {
            backupDatabase(dbPath_, backupsDir_, changeCount, keep_);
        } catch (const std::exception& e) {
            error_ = e.what();
        }
        running_ = false;
    });
    return true;
}

std::string BackupWorker::wait() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (thread_.joinable()) thread_.join();
    return error_;
}

}  // namespace tessera::app
