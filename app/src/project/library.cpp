// The library's contents: assets, generated clips with their recipes and latents, search, edits.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "project/codecs.h"
#include "project/database.h"
#include "project/files.h"
#include "tessera/app/project.h"
#include "tessera/safetensors.h"
#include "util/sha256.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace tessera::app {

namespace {

constexpr int kThumbnailSide = 256;

std::optional<int64_t> idOrNull(int64_t id) {
    return id > 0 ? std::optional<int64_t>(id) : std::nullopt;
}

template <class T>
T recipeField(const json& recipe, const char* key) {
    auto it = recipe.find(key);
    if (it == recipe.end() || it->is_null())
        throw ProjectError(std::string("the generation's recipe has no '") + key + "'; nothing was stored");
    try {
        return it->get<T>();
    } catch (const json::exception&) {
        throw ProjectError(std::string("the generation's recipe has a malformed '") + key + "'; nothing was stored");
    }
}

// Checks that the latent bytes match dtype x shape before they are stored.
void checkLatents(const LatentBlob& l) {
    const DType dtype = dtypeFromName(l.dtype);
    if (dtype == DType::Invalid) throw ProjectError("latents have an unknown dtype '" + l.dtype + "'");
    int64_t count = 1;
    for (int64_t d : l.shape) {
        if (d < 0) throw ProjectError("latents have a negative dimension");
        count *= d;
    }
    if (static_cast<size_t>(count) * dtypeSize(dtype) != l.bytes.size())
        throw ProjectError("latents hold " + std::to_string(l.bytes.size()) + " bytes but their shape and dtype need " +
                           std::to_string(static_cast<size_t>(count) * dtypeSize(dtype)));
}

struct Thumbnail {
    std::vector<uint8_t> png;
    int width = 0, height = 0;
};

Thumbnail makeThumbnail(const Frame& frame) {
    Thumbnail t;
    if (!frame.empty()) t.png = encodePng(frame, kThumbnailSide, t.width, t.height);
    return t;
}

void insertThumbnail(Database& db, const char* column, int64_t id, const Thumbnail& t) {
    if (t.png.empty()) return;
    db.prepare(std::string("INSERT INTO thumbnails(") + column + ", width, height, png) VALUES (?, ?, ?, ?)")
        .bind(id, t.width, t.height, BlobRef{t.png.data(), t.png.size()})
        .run();
}

constexpr const char* kAssetColumns =
    "id, kind, name, source_path, media, sha256, size_bytes, width, height, frames, fps, duration_seconds, created_at, "
    "rotation_degrees";

AssetRecord readAsset(const Statement& st) {
    AssetRecord a;
    a.id = st.int64(0);
    a.kind = assetKindFromName(st.text(1));
    a.name = st.text(2);
    a.sourcePath = st.text(3);
    a.file = {st.text(4), st.text(5), st.int64(6)};
    a.width = static_cast<int>(st.int64(7));
    a.height = static_cast<int>(st.int64(8));
    a.frames = static_cast<int>(st.int64(9));
    a.fps = st.real(10);
    a.durationSeconds = st.real(11);
    a.createdMs = st.int64(12);
    a.rotationDegrees = static_cast<int>(st.int64(13));
    return a;
}

constexpr const char* kClipColumns =
    "c.id, c.media, c.sha256, c.size_bytes, c.width, c.height, c.frames, c.fps, c.duration_seconds, c.title, "
    "c.created_at, c.favourite, c.rating, c.parent_clip_id, c.generation_id, coalesce(g.prompt, '')";

ClipRecord readClip(const Statement& st) {
    ClipRecord c;
    c.id = st.int64(0);
    c.file = {st.text(1), st.text(2), st.int64(3)};
    c.width = static_cast<int>(st.int64(4));
    c.height = static_cast<int>(st.int64(5));
    c.frames = static_cast<int>(st.int64(6));
    c.fps = st.real(7);
    c.durationSeconds = st.real(8);
    c.title = st.text(9);
    c.createdMs = st.int64(10);
    c.favourite = st.int64(11) != 0;
    c.rating = static_cast<int>(st.int64(12));
    c.parentClipId = st.int64(13);
    c.generationId = st.int64(14);
    c.prompt = st.text(15);
    return c;
}

// FTS5 query for the words of `text`: every word must occur, as a word or a word's start.
std::string ftsQuery(const std::string& text) {
    std::string query, word;
    auto flush = [&] {
        if (word.empty()) return;
        query += (query.empty() ? "\"" : " \"") + word + "\"*";
        word.clear();
    };
    for (unsigned char c : text) {
        if (std::isalnum(c) || c >= 0x80) {
            word += static_cast<char>(c);
        } else {
            flush();
        }
    }
    flush();
    return query;
}

}  // namespace

