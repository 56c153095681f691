#include "io/torch_zip.h"

#include <cstring>
#include <fstream>
#include <map>
#include <set>

#include "io/mapped_file.h"

namespace tessera {

namespace {

[[noreturn]] void fail(const std::string& file, const std::string& what) { throw TensorFileError(file + ": " + what); }

uint16_t u16(const uint8_t* p) { return uint16_t(p[0] | (p[1] << 8)); }
uint32_t u32(const uint8_t* p) { return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24); }
uint64_t u64(const uint8_t* p) { return uint64_t(u32(p)) | (uint64_t(u32(p + 4)) << 32); }

constexpr uint32_t kEocd = 0x06054b50, kZip64Locator = 0x07064b50, kZip64Eocd = 0x06064b50;
constexpr uint32_t kCentral = 0x02014b50, kLocal = 0x04034b50;

}  // namespace

std::vector<ZipEntry> readZipDirectory(const uint8_t* bytes, std::size_t size, const std::string& file) {
    const std::string truncated = "is not a complete zip file (truncated download or copy?); download it again";
    if (size < 22) fail(file, truncated);
    // The end-of-central-directory record: 22 bytes plus a comment of up to 65535 bytes.
    std::size_t eocd = std::string::npos;
    const std::size_t lowest = size >= 22 + 65535 ? size - 22 - 65535 : 0;
    for (std::size_t p = size - 22 + 1; p-- > lowest;)
        if (u32(bytes + p) == kEocd) {
            eocd = p;
            break;
        }
    if (eocd == std::string::npos) fail(file, truncated + " (no end-of-central-directory record)");
    uint64_t count = u16(bytes + eocd + 10), cdSize = u32(bytes + eocd + 12), cdOffset = u32(bytes + eocd + 16);
    if (count == 0xFFFF || cdSize == 0xFFFFFFFFu || cdOffset == 0xFFFFFFFFu) {
        if (eocd < 20 || u32(bytes + eocd - 20) != kZip64Locator) fail(file, "zip64 archive without its locator record");
        const uint64_t z64 = u64(bytes + eocd - 20 + 8);
        if (size < 56 || z64 > size - 56 || u32(bytes + z64) != kZip64Eocd) fail(file, "corrupt zip64 end-of-central-directory record");
        count = u64(bytes + z64 + 32);
        cdSize = u64(bytes + z64 + 40);
        cdOffset = u64(bytes + z64 + 48);
    }
    if (cdOffset > size || cdSize > size - cdOffset) fail(file, truncated + " (central directory outside the file)");
    std::vector<ZipEntry> out;
    const uint8_t* p = bytes + cdOffset;
    const uint8_t* end = p + cdSize;
    for (uint64_t i = 0; i < count; ++i) {
        if (end - p < 46 || u32(p) != kCentral) fail(file, "corrupt zip central directory (entry " + std::to_string(i) + ")");
        ZipEntry e;
        e.method = u16(p + 10);
        e.compressedSize = u32(p + 20);
        e.size = u32(p + 24);
        const uint16_t nameLen = u16(p + 28), extraLen = u16(p + 30), commentLen = u16(p + 32);
        uint64_t local = u32(p + 42);
        if (end - p < 46 + nameLen + extraLen + commentLen) fail(file, "corrupt zip central directory entry");
        e.name.assign(reinterpret_cast<const char*>(p + 46), nameLen);
        // Zip64 extra field: the 64-bit values of the fields that hold 0xFFFFFFFF, in this order.
        for (const uint8_t* x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
            const uint16_t id = u16(x), len = u16(x + 2);
            if (x + 4 + len > p + 46 + nameLen + extraLen) fail(file, "corrupt zip extra field in '" + e.name + "'");
            if (id == 0x0001) {
                const uint8_t* v = x + 4;
                auto take = [&](uint64_t& field) {
                    if (field != 0xFFFFFFFFu) return;
                    if (v + 8 > x + 4 + len) fail(file, "corrupt zip64 field in '" + e.name + "'");
                    field = u64(v);
                    v += 8;
                };
                take(e.size);
                take(e.compressedSize);
                take(local);
            }
            x += 4 + len;
        }
        if (size < 30 || local > size - 30 || u32(bytes + local) != kLocal)
            fail(file, truncated + " (entry '" + e.name + "' points outside the file)");
        e.dataOffset = local + 30 + u16(bytes + local + 26) + u16(bytes + local + 28);
        if (e.dataOffset > size || e.compressedSize > size - e.dataOffset)
            fail(file, truncated + " (entry '" + e.name + "' ends past the end of the file)");
        out.push_back(std::move(e));
        p += 46 + nameLen + extraLen + commentLen;
    }
    return out;
}

