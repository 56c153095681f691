// Helpers shared by the engine's unit tests.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace tessera::test {

/// `dir`, remembered so that it and everything in it is removed when the test program exits.
inline std::filesystem::path removedAtExit(std::filesystem::path dir) {
    struct Registry {
        std::vector<std::filesystem::path> dirs;
        ~Registry() {
            std::error_code ec;
            for (const auto& d : dirs) std::filesystem::remove_all(d, ec);
        }
    };
    static Registry registry;
    registry.dirs.push_back(dir);
    return dir;
}

/// A path in the system's temporary folder, `tessera-test-KIND-NAME-PID`, removed when the test
/// program exits. It is not created.
inline std::filesystem::path tempPathRemovedAtExit(const std::string& kind, const std::string& name) {
    return removedAtExit(std::filesystem::temp_directory_path() /
                         ("tessera-test-" + kind + "-" + name + "-" + std::to_string(::getpid())));
}

}  // namespace tessera::test