const char* assetKindName(AssetKind kind) {
    switch (kind) {
        case AssetKind::Image:
            return "image";
        case AssetKind::Video:
            return "video";
        case AssetKind::Audio:
            return "audio";
        default:
            return "invalid";
    }
}

AssetKind assetKindFromName(const std::string& name) {
    for (AssetKind k : {AssetKind::Image, AssetKind::Video, AssetKind::Audio})
        if (name == assetKindName(k)) return k;
    return AssetKind::Invalid;
}

std::vector<int64_t> ProjectLibrary::addAssets(const std::vector<NewAsset>& assets) {
    std::vector<Thumbnail> thumbs;
    for (const NewAsset& a : assets) {
        if (a.kind == AssetKind::Invalid) throw ProjectError(a.name + ": unknown asset kind");
        thumbs.push_back(makeThumbnail(a.thumbnailSource));
    }
    std::vector<int64_t> ids;
    transact([&] {
        ids.clear();
        for (size_t i = 0; i < assets.size(); ++i) {
            const NewAsset& a = assets[i];
            db_->prepare(
                   "INSERT INTO assets(kind, name, source_path, media, sha256, size_bytes, width, height, "
                   "frames, fps, duration_seconds, created_at, rotation_degrees) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(std::string(assetKindName(a.kind)), a.name, a.sourcePath, a.file.name, a.file.sha256,
                      a.file.sizeBytes, a.width, a.height, a.frames, a.fps, a.durationSeconds, nowMs(),
                      a.rotationDegrees)
                .run();
            ids.push_back(db_->lastInsertId());
            insertThumbnail(*db_, "asset_id", ids.back(), thumbs[i]);
        }
    });
    return ids;
}

AssetRecord ProjectLibrary::asset(int64_t id) {
    auto st = db_->prepare(std::string("SELECT ") + kAssetColumns + " FROM assets WHERE id = ?");
    st.bind(id);
    if (!st.step()) throw ProjectError(dir_ + ": there is no asset " + std::to_string(id));
    return readAsset(st);
}

std::vector<AssetRecord> ProjectLibrary::assets() {
    std::vector<AssetRecord> out;
    auto st = db_->prepare(std::string("SELECT ") + kAssetColumns + " FROM assets ORDER BY id");
    while (st.step()) out.push_back(readAsset(st));
    return out;
}

AssetRecord ProjectLibrary::assetBySha256(const std::string& sha256) {
    auto st = db_->prepare(std::string("SELECT ") + kAssetColumns + " FROM assets WHERE sha256 = ?");
    st.bind(sha256);
    return st.step() ? readAsset(st) : AssetRecord{};
}

