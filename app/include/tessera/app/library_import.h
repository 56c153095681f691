#pragma once
// Importing outside files into a project as assets: stills, video and audio.
#include <string>
#include <vector>

#include "tessera/app/project.h"

namespace tessera::app {

struct ImportedFile {
    std::string path;
    int64_t assetId = 0;
    AssetKind kind = AssetKind::Invalid;
    bool alreadyThere = false;  ///< the project already held a file with the same content
};

/// The asset kind a file's extension says, or Invalid.
AssetKind assetKindForPath(const std::string& path);
/// Imports files as assets: each is read first (a corrupt file fails the whole import, naming it),
/// copied into media/, and all rows are added in one transaction. A file whose content the project
/// already holds is not copied again.
std::vector<ImportedFile> importFiles(ProjectLibrary& project, const std::vector<std::string>& paths);

}  // namespace tessera::app
