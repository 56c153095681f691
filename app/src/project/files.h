#pragma once
// File-system helpers for the project folder: folder locks, durable writes and clear messages for
// failed writes (a full disk says so).
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::app {

/// An flock(2) on a folder. Every connection to a project holds it shared; maintenance that deletes
/// temporaries needs it exclusive, so it never removes a file another process is still writing. The
/// queue runner holds the one on media/ exclusively, so only one process runs a project's queue.
class FolderLock {
public:
    /// Opens `dir` for locking; holds no lock yet.
    explicit FolderLock(const std::string& dir);
    ~FolderLock();
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

    /// Takes the lock exclusively if nobody else holds it; false otherwise (or when the file system has no locks).
    bool tryExclusive();
    /// Takes (or turns the exclusive lock into) a shared lock, waiting for an exclusive holder to finish.
    void shared();

private:
    std::string dir_;
    int fd_ = -1;
};

/// Flushes a file or folder to the disk (fsync); throws ProjectError naming it on failure.
void syncPath(const std::string& path);
/// A fresh temporary name in `dir`: ".tmp-<random><ext>".
std::string temporaryPath(const std::string& dir, const std::string& ext);
/// True for names temporaryPath() makes and for media.h's ".<name>.tmp-<n>.<ext>" files.
bool isTemporaryName(const std::string& name);
/// Copies `from` to `to` (created), naming the file that failed and saying "disk full" when it is.
void copyFileChecked(const std::string& from, const std::string& to);
/// Writes `bytes` to `to` (created or truncated), with the same messages as copyFileChecked.
void writeFileChecked(const std::string& to, const std::vector<uint8_t>& bytes);
/// "disk full (No space left on device)" for ENOSPC/EFBIG/EDQUOT, else strerror(err).
std::string describeWriteError(int err);

}  // namespace tessera::app
