#include "project/schema.h"

#include "project/database.h"
#include "tessera/app/project.h"

namespace tessera::app {

namespace {

// Version 1: the library, the queue and the (not yet used) timeline tables.
constexpr const char* kVersion1 = R"sql(
PRAGMA application_id = 1413829459;  -- kApplicationId, "TESS"

CREATE TABLE settings(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings(key, value) VALUES ('synchronous', 'normal'), ('change_count', '0');

CREATE TABLE schema_version(
    version INTEGER PRIMARY KEY,
    applied_at INTEGER NOT NULL,
    tessera TEXT NOT NULL,
    summary TEXT NOT NULL
);

CREATE TABLE assets(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'audio')),
    name TEXT NOT NULL,
    source_path TEXT NOT NULL,
    media TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    frames INTEGER NOT NULL DEFAULT 0,
    fps REAL NOT NULL DEFAULT 0,
    duration_seconds REAL NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX assets_by_sha256 ON assets(sha256);

CREATE TABLE generations(
    id INTEGER PRIMARY KEY,
    recipe TEXT NOT NULL,
    request TEXT NOT NULL,
    model_name TEXT NOT NULL,
    model_hash TEXT NOT NULL,
    model_path TEXT NOT NULL,
    task TEXT NOT NULL,
    prompt TEXT NOT NULL,
    enhanced_prompt TEXT NOT NULL,
    negative_prompt TEXT NOT NULL,
    seed INTEGER NOT NULL,
    steps INTEGER NOT NULL,
    guidance REAL NOT NULL,
    shift REAL NOT NULL,
    sampler TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    frames INTEGER NOT NULL,
    fps REAL NOT NULL,
    strength REAL NOT NULL,
    engine_version TEXT NOT NULL,
    device TEXT NOT NULL,
    dtype TEXT NOT NULL,
    timings TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL
);

CREATE TABLE clips(
    id INTEGER PRIMARY KEY,
    media TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    frames INTEGER NOT NULL,
    fps REAL NOT NULL,
    duration_seconds REAL NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),
    rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    parent_clip_id INTEGER REFERENCES clips(id) ON DELETE SET NULL,
    generation_id INTEGER UNIQUE REFERENCES generations(id) ON DELETE RESTRICT
);

CREATE TABLE clip_tags(
    clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (clip_id, tag)
) WITHOUT ROWID;

-- Known inputs of a generation; RESTRICT keeps a recipe's inputs from being deleted under it.
CREATE TABLE generation_inputs(
    generation_id INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    asset_id INTEGER REFERENCES assets(id) ON DELETE RESTRICT,
    clip_id INTEGER REFERENCES clips(id) ON DELETE RESTRICT,
    PRIMARY KEY (generation_id, role),
    CHECK ((asset_id IS NULL) <> (clip_id IS NULL))
) WITHOUT ROWID;

CREATE TABLE latents(
    generation_id INTEGER PRIMARY KEY REFERENCES generations(id) ON DELETE CASCADE,
    dtype TEXT NOT NULL,
    shape TEXT NOT NULL,
    codec TEXT NOT NULL CHECK (codec IN ('zstd')),
    raw_bytes INTEGER NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE thumbnails(
    id INTEGER PRIMARY KEY,
    clip_id INTEGER UNIQUE REFERENCES clips(id) ON DELETE CASCADE,
    asset_id INTEGER UNIQUE REFERENCES assets(id) ON DELETE CASCADE,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    png BLOB NOT NULL,
    CHECK ((clip_id IS NULL) <> (asset_id IS NULL))
);

CREATE TABLE jobs(
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    request TEXT NOT NULL,
    prompt TEXT NOT NULL DEFAULT '',
    task TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    device TEXT NOT NULL DEFAULT '',
    worker TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT '',
    step INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    progress REAL NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    preview BLOB,
    attempts INTEGER NOT NULL DEFAULT 0,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    clip_id INTEGER REFERENCES clips(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    started_at INTEGER,
    finished_at INTEGER
);

CREATE TABLE timelines(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    fps REAL NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE tracks(
    id INTEGER PRIMARY KEY,
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('video', 'audio', 'title')),
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    muted INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE items(
    id INTEGER PRIMARY KEY,
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    clip_id INTEGER REFERENCES clips(id) ON DELETE RESTRICT,
    asset_id INTEGER REFERENCES assets(id) ON DELETE RESTRICT,
    start_frame INTEGER NOT NULL,
    in_frame INTEGER NOT NULL,
    out_frame INTEGER NOT NULL,
    properties TEXT NOT NULL DEFAULT '{}'
);
)sql";

// Version 2: full-text search over prompts, and indexes for the queue order, the library listing and
// the foreign keys a clip deletion checks (without them each deletion scans whole tables).
constexpr const char* kVersion2 = R"sql(
CREATE VIRTUAL TABLE generations_fts USING fts5(
    prompt, enhanced_prompt, content='generations', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER generations_fts_insert AFTER INSERT ON generations BEGIN
    INSERT INTO generations_fts(rowid, prompt, enhanced_prompt) VALUES (new.id, new.prompt, new.enhanced_prompt);
END;
CREATE TRIGGER generations_fts_delete AFTER DELETE ON generations BEGIN
    INSERT INTO generations_fts(generations_fts, rowid, prompt, enhanced_prompt)
        VALUES ('delete', old.id, old.prompt, old.enhanced_prompt);
END;
CREATE TRIGGER generations_fts_update AFTER UPDATE OF prompt, enhanced_prompt ON generations BEGIN
    INSERT INTO generations_fts(generations_fts, rowid, prompt, enhanced_prompt)
        VALUES ('delete', old.id, old.prompt, old.enhanced_prompt);
    INSERT INTO generations_fts(rowid, prompt, enhanced_prompt) VALUES (new.id, new.prompt, new.enhanced_prompt);
END;
INSERT INTO generations_fts(generations_fts) VALUES ('rebuild');

CREATE INDEX jobs_by_state ON jobs(state, position);
CREATE INDEX jobs_by_clip ON jobs(clip_id);
CREATE INDEX clips_by_created ON clips(created_at);
CREATE INDEX clips_by_parent ON clips(parent_clip_id);
CREATE INDEX clips_by_sha256 ON clips(sha256);
CREATE INDEX clip_tags_by_tag ON clip_tags(tag);
CREATE INDEX generation_inputs_by_clip ON generation_inputs(clip_id);
CREATE INDEX generation_inputs_by_asset ON generation_inputs(asset_id);
CREATE INDEX items_by_clip ON items(clip_id);
CREATE INDEX items_by_asset ON items(asset_id);
CREATE INDEX items_by_track ON items(track_id);
CREATE INDEX tracks_by_timeline ON tracks(timeline_id);
)sql";

// Version 3: latents leave the database. Every backup copied the whole database, and latents were
// ~95% of it (a 10,000-clip project: 680 MB per backup, 5 kept). Their zstd bytes now live in media/
// as "<sha256>.zst", written and fsynced before the row that names them, like a clip's file; `data`
// is an empty blob then. Rows of older versions keep their bytes here until the first writable open
// moves them (ProjectLibrary::moveLatentsIntoMedia), which a killed process simply resumes.
constexpr const char* kVersion3 = R"sql(
ALTER TABLE latents ADD COLUMN media TEXT;
ALTER TABLE latents ADD COLUMN sha256 TEXT;
)sql";

// Version 4: a video asset's display rotation (counterclockwise, as in its display matrix). Its width
// and height are as displayed, and decoded frames come out upright. Assets imported before this
// version keep 0: their rows were made from frames decoded without the rotation.
constexpr const char* kVersion4 = R"sql(
ALTER TABLE assets ADD COLUMN rotation_degrees INTEGER NOT NULL DEFAULT 0
    CHECK (rotation_degrees IN (0, 90, 180, 270));
)sql";

}  // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps = {
        {1, "library, queue and timeline tables", kVersion1},
        {2, "full-text search over prompts; indexes for listings and foreign keys", kVersion2},
        {3, "latents in media/ files instead of database blobs", kVersion3},
        {4, "display rotation of video assets", kVersion4},
    };
    return steps;
}

void migrate(Database& db, int fromVersion, int toVersion, const std::string& tesseraVersion) {
    for (const Migration& m : migrations()) {
        if (m.version <= fromVersion || m.version > toVersion) continue;
        db.write([&] {
            // Another process may have run this step while we waited for the write lock.
            if (db.queryInt("PRAGMA user_version") >= m.version) return;
            db.exec(m.sql);
            db.exec("PRAGMA user_version = " + std::to_string(m.version));
            db.prepare("INSERT INTO schema_version(version, applied_at, tessera, summary) VALUES (?, ?, ?, ?)")
                .bind(m.version, nowMs(), tesseraVersion, std::string(m.summary))
                .run();
        });
    }
}

std::string tesseraVersion() {
    return TESSERA_VERSION;
}

}  // namespace tessera::app