int64_t ProjectLibrary::addGeneratedClip(const NewGeneratedClip& c) {
    if (!c.result) throw ProjectError("addGeneratedClip: no generation result");
    const GenerationResult& r = *c.result;
    if (r.clip.frames.empty()) throw ProjectError("the generation has no frames; nothing was stored");
    const json recipe = json::parse(r.recipeJson, nullptr, false);
    if (!recipe.is_object()) throw ProjectError("the generation's recipe is not valid JSON; nothing was stored");
    checkLatents(r.latents);
    const std::vector<uint8_t> packed = compressZstd(r.latents.bytes);
    const Thumbnail thumb = makeThumbnail(r.clip.frames[r.clip.frames.size() / 2]);
    const json model = recipe.value("model", json::object());
    // Latents are a file in media/ (see schema version 3), in place before the row that names it.
    const StoredFile latentsFile =
        storeMedia(kLatentsExtension, [&](const std::string& tmp) { writeFileChecked(tmp, packed); });

    int64_t clipId = 0;
    transact([&] {
        for (const auto& [role, ref] : c.inputs) {
            const bool isAsset = ref.assetId > 0;
            auto st = db_->prepare(isAsset ? "SELECT 1 FROM assets WHERE id = ?" : "SELECT 1 FROM clips WHERE id = ?");
            st.bind(isAsset ? ref.assetId : ref.clipId);
            if (!st.step())
                throw ProjectError(dir_ + ": the " + role + " input " + (isAsset ? "asset " : "clip ") +
                                   std::to_string(isAsset ? ref.assetId : ref.clipId) +
                                   " is no longer in the project; nothing was stored");
        }
        db_->prepare(
               "INSERT INTO generations(recipe, request, model_name, model_hash, model_path, task, prompt, "
               "enhanced_prompt, negative_prompt, seed, steps, guidance, shift, sampler, width, height, frames, "
               "fps, strength, engine_version, device, dtype, timings, created_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(r.recipeJson, c.requestJson, model.value("name", std::string()), model.value("hash", std::string()),
                  c.modelPath, recipeField<std::string>(recipe, "task"), r.prompt, r.enhancedPrompt,
                  recipeField<std::string>(recipe, "negative_prompt"), r.seed, recipeField<int>(recipe, "steps"),
                  recipeField<double>(recipe, "guidance"), recipeField<double>(recipe, "shift"),
                  recipeField<std::string>(recipe, "sampler"), r.clip.width(), r.clip.height(), r.clip.frameCount(),
                  r.clip.fps, recipeField<double>(recipe, "strength"), recipeField<std::string>(recipe, "engine"),
                  recipeField<std::string>(recipe, "device"), recipeField<std::string>(recipe, "dtype"),
                  json(r.timingsSeconds).dump(), nowMs())
            .run();
        const int64_t generationId = db_->lastInsertId();
        for (const auto& [role, ref] : c.inputs) {
            db_->prepare("INSERT INTO generation_inputs(generation_id, role, asset_id, clip_id) VALUES (?, ?, ?, ?)")
                .bind(generationId, role, idOrNull(ref.assetId), idOrNull(ref.clipId))
                .run();
        }
        db_->prepare(
               "INSERT INTO latents(generation_id, dtype, shape, codec, raw_bytes, data, media, sha256) "
               "VALUES (?, ?, ?, 'zstd', ?, x'', ?, ?)")
            .bind(generationId, r.latents.dtype, json(r.latents.shape).dump(),
                  static_cast<int64_t>(r.latents.bytes.size()), latentsFile.name, latentsFile.sha256)
            .run();
        db_->prepare(
               "INSERT INTO clips(media, sha256, size_bytes, width, height, frames, fps, duration_seconds, title, "
               "created_at, parent_clip_id, generation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(c.file.name, c.file.sha256, c.file.sizeBytes, r.clip.width(), r.clip.height(), r.clip.frameCount(),
                  r.clip.fps, r.clip.durationSeconds(), c.title, nowMs(), idOrNull(c.parentClipId), generationId)
            .run();
        clipId = db_->lastInsertId();
        insertThumbnail(*db_, "clip_id", clipId, thumb);
        if (c.jobId > 0) {
            db_->prepare(
                   "UPDATE jobs SET state = 'done', clip_id = ?, progress = 1, error = '', cancel_requested = 0, "
                   "finished_at = ? WHERE id = ?")
                .bind(clipId, nowMs(), c.jobId)
                .run();
            if (db_->changes() == 0)
                throw ProjectError(dir_ + ": job " + std::to_string(c.jobId) + " is gone; nothing was stored");
        }
    });
    return clipId;
}

