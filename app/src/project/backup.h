#pragma once
// Rotating backups of a project database with SQLite's online backup API. A backup reads one
// consistent snapshot without blocking writers (WAL), is written to a temporary name, fsynced and
// renamed to backups/project-<time>-c<change count>.tessera; only the newest few are kept.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tessera::app {

/// Backup file names in `backupsDir`, oldest first.
std::vector<std::string> listBackups(const std::string& backupsDir);
/// The change count recorded in a backup's name; -1 when the name has none.
int64_t backupChangeCount(const std::string& name);
/// Copies the database at `dbPath` into `backupsDir` and deletes all but the newest `keep` backups.
/// Throws ProjectError naming the backup on failure (nothing half-written is left).
void backupDatabase(const std::string& dbPath, const std::string& backupsDir, int64_t changeCount, int keep);

/// Runs backupDatabase on a background thread, one at a time.
class BackupWorker {
public:
    BackupWorker(std::string dbPath, std::string backupsDir, int keep);
    ~BackupWorker();
    BackupWorker(const BackupWorker&) = delete;
    BackupWorker& operator=(const BackupWorker&) = delete;

    /// Starts a backup unless one is running; returns false when one was.
    bool start(int64_t changeCount);
    /// Waits for the running backup; returns its error message (empty on success).
    std::string wait();
    /// When the last backup started (steady clock), or the epoch if none yet.
    std::chrono::steady_clock::time_point lastStarted() const { return lastStarted_; }
    void setLastStarted(std::chrono::steady_clock::time_point t) { lastStarted_ = t; }

private:
    std::string dbPath_, backupsDir_;
    int keep_;
    std::thread thread_;
    std::mutex mutex_;
    std::string error_;
    std::atomic<bool> running_{false};
    std::chrono::steady_clock::time_point lastStarted_{};
};

}  // namespace tessera::app
