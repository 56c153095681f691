// App layer skeleton: SQLite opens in memory, versions are filled.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "tessera/app/versions.h"

TEST(AppSqlite, OpensAnInMemoryDatabase) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (41), (1);", nullptr, nullptr, &err),
              SQLITE_OK)
        << (err ? err : "");
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT sum(x) FROM t", -1, &st, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0), 42);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

TEST(AppVersions, NamesEveryComponent) {
    auto versions = tessera::app::componentVersions();
    std::vector<std::string> names;
    for (const auto& [name, version] : versions) {
        names.push_back(name);
        EXPECT_FALSE(version.empty()) << name;
    }
    for (const char* expected : {"tessera", "LibTorch", "Qt", "FFmpeg", "OpenImageIO", "SQLite"})
        EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end()) << expected;
    EXPECT_EQ(tessera::app::versionLine().rfind("tessera ", 0), 0u);
}
