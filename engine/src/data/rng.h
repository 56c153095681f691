#pragma once
// A tiny deterministic random generator (splitmix64). Shapes World, its caption dropout and the
// prompt enhancer draw from it so that a seed gives the same result with every compiler and
// standard library (std::uniform_*_distribution is implementation-defined).
#include <cstdint>

namespace tessera {

class Rng {
public:
    explicit Rng(uint64_t seed) : state_(seed) {}

    /// Next 64 random bits (splitmix64 step).
    uint64_t next() {
        uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [0, n); n > 0.
    int below(int n) { return int(uniform() * n); }
    /// True with probability p.
    bool chance(double p) { return uniform() < p; }

private:
    uint64_t state_;
};

/// A seed for an independent stream derived from `seed` and a purpose tag, so that e.g. the scene and
/// the caption dropout of one seed do not share random numbers.
inline uint64_t deriveSeed(uint64_t seed, uint64_t tag) {
    Rng mix(seed ^ (tag * 0xD1B54A32D192ED03ull));
    return mix.next();
}

}  // namespace tessera
