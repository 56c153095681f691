#include "project/files.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <vector>

#include "tessera/app/project.h"

namespace tessera::app {

FolderLock::FolderLock(const std::string& dir) : dir_(dir) {
    fd_ = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0) throw ProjectError(dir + ": cannot open the folder (" + std::strerror(errno) + ")");
}

FolderLock::~FolderLock() {
    if (fd_ >= 0) ::close(fd_);
}

bool FolderLock::tryExclusive() {
    int rc;
    do {
        rc = ::flock(fd_, LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
}

void FolderLock::shared() {
    int rc;
    do {
        rc = ::flock(fd_, LOCK_SH);
    } while (rc != 0 && errno == EINTR);
    // A file system without flock (some network shares) cannot tell us who else is there; we then
    // never delete temporaries, which is the safe side.
    (void)rc;
}

void syncPath(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw ProjectError(path + ": cannot open to flush it to the disk (" + std::strerror(errno) + ")");
    int rc = ::fsync(fd);
    int err = errno;
    ::close(fd);
    if (rc != 0 && err != EINVAL)
        throw ProjectError(path + ": flushing to the disk failed: " + describeWriteError(err));
}

std::string temporaryPath(const std::string& dir, const std::string& ext) {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(rng()));
    return dir + "/.tmp-" + buf + ext;
}

bool isTemporaryName(const std::string& name) {
    return name.rfind(".tmp-", 0) == 0 ||
           (name.size() > 1 && name[0] == '.' && name.find(".tmp-") != std::string::npos);
}

std::string describeWriteError(int err) {
    if (err == ENOSPC || err == EFBIG || err == EDQUOT) return std::string("disk full (") + std::strerror(err) + ")";
    return std::strerror(err);
}

namespace {

// Writes all of `data` to `fd`; the error message (naming `to`) or empty.
std::string writeAll(int fd, const char* data, size_t size, const std::string& to) {
    for (size_t done = 0; done < size;) {
        ssize_t w = ::write(fd, data + done, size - done);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return to + ": write failed: " + describeWriteError(errno);
        done += static_cast<size_t>(w);
    }
    return {};
}

int createForWriting(const std::string& to) {
    int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (out < 0) throw ProjectError(to + ": cannot create (" + describeWriteError(errno) + ")");
    return out;
}

}  // namespace

void copyFileChecked(const std::string& from, const std::string& to) {
    int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) throw ProjectError(from + ": cannot read (" + std::strerror(errno) + ")");
    int out = -1;
    try {
        out = createForWriting(to);
    } catch (...) {
        ::close(in);
        throw;
    }
    std::vector<char> buf(1 << 20);
    std::string error;
    while (error.empty()) {
        ssize_t n = ::read(in, buf.data(), buf.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) error = from + ": read failed (" + std::strerror(errno) + ")";
        if (n <= 0) break;
        error = writeAll(out, buf.data(), static_cast<size_t>(n), to);
    }
    ::close(in);
    if (::close(out) != 0 && error.empty()) error = to + ": write failed: " + describeWriteError(errno);
    if (!error.empty()) throw ProjectError(error);
}

void writeFileChecked(const std::string& to, const std::vector<uint8_t>& bytes) {
    int out = createForWriting(to);
    std::string error = writeAll(out, reinterpret_cast<const char*>(bytes.data()), bytes.size(), to);
    if (::close(out) != 0 && error.empty()) error = to + ": write failed: " + describeWriteError(errno);
    if (!error.empty()) throw ProjectError(error);
}

}  // namespace tessera::app
