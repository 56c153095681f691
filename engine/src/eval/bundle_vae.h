#pragma once
// The VAE of a model bundle on its own, for evaluation: the reconstruction figure measures what the
// model's latent space can hold, independent of the DiT. Loaded from the same files and latent
// statistics the pipeline uses, so the round trip is exactly the one generated frames go through.
#include <memory>
#include <string>

#include "tessera/frame.h"
#include "tessera/pipeline.h"

namespace tessera {

class BundleVae {
public:
    /// Loads the VAE and latent statistics of the bundle at `bundlePath` onto `device` ("cpu",
    /// "cuda", ...), in float32 as the pipeline does. Throws std::runtime_error naming the file.
    BundleVae(const std::string& bundlePath, const std::string& device);
    ~BundleVae();
    BundleVae(const BundleVae&) = delete;
    BundleVae& operator=(const BundleVae&) = delete;

    /// Encodes and decodes (clamped to [-1, 1]) a clip whose size is a multiple of the VAE's spatial
    /// factor. Only the first 1+4k frames are encoded, so the result has that many frames.
    Clip roundTrip(const Clip& clip) const;
    /// Decodes (clamped, as the pipeline does) float32 latents [z, L, h, w], e.g. a GenerationResult's.
    /// Throws std::invalid_argument when they are not that.
    Clip decode(const LatentBlob& latents, double fps) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace tessera
