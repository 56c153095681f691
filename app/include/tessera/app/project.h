#pragma once
// The project library: a project is a folder holding project.tessera (SQLite in WAL mode), media/
// (every file named by its SHA-256) and backups/ (rotating copies of the database). Every user action
// is one transaction; a media file is written, fsynced and renamed into place before a committed row
// refers to it, so a killed process loses nothing that was committed and shows nothing half-written.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "tessera/frame.h"
#include "tessera/pipeline.h"

namespace tessera::app {

class Database;
class FolderLock;
class BackupWorker;

/// Any failure of the project library; the message names the project or file and says what to do.
class ProjectError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The schema this Tessera writes; older projects are migrated forward, newer ones refused.
constexpr int kSchemaVersion = 4;
/// The database file inside a project folder.
constexpr const char* kProjectFileName = "project.tessera";
/// Extension of the latents files in media/ ("<sha256>.zst": zstd of the raw tensor bytes).
constexpr const char* kLatentsExtension = ".zst";

struct OpenOptions {
    bool create = false;       ///< make the folder and a new project when there is none
    int busyTimeoutMs = 5000;  ///< how long to wait while another process writes
    /// Clean orphaned temporaries (when no other process has the project open) and back up the
    /// database. Off for extra connections of the same process, e.g. queue workers.
    bool maintenance = true;
    int backupIntervalSeconds = 600;  ///< at most one backup per interval while the project changes
    int keepBackups = 5;
};

/// A file stored in media/ under its content hash.
struct StoredFile {
    std::string name;  ///< file name inside media/: "<sha256>.<ext>"
    std::string sha256;
    int64_t sizeBytes = 0;
};

/// Where a known input of a generation came from: an imported asset or another clip.
struct InputRef {
    int64_t assetId = 0;
    int64_t clipId = 0;
    bool empty() const { return assetId == 0 && clipId == 0; }
};

enum class AssetKind { Invalid = 0, Image, Video, Audio };
/// "image", "video", "audio".
const char* assetKindName(AssetKind kind);
AssetKind assetKindFromName(const std::string& name);

struct AssetRecord {
    int64_t id = 0;
    AssetKind kind = AssetKind::Invalid;
    std::string name;        ///< the imported file's name
    std::string sourcePath;  ///< where it was imported from
    StoredFile file;
    int width = 0, height = 0, frames = 0;  ///< upright, as displayed
    double fps = 0, durationSeconds = 0;
    int rotationDegrees = 0;  ///< a video's display rotation, counterclockwise: 0, 90, 180 or 270
    int64_t createdMs = 0;    ///< Unix time in milliseconds
};

/// A new asset: the file is already in media/ (storeMedia); the thumbnail frame is optional.
struct NewAsset {
    AssetKind kind = AssetKind::Invalid;
    std::string name, sourcePath;
    StoredFile file;
    int width = 0, height = 0, frames = 0;  ///< upright, as displayed
    double fps = 0, durationSeconds = 0;
    int rotationDegrees = 0;  ///< a video's display rotation, counterclockwise: 0, 90, 180 or 270
    Frame thumbnailSource;    ///< upright
};

struct ClipRecord {
    int64_t id = 0;
    StoredFile file;
    int width = 0, height = 0, frames = 0;
    double fps = 0, durationSeconds = 0;
    std::string title;
    int64_t createdMs = 0;
    bool favourite = false;
    int rating = 0;  ///< 0 (none) to 5
    std::vector<std::string> tags;
    int64_t parentClipId = 0;  ///< the clip this one extends, edits or regenerates; 0 = none
    int64_t generationId = 0;
    std::string prompt;  ///< the prompt of its generation
};

struct GenerationRecord {
    int64_t id = 0;
    std::string recipeJson;   ///< the engine's fully resolved recipe
    std::string requestJson;  ///< the job request that made it, with the resolved seed (see queue.h)
    std::string modelName, modelHash, modelPath, task, prompt, enhancedPrompt, negativePrompt, sampler;
    int64_t seed = 0;
    int steps = 0, width = 0, height = 0, frames = 0;
    double guidance = 0, shift = 0, fps = 0, strength = 0;
    std::string engineVersion, device, dtype;
    std::map<std::string, double> timingsSeconds;
    std::map<std::string, InputRef> inputs;  ///< role ("image", "video", ...) -> source
    int64_t createdMs = 0;
};

/// A finished generation to store: the encoded file is already in media/.
struct NewGeneratedClip {
    StoredFile file;
    const GenerationResult* result = nullptr;  ///< frames (for facts and thumbnail), latents, recipe
    std::string requestJson;
    std::string modelPath;
    std::map<std::string, InputRef> inputs;
    int64_t parentClipId = 0;
    int64_t jobId = 0;  ///< the job this finishes (marked done in the same transaction); 0 = none
    std::string title;
};

/// Changes to a clip's user fields; unset fields stay as they are.
struct ClipChanges {
    std::optional<std::string> title;
    std::optional<bool> favourite;
    std::optional<int> rating;
    std::optional<std::vector<std::string>> tags;
};

struct ClipFilter {
    bool favouritesOnly = false;
    std::string tag;  ///< only clips with this tag
    int limit = -1;   ///< -1 = all
};

struct SearchHit {
    int64_t clipId = 0;
    std::string prompt;
    std::string snippet;  ///< the matching prompt with [brackets] around the matched words
};

struct ProjectSummary {
    std::string dir;
    int schemaVersion = 0;
    std::string createdBy;  ///< Tessera version that created the project
    int64_t createdMs = 0;
    int64_t clips = 0, assets = 0, generations = 0;
    std::map<std::string, int64_t> jobs;  ///< state name -> count
    int64_t databaseBytes = 0, mediaBytes = 0;
    std::string synchronous;  ///< "normal" or "full"
    std::vector<std::string> backups;
    bool readOnly = false;
};

struct CheckReport {
    bool integrityOk = false;
    std::vector<std::string> integrityErrors;  ///< integrity_check and foreign_key_check findings
    std::vector<std::string> missingFiles;     ///< referenced by a row but not in media/
    std::vector<std::string> corruptFiles;     ///< present but with another hash
    std::vector<std::string> unreferencedFiles;
    std::vector<std::string> temporaries;  ///< leftovers of interrupted writes
    int64_t filesChecked = 0;
    /// True when the database is sound and every referenced file is present with its hash.
    bool ok() const { return integrityOk && missingFiles.empty() && corruptFiles.empty(); }
};

class ProjectLibrary {
public:
    /// Opens the project in `dir`. Refuses (ProjectError, nothing changed) a folder without a project,
    /// a file that is not a Tessera project, and a project from a newer Tessera; migrates an older one.
    /// Opens read-only, with a note in notes(), when the folder or database is not writable.
    static std::unique_ptr<ProjectLibrary> open(const std::string& dir, const OpenOptions& options = {});
    /// Creates a new empty project in `dir` (created if needed; must not hold a project already).
    static std::unique_ptr<ProjectLibrary> create(const std::string& dir, const OpenOptions& options = {});
    ~ProjectLibrary();
    ProjectLibrary(const ProjectLibrary&) = delete;
    ProjectLibrary& operator=(const ProjectLibrary&) = delete;