bool isZipFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {0, 0, 0, 0};
    in.read(magic, 4);
    return in.gcount() == 4 && std::memcmp(magic, "PK\3\4", 4) == 0;
}

namespace {

// ---- The restricted unpickler ----------------------------------------------------------------

struct PValue;
using PRef = std::shared_ptr<PValue>;

struct PValue {
    enum class Kind { None, Bool, Int, Float, Str, Tuple, List, Dict, Global, Storage, Tensor };
    Kind kind = Kind::None;
    int64_t i = 0;
    double f = 0;
    std::string s;            // Str; Global: "module.name"; Storage: key
    std::vector<PRef> items;  // Tuple/List; Dict: key, value, key, value...
    DType dtype = DType::Invalid;  // Storage, Tensor; Global of a dtype or storage type
    // Tensor
    PRef storage;
    int64_t offset = 0;
    std::vector<int64_t> shape, stride;
};

PRef make(PValue::Kind k) {
    auto v = std::make_shared<PValue>();
    v->kind = k;
    return v;
}

// The globals a plain state dict needs, with the dtype a storage type or dtype name stands for.
const std::map<std::string, DType>& storageTypes() {
    static const std::map<std::string, DType> m = {
        {"torch.FloatStorage", DType::F32},   {"torch.HalfStorage", DType::F16},  {"torch.BFloat16Storage", DType::BF16},
        {"torch.DoubleStorage", DType::F64},  {"torch.LongStorage", DType::I64},  {"torch.IntStorage", DType::I32},
        {"torch.ShortStorage", DType::I16},   {"torch.CharStorage", DType::I8},   {"torch.ByteStorage", DType::U8},
        {"torch.BoolStorage", DType::Bool},   {"torch.storage.UntypedStorage", DType::U8}};
    return m;
}
const std::map<std::string, DType>& dtypeGlobals() {
    static const std::map<std::string, DType> m = {
        {"torch.float32", DType::F32}, {"torch.float16", DType::F16},       {"torch.bfloat16", DType::BF16},
        {"torch.float64", DType::F64}, {"torch.int64", DType::I64},         {"torch.int32", DType::I32},
        {"torch.int16", DType::I16},   {"torch.int8", DType::I8},           {"torch.uint8", DType::U8},
        {"torch.bool", DType::Bool},   {"torch.float8_e4m3fn", DType::F8E4M3}, {"torch.float8_e5m2", DType::F8E5M2}};
    return m;
}
const std::set<std::string>& callables() {
    static const std::set<std::string> s = {"collections.OrderedDict", "torch._utils._rebuild_tensor_v2",
                                            "torch._utils._rebuild_tensor_v3", "torch._utils._rebuild_parameter"};
    return s;
}

class Unpickler {
public:
    Unpickler(const uint8_t* data, std::size_t size, std::string file)
        : start_(data), p_(data), end_(data + size), file_(std::move(file)) {}

