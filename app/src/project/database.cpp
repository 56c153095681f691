#include "project/database.h"

#include "tessera/app/project.h"

namespace tessera::app {

std::string describeSqliteError(int rc, const std::string& sqliteMessage) {
    switch (rc & 0xff) {
        case SQLITE_FULL:
            return "the disk is full; nothing was saved: free some space and try again";
        case SQLITE_IOERR:
            return "writing to the disk failed (disk full or a failing drive?); nothing was saved: free some space "
                   "and try again (" +
                   sqliteMessage + ")";
        case SQLITE_READONLY:
            return "the project is read-only (its folder or database file is not writable); copy it to a writable "
                   "folder to change it";
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return "another process is using the project and did not finish in time; try again when it is done";
        case SQLITE_CORRUPT:
            return "the database is damaged; restore the newest copy from backups/ (see docs/projects.md)";
        case SQLITE_NOTADB:
            return "the file is not an SQLite database";
        case SQLITE_CANTOPEN:
            return "cannot open the database file (is the folder readable?)";
        case SQLITE_NOMEM:
            return "out of memory";
        case SQLITE_CONSTRAINT:
            return "the change breaks a rule of the project (" + sqliteMessage + ")";
        default:
            return sqliteMessage;
    }
}

Statement::Statement(sqlite3* db, const std::string& sql, const std::string& what) : db_(db), what_(what) {
    int rc = sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &st_, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = sqlite3_errmsg(db_);
        throw ProjectError(what_ + ": " + describeSqliteError(rc, msg));
    }
}

Statement::~Statement() {
    if (st_) sqlite3_finalize(st_);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), st_(other.st_), what_(std::move(other.what_)) {
    other.st_ = nullptr;
}

void Statement::check(int rc) {
    if (rc != SQLITE_OK) throw ProjectError(what_ + ": " + describeSqliteError(rc, sqlite3_errmsg(db_)));
}

void Statement::bindOne(int index, int64_t value) {
    check(sqlite3_bind_int64(st_, index, value));
}
void Statement::bindOne(int index, double value) {
    check(sqlite3_bind_double(st_, index, value));
}
void Statement::bindOne(int index, const std::string& value) {
    check(sqlite3_bind_text(st_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT));
}
void Statement::bindOne(int index, const BlobRef& value) {
    check(value.data ? sqlite3_bind_blob64(st_, index, value.data, value.size, SQLITE_TRANSIENT)
                     : sqlite3_bind_null(st_, index));
}
void Statement::bindOne(int index, std::nullptr_t) {
    check(sqlite3_bind_null(st_, index));
}
void Statement::bindOne(int index, const std::optional<int64_t>& value) {
    if (value) {
        bindOne(index, *value);
    } else {
        bindOne(index, nullptr);
    }
}

bool Statement::step() {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string msg = sqlite3_errmsg(db_);
    sqlite3_reset(st_);
    throw ProjectError(what_ + ": " + describeSqliteError(rc, msg));
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
}

int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(st_, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(st_, column);
}
std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(st_, column);
    return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(st_, column)) : std::string();
}
std::vector<uint8_t> Statement::blob(int column) const {
    const auto* p = static_cast<const uint8_t*>(sqlite3_column_blob(st_, column));
    return p ? std::vector<uint8_t>(p, p + sqlite3_column_bytes(st_, column)) : std::vector<uint8_t>();
}
bool Statement::isNull(int column) const {
    return sqlite3_column_type(st_, column) == SQLITE_NULL;
}

Database::Database(const std::string& path, int flags, const std::string& what) : what_(what) {
    int rc = sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = db_ ? sqlite3_errmsg(db_) : "cannot open";
        sqlite3_close(db_);
        db_ = nullptr;
        throw ProjectError(what_ + ": " + describeSqliteError(rc, msg));
    }
    sqlite3_extended_result_codes(db_, 1);
}

Database::~Database() {
    if (db_) sqlite3_close_v2(db_);
}

void Database::fail(int rc, const std::string& context) const {
    throw ProjectError(what_ + ": " + context + ": " + describeSqliteError(rc, sqlite3_errmsg(db_)));
}

void Database::exec(const std::string& sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errmsg(db_);
        sqlite3_free(err);
        throw ProjectError(what_ + ": " + describeSqliteError(rc, msg));
    }
}

Statement Database::prepare(const std::string& sql) {
    return Statement(db_, sql, what_);
}

int64_t Database::queryInt(const std::string& sql) {
    Statement st = prepare(sql);
    return st.step() ? st.int64(0) : 0;
}

int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(db_);
}
int Database::changes() const {
    return sqlite3_changes(db_);
}
bool Database::inTransaction() const {
    return !sqlite3_get_autocommit(db_);
}

void Database::write(const std::function<void()>& fn) {
    if (inTransaction()) throw ProjectError(what_ + ": internal error: nested write transaction");
    exec("BEGIN IMMEDIATE");
    try {
        fn();
        exec("COMMIT");
    } catch (...) {
        // A failed COMMIT (disk full) may already have rolled back; ROLLBACK then reports "no transaction".
        if (inTransaction()) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void Database::read(const std::function<void()>& fn) {
    if (inTransaction()) {
        fn();
        return;
    }
    exec("BEGIN");
    try {
        fn();
        exec("COMMIT");
    } catch (...) {
        if (inTransaction()) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

}  // namespace tessera::app
