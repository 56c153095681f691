// `tessera project check`: the database's own checks plus every referenced media file (clips, assets,
// latents) and its hash.
#include <filesystem>
#include <set>

#include "project/database.h"
#include "project/files.h"
#include "tessera/app/project.h"
#include "util/sha256.h"

namespace fs = std::filesystem;

namespace tessera::app {

namespace {

void checkDatabase(Database& db, bool readOnly, CheckReport& report) {
    auto integrity = db.prepare("PRAGMA integrity_check");
    while (integrity.step())
        if (integrity.text(0) != "ok") report.integrityErrors.push_back("integrity_check: " + integrity.text(0));
    auto fk = db.prepare("PRAGMA foreign_key_check");
    while (fk.step())
        report.integrityErrors.push_back("foreign key: row " + std::to_string(fk.int64(1)) + " of " + fk.text(0) +
                                         " refers to a missing row of " + fk.text(2));
    if (!readOnly) {
        // FTS5's own consistency check is spelled as an INSERT but changes nothing.
        try {
            db.exec("INSERT INTO generations_fts(generations_fts) VALUES ('integrity-check')");
        } catch (const ProjectError& e) {
            report.integrityErrors.push_back(std::string("search index: ") + e.what());
        }
    }
    report.integrityOk = report.integrityErrors.empty();
}

}  // namespace

CheckReport ProjectLibrary::check() {
    CheckReport report;
    checkDatabase(*db_, readOnly_, report);

    struct Ref {
        std::string name, sha256, owner;
    };
    std::vector<Ref> refs;
    db_->read([&] {
        auto st = db_->prepare(
            "SELECT media, sha256, 'clip ' || id FROM clips UNION ALL "
            "SELECT media, sha256, 'asset ' || id FROM assets UNION ALL "
            "SELECT media, sha256, 'latents of generation ' || generation_id FROM latents WHERE media IS NOT NULL");
        while (st.step()) refs.push_back({st.text(0), st.text(1), st.text(2)});
    });
    std::set<std::string> referenced;
    for (const Ref& r : refs) {
        referenced.insert(r.name);
        const std::string path = mediaPath(r.name);
        if (!fs::exists(path)) {
            report.missingFiles.push_back(r.owner + ": media/" + r.name);
            continue;
        }
        ++report.filesChecked;
        if (sha256File(path) != r.sha256) report.corruptFiles.push_back(r.owner + ": media/" + r.name);
    }
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(fs::path(dir_) / "media", ec)) {
        const std::string name = e.path().filename().string();
        if (isTemporaryName(name)) {
            report.temporaries.push_back("media/" + name);
        } else if (!referenced.count(name)) {
            report.unreferencedFiles.push_back("media/" + name);
        }
    }
    return report;
}

}  // namespace tessera::app