    PRef run() {
        while (true) {
            const uint8_t op = byte();
            switch (op) {
                case 0x80: byte(); break;                 // PROTO n
                case 0x95: take(8); break;                // FRAME (length; the bytes follow inline)
                case '.':                                 // STOP
                    if (stack_.size() != 1) bad("pickle ends with " + std::to_string(stack_.size()) + " values on its stack");
                    return stack_.back();
                case '(': marks_.push_back(stack_.size()); break;  // MARK
                case '}': push(make(PValue::Kind::Dict)); break;    // EMPTY_DICT
                case ']': push(make(PValue::Kind::List)); break;    // EMPTY_LIST
                case ')': push(make(PValue::Kind::Tuple)); break;   // EMPTY_TUPLE
                case 't': {                                        // TUPLE
                    auto t = make(PValue::Kind::Tuple);
                    t->items = popMark();
                    push(t);
                    break;
                }
                case 0x85: case 0x86: case 0x87: {  // TUPLE1..3
                    const std::size_t n = op - 0x84;
                    if (stack_.size() < n) bad("tuple of " + std::to_string(n) + " on a shorter stack");
                    auto t = make(PValue::Kind::Tuple);
                    t->items.assign(stack_.end() - long(n), stack_.end());
                    stack_.resize(stack_.size() - n);
                    push(t);
                    break;
                }
                case 'X': pushStr(u32(take(4))); break;     // BINUNICODE
                case 0x8c: pushStr(byte()); break;          // SHORT_BINUNICODE
                case 0x8d: pushStr(u64(take(8))); break;    // BINUNICODE8
                case 'J': pushInt(int32_t(u32(take(4)))); break;  // BININT
                case 'K': pushInt(byte()); break;                 // BININT1
                case 'M': pushInt(u16(take(2))); break;           // BININT2
                case 0x8a: {                                      // LONG1
                    const uint8_t n = byte();
                    if (n > 8) bad("integer of " + std::to_string(n) + " bytes");
                    const uint8_t* b = take(n);
                    uint64_t v = 0;
                    for (int k = 0; k < n; ++k) v |= uint64_t(b[k]) << (8 * k);
                    if (n > 0 && n < 8 && (b[n - 1] & 0x80)) v |= ~uint64_t(0) << (8 * n);  // sign-extend
                    pushInt(int64_t(v));
                    break;
                }
                case 'G': {  // BINFLOAT (big-endian double)
                    const uint8_t* b = take(8);
                    uint64_t bits = 0;
                    for (int k = 0; k < 8; ++k) bits = (bits << 8) | b[k];
                    auto v = make(PValue::Kind::Float);
                    std::memcpy(&v->f, &bits, 8);
                    push(v);
                    break;
                }
                case 0x88: case 0x89: {  // NEWTRUE, NEWFALSE
                    auto v = make(PValue::Kind::Bool);
                    v->i = op == 0x88;
                    push(v);
                    break;
                }
                case 'N': push(make(PValue::Kind::None)); break;
                case 'q': memo_[byte()] = top(); break;           // BINPUT
                case 'r': memo_[u32(take(4))] = top(); break;     // LONG_BINPUT
                case 0x94: memo_[int64_t(memo_.size())] = top(); break;  // MEMOIZE
                case 'h': push(memo(byte())); break;             // BINGET
                case 'j': push(memo(u32(take(4)))); break;       // LONG_BINGET
                case 's': {                                      // SETITEM
                    auto v = pop(), k = pop();
                    auto d = top();
                    if (d->kind != PValue::Kind::Dict) bad("SETITEM on something that is not a dict");
                    d->items.push_back(k);
                    d->items.push_back(v);
                    break;
                }
                case 'u': {  // SETITEMS
                    auto kv = popMark();
                    auto d = top();
                    if (d->kind != PValue::Kind::Dict || kv.size() % 2) bad("SETITEMS on something that is not a dict");
                    d->items.insert(d->items.end(), kv.begin(), kv.end());
                    break;
                }
                case 'a': {  // APPEND
                    auto v = pop();
                    if (top()->kind != PValue::Kind::List) bad("APPEND to something that is not a list");
                    top()->items.push_back(v);
                    break;
                }
                case 'e': {  // APPENDS
                    auto vs = popMark();
                    if (top()->kind != PValue::Kind::List) bad("APPENDS to something that is not a list");
                    top()->items.insert(top()->items.end(), vs.begin(), vs.end());
                    break;
                }
                case 'c': {  // GLOBAL "module\nname\n"
                    std::string module = line(), name = line();
                    push(global(module, name));
                    break;
                }
                case 0x93: {  // STACK_GLOBAL
                    auto name = pop(), module = pop();
                    if (name->kind != PValue::Kind::Str || module->kind != PValue::Kind::Str) bad("STACK_GLOBAL of non-strings");
                    push(global(module->s, name->s));
                    break;
                }
                case 'Q': push(persistent(pop())); break;  // BINPERSID
                case 'R': {                                 // REDUCE
                    auto args = pop(), fn = pop();
                    push(reduce(fn, args));
                    break;
                }
                case 'b': {  // BUILD: only the `_metadata` attribute of a state dict
                    pop();
                    if (top()->kind != PValue::Kind::Dict) bad("BUILD on something that is not a dict");
                    break;
                }
                default: {
                    char hex[8];
                    std::snprintf(hex, sizeof hex, "0x%02x", op);
                    bad(std::string("pickle opcode ") + hex + " at byte " + std::to_string(p_ - 1 - start_) +
                        " is not one a plain state dict uses; refused without running it");
                }
            }
        }
    }

private:
    [[noreturn]] void bad(const std::string& what) const { fail(file_, "data.pkl: " + what); }
    uint8_t byte() { return *take(1); }
    const uint8_t* take(std::size_t n) {
        if (std::size_t(end_ - p_) < n) bad("ends in the middle of an instruction (truncated file?)");
        const uint8_t* r = p_;
        p_ += n;
        return r;
    }
    std::string line() {
        std::string s;
        while (true) {
            const char c = char(byte());
            if (c == '\n') return s;
            if (s.size() > 256) bad("over-long GLOBAL name");
            s += c;
        }
    }
    void push(PRef v) {
        if (stack_.size() > 100000) bad("stack deeper than any state dict needs");
        stack_.push_back(std::move(v));
    }
    void pushStr(uint64_t n) {
        auto v = make(PValue::Kind::Str);
        const uint8_t* b = take(n);
        v->s.assign(reinterpret_cast<const char*>(b), n);
        push(v);
    }
    void pushInt(int64_t i) {
        auto v = make(PValue::Kind::Int);
        v->i = i;
        push(v);
    }
    PRef pop() {
        if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back())) bad("pops an empty stack");
        auto v = stack_.back();
        stack_.pop_back();
        return v;
    }
    PRef top() const {
        if (stack_.empty()) bad("uses an empty stack");
        return stack_.back();
    }
    std::vector<PRef> popMark() {
        if (marks_.empty()) bad("has no MARK to pop to");
        const std::size_t m = marks_.back();
        marks_.pop_back();
        std::vector<PRef> items(stack_.begin() + long(m), stack_.end());
        stack_.resize(m);
        return items;
    }
    PRef memo(int64_t k) const {
        auto it = memo_.find(k);
        if (it == memo_.end()) bad("reads memo " + std::to_string(k) + ", which was never stored");
        return it->second;
    }
    PRef global(const std::string& module, const std::string& name) const {
        const std::string full = module + "." + name;
        auto v = make(PValue::Kind::Global);
        v->s = full;
        if (auto it = storageTypes().find(full); it != storageTypes().end()) v->dtype = it->second;
        else if (auto d = dtypeGlobals().find(full); d != dtypeGlobals().end()) v->dtype = d->second;
        else if (!callables().count(full))
            fail(file_, "its pickle asks for '" + full +
                            "', which a plain state dict never needs; refused without running anything. A file "
                            "like this can run code when opened with torch.load: do not load it anywhere unless "
                            "you trust its source, and convert it to safetensors on a machine you trust");
        return v;
    }
    PRef persistent(const PRef& pid) const {
        // ('storage', storage_type, key, location, numel)
        if (pid->kind != PValue::Kind::Tuple || pid->items.size() != 5 || pid->items[0]->kind != PValue::Kind::Str ||
            pid->items[0]->s != "storage" || pid->items[1]->kind != PValue::Kind::Global ||
            !storageTypes().count(pid->items[1]->s) || pid->items[2]->kind != PValue::Kind::Str ||
            pid->items[4]->kind != PValue::Kind::Int)
            bad("a persistent id that is not a tensor storage");
        auto v = make(PValue::Kind::Storage);
        v->dtype = pid->items[1]->dtype;
        v->s = pid->items[2]->s;
        v->i = pid->items[4]->i;
        return v;
    }
    std::vector<int64_t> ints(const PRef& t, const char* what) const {
        if (t->kind != PValue::Kind::Tuple) bad(std::string("tensor ") + what + " is not a tuple");
        std::vector<int64_t> out;
        for (const auto& x : t->items) {
            if (x->kind != PValue::Kind::Int || x->i < 0) bad(std::string("tensor ") + what + " holds a non-integer");
            out.push_back(x->i);
        }
        return out;
    }
    PRef reduce(const PRef& fn, const PRef& args) const {
        if (fn->kind != PValue::Kind::Global || !callables().count(fn->s) || args->kind != PValue::Kind::Tuple)
            bad("calls something that is not an allowed constructor");
        const auto& a = args->items;
        if (fn->s == "collections.OrderedDict") {
            if (!a.empty()) bad("OrderedDict with arguments");
            return make(PValue::Kind::Dict);
        }
        if (fn->s == "torch._utils._rebuild_parameter") {
            if (a.size() < 1 || a[0]->kind != PValue::Kind::Tensor) bad("_rebuild_parameter without a tensor");
            return a[0];
        }
        // _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks[, metadata])
        // _rebuild_tensor_v3(storage, offset, size, stride, requires_grad, hooks, dtype[, metadata])
        const bool v3 = fn->s == "torch._utils._rebuild_tensor_v3";
        if (a.size() < (v3 ? 7u : 6u) || a[0]->kind != PValue::Kind::Storage || a[1]->kind != PValue::Kind::Int)
            bad(fn->s + " with unexpected arguments");
        auto t = make(PValue::Kind::Tensor);
        t->storage = a[0];
        t->offset = a[1]->i;
        t->shape = ints(a[2], "size");
        t->stride = ints(a[3], "stride");
        t->dtype = a[0]->dtype;
        if (v3) {
            if (a[6]->kind != PValue::Kind::Global || !dtypeGlobals().count(a[6]->s)) bad("_rebuild_tensor_v3 without a dtype");
            t->dtype = a[6]->dtype;
        }
        if (t->shape.size() != t->stride.size()) bad("tensor size and stride of different lengths");
        return t;
    }

    const uint8_t* start_;
    const uint8_t* p_;
    const uint8_t* end_;
    std::string file_;
    std::vector<PRef> stack_;
    std::vector<std::size_t> marks_;
    std::map<int64_t, PRef> memo_;
};

