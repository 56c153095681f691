#pragma once
// The pipe protocol between Tessera and tessera-plugin-host (one helper process per plugin).
// Request: u32 op, u64 length, payload. Reply: u32 status, u64 length, payload. Little-endian
// fields; strings are u32 length + bytes; pixel data is u64 length + bytes.
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace tessera::plugin_wire {

enum Op : uint32_t { Quit = 0, Info = 1, Enhance = 2, Check = 3, Filter = 4, ExportBegin = 5, ExportFrame = 6, ExportEnd = 7,
               ExportAudio = 8 };
enum Status : uint32_t { Ok = 0, Refused = 1, PluginFailed = 2, Broken = 3 };

/// Largest message either side accepts (a 4K RGBA frame is 33 MB).
constexpr uint64_t kMaxMessage = 256ull << 20;

struct Writer {
    std::vector<uint8_t> bytes;
    template <typename T>
    void put(T v) {
        const auto* p = reinterpret_cast<const uint8_t*>(&v);
        bytes.insert(bytes.end(), p, p + sizeof(T));
    }
    void str(const std::string& s) {
        put<uint32_t>(uint32_t(s.size()));
        bytes.insert(bytes.end(), s.begin(), s.end());
    }
    void blob(const uint8_t* data, uint64_t n) {
        put<uint64_t>(n);
        bytes.insert(bytes.end(), data, data + n);
    }
};

struct Reader {
    const uint8_t* p;
    const uint8_t* end;
    explicit Reader(const std::vector<uint8_t>& b) : p(b.data()), end(b.data() + b.size()) {}
    void need(uint64_t n) const {
        if (uint64_t(end - p) < n) throw std::runtime_error("message ends early");
    }
    template <typename T>
    T get() {
        need(sizeof(T));
        T v;
        std::memcpy(&v, p, sizeof(T));
        p += sizeof(T);
        return v;
    }
    std::string str() {
        const uint32_t n = get<uint32_t>();
        need(n);
        std::string s(reinterpret_cast<const char*>(p), n);
        p += n;
        return s;
    }
    std::vector<uint8_t> blob() {
        const uint64_t n = get<uint64_t>();
        need(n);
        std::vector<uint8_t> v(p, p + n);
        p += n;
        return v;
    }
};

}  // namespace tessera::plugin_wire
