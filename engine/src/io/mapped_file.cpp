#include "io/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

#include "tessera/safetensors.h"

namespace tessera {

namespace {
std::string errnoText() { return std::strerror(errno); }
}  // namespace

MappedFile::MappedFile(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw TensorFileError(path + ": cannot open: " + errnoText());
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        std::string why = errnoText();
        ::close(fd);
        throw TensorFileError(path + ": cannot stat: " + why);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        throw TensorFileError(path + ": not a regular file");
    }
    size_ = static_cast<std::size_t>(st.st_size);
    if (size_ > 0) {
        void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            std::string why = errnoText();
            ::close(fd);
            throw TensorFileError(path + ": cannot map into memory: " + why);
        }
        data_ = static_cast<const uint8_t*>(p);
    }
    ::close(fd);
}

MappedFile::~MappedFile() {
    if (data_) ::munmap(const_cast<uint8_t*>(data_), size_);
}

void writeFileAtomically(const std::string& path, const std::vector<uint8_t>& bytes) {
    std::random_device rd;
    std::string tmp = path + ".tmp-" + std::to_string(rd());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) throw TensorFileError(path + ": cannot create (" + errnoText() + ")");
    auto fail = [&](const char* what) {
        std::string why = errnoText();
        ::close(fd);
        ::unlink(tmp.c_str());
        throw TensorFileError(path + ": " + what + " failed (" + why + "); nothing was written");
    };
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("write");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) fail("fsync");
    if (::close(fd) != 0) {
        std::string why = errnoText();
        ::unlink(tmp.c_str());
        throw TensorFileError(path + ": close failed (" + why + "); nothing was written");
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        std::string why = errnoText();
        ::unlink(tmp.c_str());
        throw TensorFileError(path + ": rename failed (" + why + "); nothing was written");
    }
}

}  // namespace tessera