ClipRecord ProjectLibrary::clip(int64_t id) {
    ClipRecord c;
    db_->read([&] {
        auto st = db_->prepare(std::string("SELECT ") + kClipColumns +
                               " FROM clips c LEFT JOIN generations g ON g.id = c.generation_id WHERE c.id = ?");
        st.bind(id);
        if (!st.step()) throw ProjectError(dir_ + ": there is no clip " + std::to_string(id));
        c = readClip(st);
        auto tags = db_->prepare("SELECT tag FROM clip_tags WHERE clip_id = ? ORDER BY tag");
        tags.bind(id);
        while (tags.step()) c.tags.push_back(tags.text(0));
    });
    return c;
}

std::vector<ClipRecord> ProjectLibrary::clips(const ClipFilter& filter) {
    std::vector<ClipRecord> out;
    db_->read([&] {
        std::string sql = std::string("SELECT ") + kClipColumns +
                          " FROM clips c LEFT JOIN generations g ON g.id = c.generation_id WHERE 1";
        if (filter.favouritesOnly) sql += " AND c.favourite = 1";
        if (!filter.tag.empty()) sql += " AND c.id IN (SELECT clip_id FROM clip_tags WHERE tag = ?1)";
        sql += " ORDER BY c.id LIMIT " + std::to_string(filter.limit);
        auto st = db_->prepare(sql);
        if (!filter.tag.empty()) st.bind(filter.tag);
        std::map<int64_t, size_t> index;
        while (st.step()) {
            out.push_back(readClip(st));
            index[out.back().id] = out.size() - 1;
        }
        auto tags = db_->prepare("SELECT clip_id, tag FROM clip_tags ORDER BY clip_id, tag");
        while (tags.step()) {
            auto it = index.find(tags.int64(0));
            if (it != index.end()) out[it->second].tags.push_back(tags.text(1));
        }
    });
    return out;
}

GenerationRecord ProjectLibrary::generation(int64_t id) {
    GenerationRecord g;
    db_->read([&] {
        auto st = db_->prepare(
            "SELECT id, recipe, request, model_name, model_hash, model_path, task, prompt, enhanced_prompt, "
            "negative_prompt, sampler, seed, steps, width, height, frames, guidance, shift, fps, strength, "
            "engine_version, device, dtype, timings, created_at FROM generations WHERE id = ?");
        st.bind(id);
        if (!st.step()) throw ProjectError(dir_ + ": there is no generation " + std::to_string(id));
        g.id = st.int64(0);
        g.recipeJson = st.text(1);
        g.requestJson = st.text(2);
        g.modelName = st.text(3);
        g.modelHash = st.text(4);
        g.modelPath = st.text(5);
        g.task = st.text(6);
        g.prompt = st.text(7);
        g.enhancedPrompt = st.text(8);
        g.negativePrompt = st.text(9);
        g.sampler = st.text(10);
        g.seed = st.int64(11);
        g.steps = static_cast<int>(st.int64(12));
        g.width = static_cast<int>(st.int64(13));
        g.height = static_cast<int>(st.int64(14));
        g.frames = static_cast<int>(st.int64(15));
        g.guidance = st.real(16);
        g.shift = st.real(17);
        g.fps = st.real(18);
        g.strength = st.real(19);
        g.engineVersion = st.text(20);
        g.device = st.text(21);
        g.dtype = st.text(22);
        const json timings = json::parse(st.text(23), nullptr, false);
        if (timings.is_object())
            for (const auto& [k, v] : timings.items())
                if (v.is_number()) g.timingsSeconds[k] = v.get<double>();
        g.createdMs = st.int64(24);
        auto in = db_->prepare(
            "SELECT role, coalesce(asset_id, 0), coalesce(clip_id, 0) FROM generation_inputs "
            "WHERE generation_id = ?");
        in.bind(id);
        while (in.step()) g.inputs[in.text(0)] = InputRef{in.int64(1), in.int64(2)};
    });
    return g;
}

