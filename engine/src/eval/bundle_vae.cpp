#include "eval/bundle_vae.h"

#include <torch/torch.h>

#include "io/state_dict.h"
#include "models/vae.h"
#include "pipeline/bundle.h"
#include "pipeline/conditioning.h"

namespace tessera {

struct BundleVae::Impl {
    VaeConfig config;
    WanVAE vae{nullptr};
    torch::Device device = torch::kCPU;
    torch::Tensor mean, invStd;  // [z] float32 on device
};

BundleVae::BundleVae(const std::string& bundlePath, const std::string& device) : impl_(std::make_unique<Impl>()) {
    BundleSpec spec = BundleSpec::read(bundlePath);
    torch::NoGradGuard noGrad;
    impl_->device = torch::Device(device.empty() ? std::string("cpu") : device);
    impl_->config = VaeConfig::fromJson(spec.vae.config);
    impl_->vae = WanVAE(impl_->config);
    LoadOptions options;
    options.device = impl_->device;
    options.dtype = torch::kFloat32;
    loadStateDict(*impl_->vae, TensorCheckpoint(spec.vae.file), options);
    impl_->vae->eval();
    // BundleSpec::read has checked the statistics against the VAE's z_dim.
    impl_->mean = latentStatTensor(spec.latentMean, spec.latentFirstMean).to(impl_->device);
    impl_->invStd = (1.0 / latentStatTensor(spec.latentStd, spec.latentFirstStd)).to(impl_->device);
}

BundleVae::~BundleVae() = default;

Clip BundleVae::roundTrip(const Clip& clip) const {
    torch::NoGradGuard noGrad;
    const int64_t f = impl_->config.spatialFactor();
    if (clip.frames.empty() || clip.width() % f != 0 || clip.height() % f != 0)
        throw std::invalid_argument("VAE round trip: the clip must have frames and a size that is a multiple of " +
                                    std::to_string(f) + ", not " + std::to_string(clip.width()) + "x" +
                                    std::to_string(clip.height()));
    const int64_t frames = impl_->config.validFrameCount(clip.frameCount());
    std::vector<Frame> used(clip.frames.begin(), clip.frames.begin() + frames);
    auto video = framesToTensor(used, clip.width(), clip.height()).unsqueeze(0).to(impl_->device);  // [1, 3, T, H, W]
    auto z = impl_->vae->encode(video, impl_->mean, impl_->invStd);
    DecodeOptions decode;
    decode.clamp = true;
    auto out = impl_->vae->decode(z, impl_->mean, impl_->invStd, decode)[0];  // [3, T, H, W]
    Clip result;
    result.fps = clip.fps;
    result.frames = tensorToFrames(out);
    return result;
}

Clip BundleVae::decode(const LatentBlob& latents, double fps) const {
    torch::NoGradGuard noGrad;
    int64_t count = 1;
    for (int64_t d : latents.shape) count *= d;
    if (latents.dtype != "F32" || latents.shape.size() != 4 || latents.shape[0] != impl_->config.zDim ||
        latents.bytes.size() != size_t(count) * sizeof(float))
        throw std::invalid_argument("VAE decode: the latents must be F32 [" + std::to_string(impl_->config.zDim) +
                                    ", L, h, w]");
    auto z = torch::from_blob(const_cast<uint8_t*>(latents.bytes.data()), latents.shape, torch::kFloat32).clone();
    DecodeOptions decode;
    decode.clamp = true;
    auto out = impl_->vae->decode(z.unsqueeze(0).to(impl_->device), impl_->mean, impl_->invStd, decode)[0];
    Clip result;
    result.fps = fps;
    result.frames = tensorToFrames(out);
    return result;
}

}  // namespace tessera
