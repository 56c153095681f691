#pragma once
// Finding model bundles for the CLI and the studio.
#include <string>
#include <vector>

#include "tessera/engine.h"

namespace tessera::app {

/// The folder of the running executable (build/bin or the install's bin).
std::string executableDir();
/// The model search path of this installation plus `extraDir`.
std::vector<std::string> searchPath(const std::string& extraDir = {});
/// The bundle folder for `nameOrPath`: a folder with model.json, or a name found on the search path;
/// empty picks the default (tessera-shapes if present, else the first model found). Throws
/// std::runtime_error listing what was searched when nothing fits.
std::string resolveModel(const std::string& nameOrPath, const std::string& extraDir = {});

}  // namespace tessera::app