LatentBlob ProjectLibrary::latents(int64_t generationId) {
    auto st = db_->prepare(
        "SELECT dtype, shape, raw_bytes, data, coalesce(media, ''), coalesce(sha256, '') FROM latents "
        "WHERE generation_id = ?");
    st.bind(generationId);
    const std::string what = dir_ + ": latents of generation " + std::to_string(generationId);
    if (!st.step()) throw ProjectError(what + " are not stored");
    LatentBlob l;
    l.dtype = st.text(0);
    const json shape = json::parse(st.text(1), nullptr, false);
    if (!shape.is_array()) throw ProjectError(what + ": the stored shape is damaged");
    for (const auto& d : shape) l.shape.push_back(d.get<int64_t>());
    // Rows from before schema version 3 hold their bytes until moveLatentsIntoMedia has run.
    const std::string file = st.text(4);
    std::vector<uint8_t> packed;
    if (file.empty()) {
        packed = st.blob(3);
    } else {
        std::ifstream in(mediaPath(file), std::ios::binary);
        if (!in)
            throw ProjectError(what + ": media/" + file + " is missing (run `tessera project check " + dir_ + "`)");
        packed.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        Sha256 h;
        h.update(packed.data(), packed.size());
        if (h.hexDigest() != st.text(5))
            throw ProjectError(what + ": media/" + file + " is damaged (its content no longer matches its hash)");
    }
    l.bytes = decompressZstd(packed, st.int64(2), what);
    checkLatents(l);
    return l;
}

std::vector<uint8_t> ProjectLibrary::assetThumbnail(int64_t assetId) {
    auto st = db_->prepare("SELECT png FROM thumbnails WHERE asset_id = ?");
    st.bind(assetId);
    return st.step() ? st.blob(0) : std::vector<uint8_t>();
}

std::vector<uint8_t> ProjectLibrary::clipThumbnail(int64_t clipId) {
    auto st = db_->prepare("SELECT png FROM thumbnails WHERE clip_id = ?");
    st.bind(clipId);
    return st.step() ? st.blob(0) : std::vector<uint8_t>();
}

void ProjectLibrary::updateClip(int64_t id, const ClipChanges& changes) {
    if (changes.rating && (*changes.rating < 0 || *changes.rating > 5))
        throw ProjectError("a rating is 0 (none) to 5, not " + std::to_string(*changes.rating));
    if (changes.tags)
        for (const auto& t : *changes.tags)
            if (t.empty()) throw ProjectError("a tag cannot be empty");
    transact([&] {
        auto exists = db_->prepare("SELECT 1 FROM clips WHERE id = ?");
        exists.bind(id);
        if (!exists.step()) throw ProjectError(dir_ + ": there is no clip " + std::to_string(id));
        if (changes.title) db_->prepare("UPDATE clips SET title = ? WHERE id = ?").bind(*changes.title, id).run();
        if (changes.favourite)
            db_->prepare("UPDATE clips SET favourite = ? WHERE id = ?").bind(*changes.favourite, id).run();
        if (changes.rating) db_->prepare("UPDATE clips SET rating = ? WHERE id = ?").bind(*changes.rating, id).run();
        if (changes.tags) {
            db_->prepare("DELETE FROM clip_tags WHERE clip_id = ?").bind(id).run();
            for (const auto& t : std::set<std::string>(changes.tags->begin(), changes.tags->end()))
                db_->prepare("INSERT INTO clip_tags(clip_id, tag) VALUES (?, ?)").bind(id, t).run();
        }
    });
}

