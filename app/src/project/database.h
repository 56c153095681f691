#pragma once
// A thin RAII layer over the SQLite C API: one connection, prepared statements with typed binding, and
// write transactions that either commit whole or roll back. SQLite result codes become ProjectError
// messages that say what happened to the project and what to do.
#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tessera::app {

/// Bytes to bind as a BLOB.
struct BlobRef {
    const void* data = nullptr;
    std::size_t size = 0;
};

class Statement {
public:
    Statement(sqlite3* db, const std::string& sql, const std::string& what);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;

    /// Binds the arguments to parameters 1, 2, ... in order.
    template <class... Args>
    Statement& bind(const Args&... args) {
        int index = 1;
        (bindOne(index++, args), ...);
        return *this;
    }
    /// Steps once; true when a row is available.
    bool step();
    /// Steps to the end (for INSERT/UPDATE/DELETE).
    void run();
    void reset();

    int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::vector<uint8_t> blob(int column) const;
    bool isNull(int column) const;

private:
    void bindOne(int index, int64_t value);
    void bindOne(int index, int value) { bindOne(index, static_cast<int64_t>(value)); }
    void bindOne(int index, bool value) { bindOne(index, static_cast<int64_t>(value)); }
    void bindOne(int index, double value);
    void bindOne(int index, const std::string& value);
    void bindOne(int index, const char* value) { bindOne(index, std::string(value)); }
    void bindOne(int index, const BlobRef& value);
    void bindOne(int index, std::nullptr_t);
    void bindOne(int index, const std::optional<int64_t>& value);
    void check(int rc);

    sqlite3* db_;
    sqlite3_stmt* st_ = nullptr;
    std::string what_;
};

class Database {
public:
    /// Opens `path` (or an SQLite URI) with sqlite3_open_v2 flags; `what` names it in messages.
    Database(const std::string& path, int flags, const std::string& what);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() { return db_; }
    const std::string& what() const { return what_; }
    void exec(const std::string& sql);
    Statement prepare(const std::string& sql);
    /// The first column of the first row of `sql` as an integer (0 when there is no row).
    int64_t queryInt(const std::string& sql);
    int64_t lastInsertId() const;
    /// Rows changed by the last INSERT/UPDATE/DELETE.
    int changes() const;
    /// Runs `fn` in one write transaction (BEGIN IMMEDIATE ... COMMIT); rolls back if it throws.
    void write(const std::function<void()>& fn);
    /// Runs `fn` in one read transaction, so several queries see one snapshot.
    void read(const std::function<void()>& fn);
    bool inTransaction() const;

    /// Throws ProjectError for result code `rc` with `context` ("saving clip 3") and advice.
    [[noreturn]] void fail(int rc, const std::string& context) const;

private:
    sqlite3* db_ = nullptr;
    std::string what_;
};

/// The message for an SQLite result code: what it means for a project and what to do.
std::string describeSqliteError(int rc, const std::string& sqliteMessage);

}  // namespace tessera::app