void flatten(const PRef& v, const std::string& prefix, int depth, std::vector<std::pair<std::string, PRef>>& out,
             const std::string& file) {
    if (depth > 8) fail(file, "state dict nested deeper than 8 levels");
    for (std::size_t k = 0; k + 1 < v->items.size(); k += 2) {
        const PRef& key = v->items[k];
        const PRef& val = v->items[k + 1];
        if (key->kind != PValue::Kind::Str) continue;  // e.g. integer-keyed optimiser state: not weights
        const std::string name = prefix.empty() ? key->s : prefix + "." + key->s;
        if (val->kind == PValue::Kind::Tensor) out.emplace_back(name, val);
        else if (val->kind == PValue::Kind::Dict) flatten(val, name, depth + 1, out, file);
        // Other values (epoch numbers, config strings) are not tensors and are skipped.
    }
}

}  // namespace

TorchZipCheckpoint::TorchZipCheckpoint(const std::string& path) {
    auto map = std::make_shared<MappedFile>(path);
    tensors_ = parseTorchZip(map->data(), map->size(), path);
    map_ = std::move(map);
}

std::vector<TensorView> parseTorchZip(const uint8_t* base, std::size_t size, const std::string& path) {
    std::vector<TensorView> tensors;
    const auto entries = readZipDirectory(base, size, path);
    // Every entry sits under one top folder: "<name>/data.pkl".
    const ZipEntry* pkl = nullptr;
    for (const auto& e : entries) {
        const auto slash = e.name.find('/');
        if (slash != std::string::npos && e.name.substr(slash + 1) == "data.pkl") pkl = &e;
    }
    if (!pkl) fail(path, "is a zip file but not a PyTorch checkpoint (no <name>/data.pkl)");
    const std::string root = pkl->name.substr(0, pkl->name.find('/') + 1);
    std::map<std::string, const ZipEntry*> byName;
    for (const auto& e : entries) byName[e.name] = &e;
    auto stored = [&](const ZipEntry& e) {
        if (e.method != 0 || e.compressedSize != e.size)
            fail(path, "entry '" + e.name + "' is compressed; PyTorch writes checkpoints uncompressed. Re-save it "
                       "with torch.save or convert it to safetensors");
    };
    if (auto bo = byName.find(root + "byteorder"); bo != byName.end()) {
        stored(*bo->second);
        const std::string order(reinterpret_cast<const char*>(base + bo->second->dataOffset), bo->second->size);
        if (order != "little") fail(path, "stores " + order + "-endian tensors; only little-endian files are supported");
    }
    stored(*pkl);
    Unpickler up(base + pkl->dataOffset, pkl->size, path);
    PRef top = up.run();
    if (top->kind != PValue::Kind::Dict) fail(path, "holds no state dict (its pickle is not a dict of tensors)");
    std::vector<std::pair<std::string, PRef>> named;
    flatten(top, "", 0, named, path);
    if (named.empty()) fail(path, "holds no tensors");
    std::set<std::string> seen;
    for (const auto& [name, t] : named) {
        if (!seen.insert(name).second) fail(path, "tensor '" + name + "' appears twice");
        auto e = byName.find(root + "data/" + t->storage->s);
        if (e == byName.end()) fail(path, "tensor '" + name + "' names storage " + t->storage->s + ", which the file lacks (truncated?)");
        stored(*e->second);
        TensorView v;
        v.name = name;
        v.dtype = t->dtype;
        v.shape = t->shape;
        const std::size_t elem = dtypeSize(v.dtype);
        // The storage must hold the tensor, laid out contiguously (a state dict's tensors are).
        int64_t expect = 1;
        for (std::size_t d = t->shape.size(); d-- > 0;) {
            if (t->shape[d] != 1 && t->stride[d] != expect)
                fail(path, "tensor '" + name + "' is not contiguous in its storage; re-save it after .contiguous()");
            expect *= t->shape[d];
        }
        const uint64_t numel = uint64_t(v.numel());
        const uint64_t storageBytes = e->second->size;
        const uint64_t begin = uint64_t(t->offset) * elem;
        if (begin > storageBytes || numel * elem > storageBytes - begin)
            fail(path, "tensor '" + name + "' reaches past the end of its storage (corrupt file)");
        v.data = base + e->second->dataOffset + begin;
        v.sizeBytes = numel * elem;
        v.offset = e->second->dataOffset + begin;
        tensors.push_back(std::move(v));
    }
    return tensors;
}

}  // namespace tessera
