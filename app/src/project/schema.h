#pragma once
// The project schema as a chain of forward migrations: version N is what migrations 1..N make. A step
// is never edited once released (fixture projects of every version are tested in tests/app/fixtures);
// a change is a new step.
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::app {

class Database;

/// SQLite application_id of a Tessera project ("TESS"), so a foreign database is told apart.
constexpr int32_t kApplicationId = 0x54455353;

struct Migration {
    int version;          ///< the schema version after this step
    const char* summary;  ///< one line for schema_version and the log
    const char* sql;
};

/// Every step, in order; migrations().back().version == kSchemaVersion.
const std::vector<Migration>& migrations();

/// Applies the steps after `fromVersion` up to `toVersion`, each in its own transaction that also
/// records the version (PRAGMA user_version and a schema_version row).
void migrate(Database& db, int fromVersion, int toVersion, const std::string& tesseraVersion);

/// This Tessera's version ("0.1.0"), recorded in the projects it creates and migrates.
std::string tesseraVersion();

}  // namespace tessera::app
