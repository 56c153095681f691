#pragma once
// Versions of everything Tessera was built with, for `tessera --version` and the About box.
#include <string>
#include <utility>
#include <vector>

namespace tessera::app {

/// (component, version) pairs: Tessera, git, LibTorch, CUDA, Qt, FFmpeg, OpenImageIO, SQLite.
std::vector<std::pair<std::string, std::string>> componentVersions();
/// One line: "tessera 0.1.0 (git abc1234)".
std::string versionLine();

}  // namespace tessera::app