void ProjectLibrary::deleteClips(const std::vector<int64_t>& ids) {
    const std::set<int64_t> doomed(ids.begin(), ids.end());
    transact([&] {
        std::vector<int64_t> generations;
        for (int64_t id : doomed) {
            auto st = db_->prepare("SELECT coalesce(generation_id, 0) FROM clips WHERE id = ?");
            st.bind(id);
            if (!st.step())
                throw ProjectError(dir_ + ": there is no clip " + std::to_string(id) + "; nothing was deleted");
            if (st.int64(0) > 0) generations.push_back(st.int64(0));
            auto users = db_->prepare(
                "SELECT c.id, i.role FROM generation_inputs i JOIN clips c ON "
                "c.generation_id = i.generation_id WHERE i.clip_id = ?");
            users.bind(id);
            while (users.step()) {
                if (doomed.count(users.int64(0))) continue;
                throw ProjectError("clip " + std::to_string(id) + " is the " + users.text(1) + " input of clip " +
                                   std::to_string(users.int64(0)) + "'s recipe; delete clip " +
                                   std::to_string(users.int64(0)) + " first (nothing was deleted)");
            }
            auto items = db_->prepare("SELECT count(*) FROM items WHERE clip_id = ?");
            items.bind(id);
            if (items.step() && items.int64(0) > 0)
                throw ProjectError("clip " + std::to_string(id) +
                                   " is on a timeline; remove it there first (nothing "
                                   "was deleted)");
        }
        // Inputs first: a recipe may use another clip being deleted with it.
        for (int64_t g : generations)
            db_->prepare("DELETE FROM generation_inputs WHERE generation_id = ?").bind(g).run();
        for (int64_t id : doomed) db_->prepare("DELETE FROM clips WHERE id = ?").bind(id).run();
        for (int64_t g : generations) db_->prepare("DELETE FROM generations WHERE id = ?").bind(g).run();
    });
}

std::vector<SearchHit> ProjectLibrary::search(const std::string& text, int limit) {
    std::vector<SearchHit> hits;
    const std::string query = ftsQuery(text);
    if (query.empty()) return hits;
    auto st = db_->prepare(
        "SELECT c.id, g.prompt, highlight(generations_fts, 0, '[', ']') FROM generations_fts "
        "JOIN generations g ON g.id = generations_fts.rowid JOIN clips c ON c.generation_id = g.id "
        "WHERE generations_fts MATCH ? ORDER BY rank LIMIT ?");
    st.bind(query, limit);
    while (st.step()) hits.push_back({st.int64(0), st.text(1), st.text(2)});
    return hits;
}

ProjectSummary ProjectLibrary::summary() {
    ProjectSummary s;
    db_->read([&] {
        s.dir = dir_;
        s.schemaVersion = static_cast<int>(db_->queryInt("PRAGMA user_version"));
        s.createdBy = setting("created_by");
        s.createdMs = std::stoll(setting("created_at", "0"));
        s.clips = db_->queryInt("SELECT count(*) FROM clips");
        s.assets = db_->queryInt("SELECT count(*) FROM assets");
        s.generations = db_->queryInt("SELECT count(*) FROM generations");
        for (const char* state : {"queued", "running", "done", "failed", "cancelled"}) s.jobs[state] = 0;
        auto st = db_->prepare("SELECT state, count(*) FROM jobs GROUP BY state");
        while (st.step()) s.jobs[st.text(0)] = st.int64(1);
        s.databaseBytes = db_->queryInt("PRAGMA page_count") * db_->queryInt("PRAGMA page_size");
        s.synchronous = setting("synchronous", "normal");
    });
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(fs::path(dir_) / "media", ec))
        if (e.is_regular_file(ec)) s.mediaBytes += static_cast<int64_t>(e.file_size(ec));
    s.backups = backups();
    s.readOnly = readOnly_;
    return s;
}

}  // namespace tessera::app