    const std::string& dir() const { return dir_; }
    bool readOnly() const { return readOnly_; }
    /// Things the user should know about how the project was opened (read-only, migrated, ...).
    const std::vector<std::string>& notes() const { return notes_; }
    /// The connection, for app/ services that keep their own tables here (queue, timeline).
    Database& database() { return *db_; }

    /// Runs `fn` as one user action: one write transaction, committed whole or not at all.
    void transact(const std::function<void()>& fn);

    /// Writes a file into media/: `writer` fills a temporary path, which is fsynced, hashed and
    /// renamed to "<sha256><ext>". Returns what a row should reference.
    StoredFile storeMedia(const std::string& ext, const std::function<void(const std::string& tmpPath)>& writer);
    /// Copies an outside file into media/ (same contract as storeMedia).
    StoredFile copyIntoMedia(const std::string& sourcePath);
    /// The absolute path of a file in media/.
    std::string mediaPath(const std::string& name) const;

    /// Adds assets (their files already in media/) in one transaction; returns their ids in order.
    std::vector<int64_t> addAssets(const std::vector<NewAsset>& assets);
    AssetRecord asset(int64_t id);
    std::vector<AssetRecord> assets();
    /// The asset holding a file with this hash; id 0 when there is none.
    AssetRecord assetBySha256(const std::string& sha256);
    /// PNG bytes of an asset's thumbnail (empty when it has none, e.g. audio).
    std::vector<uint8_t> assetThumbnail(int64_t assetId);

    /// Stores a generation, its latents, inputs, thumbnail and clip (and finishes its job) in one
    /// transaction. Returns the clip id.
    int64_t addGeneratedClip(const NewGeneratedClip& clip);
    ClipRecord clip(int64_t id);
    std::vector<ClipRecord> clips(const ClipFilter& filter = {});
    GenerationRecord generation(int64_t id);
    LatentBlob latents(int64_t generationId);
    /// PNG bytes of a clip's thumbnail (empty when it has none).
    std::vector<uint8_t> clipThumbnail(int64_t clipId);
    void updateClip(int64_t id, const ClipChanges& changes);
    /// Deletes clips with their generations and latents in one transaction, then the media files no
    /// row uses any more. Refuses a clip that another clip's recipe or a timeline uses.
    void deleteClips(const std::vector<int64_t>& ids);
    /// Clips whose prompt (or enhanced prompt) contains all the words of `text`, best match first.
    std::vector<SearchHit> search(const std::string& text, int limit = 50);

    std::string setting(const std::string& key, const std::string& fallback = {});
    /// Stores a setting. "synchronous" = "normal" | "full" takes effect at once.
    void setSetting(const std::string& key, const std::string& value);

    ProjectSummary summary();
    /// Runs integrity_check and foreign_key_check and verifies every referenced file and its hash.
    CheckReport check();

    /// Backs the database up into backups/ now (online backup API) and keeps the newest ones.
    void backupNow();
    /// Waits for a backup running in the background to finish.
    void waitForBackup();
    /// Backup file names, oldest first.
    std::vector<std::string> backups() const;

private:
    ProjectLibrary(std::string dir, const OpenOptions& options);
    void openDatabase();
    void runMaintenance();
    void moveLatentsIntoMedia();
    void maybeBackup();
    int64_t changeCount();

    std::string dir_;
    OpenOptions options_;
    bool readOnly_ = false;
    std::vector<std::string> notes_;
    std::unique_ptr<FolderLock> lock_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<BackupWorker> backup_;
};

/// Milliseconds since the Unix epoch.
int64_t nowMs();

}  // namespace tessera::app
