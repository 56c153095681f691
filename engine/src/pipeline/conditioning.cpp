#include "pipeline/conditioning.h"

#include <algorithm>
#include <cmath>

namespace tessera {

namespace F = torch::nn::functional;

namespace {

[[noreturn]] void badInput(const std::string& what) { throw GenerationError(ErrorKind::BadInput, what); }
[[noreturn]] void badRequest(const std::string& what) { throw GenerationError(ErrorKind::BadRequest, what); }

// Known context taken from a clip: up to this many latent frames (17 frames at the head, 16 at a
// tail). Four rather than two: on 36 held-out task clips of the embedded model the mean seam ratio
// of extend backward fell from 11.9 to 9.6 (lower for 26 clips), forward 3.4 to 3.1 (21) and loop
// 8.4 to 8.1 (20) (docs/training.md, fifteenth session), for about a quarter more time.
constexpr int kContextLatents = 4;

int headFrames(int available) { return 1 + 4 * std::min(kContextLatents, (available - 1) / 4); }
int tailFrames(int available) { return 4 * std::min(kContextLatents, available / 4); }

// Frames of `clip` [from, to), checked to be non-empty and of one size.
std::vector<Frame> slice(const Clip& clip, int from, int to) {
    return std::vector<Frame>(clip.frames.begin() + from, clip.frames.begin() + to);
}

void checkClip(const Clip& clip, const char* what, int minFrames) {
    if (clip.frames.empty()) badInput(std::string("this task needs ") + what + " (a clip), but none was given");
    for (const auto& f : clip.frames)
        if (f.empty() || f.rgb.size() != size_t(f.width) * f.height * 3)
            badInput(std::string(what) + " has an empty or malformed frame");
    if (clip.frameCount() < minFrames)
        badInput(std::string(what) + " has " + std::to_string(clip.frameCount()) + " frames; this task needs at least " +
                 std::to_string(minFrames));
}

void checkImage(const Frame& f, const char* what) {
    if (f.empty()) badInput(std::string("this task needs ") + what + ", but none was given");
    if (f.rgb.size() != size_t(f.width) * f.height * 3) badInput(std::string(what) + " is malformed");
}

// Rounds up to a multiple of 4 (at least 4), noting the change.
int newFramesMultipleOf4(int wanted, std::vector<std::string>& notes) {
    int e = std::max(4, (wanted + 3) / 4 * 4);
    if (e != wanted)
        notes.push_back("new frames rounded from " + std::to_string(wanted) + " to " + std::to_string(e) +
                        " (the model makes frames in groups of 4)");
    return e;
}

// Frames a clip contributes when it is the whole sequence (Edit, Inpaint): the largest 1+4k.
int wholeClipFrames(const Clip& clip, std::vector<std::string>& notes) {
    int n = clip.frameCount();
    int t = 1 + 4 * ((n - 1) / 4);
    if (t != n)
        notes.push_back("used the first " + std::to_string(t) + " of " + std::to_string(n) +
                        " frames (the model needs 1+4k frames)");
    return t;
}

void place(Conditioning& c, const std::vector<Frame>& frames, int at) {
    torch::Tensor t = framesToTensor(frames, c.width, c.height);
    c.pixels.narrow(1, at, t.size(1)).copy_(t);
    c.pixelMask.narrow(0, at, t.size(1)).fill_(1.0f);
    c.anyKnown = true;
}

}  // namespace

int roundFrames(int frames) {
    if (frames <= 1) return 1;
    return 1 + 4 * static_cast<int>(std::lround((frames - 1) / 4.0));
}

Frame resizeFrame(const Frame& f, int w, int h) {
    if (f.width == w && f.height == h) return f;
    return tensorToFrames(framesToTensor({f}, w, h))[0];
}

torch::Tensor framesToTensor(const std::vector<Frame>& frames, int w, int h) {
    std::vector<torch::Tensor> out;
    for (const auto& f : frames) {
        auto t = torch::from_blob(const_cast<uint8_t*>(f.rgb.data()), {f.height, f.width, 3}, torch::kUInt8)
                     .permute({2, 0, 1})
                     .to(torch::kFloat32)
                     .unsqueeze(0);  // [1, 3, h0, w0]
        if (f.width != w || f.height != h)
            t = F::interpolate(t, F::InterpolateFuncOptions()
                                      .size(std::vector<int64_t>{h, w})
                                      .mode(torch::kBilinear)
                                      .align_corners(false)
                                      .antialias(true));
        out.push_back(t[0]);
    }
    return torch::stack(out, 1).div(127.5).sub(1.0);  // [3, n, h, w]
}

std::vector<Frame> tensorToFrames(const torch::Tensor& video) {
    // video: [3, T, H, W] in [-1, 1]
    auto u8 = video.detach().to(torch::kCPU, torch::kFloat32).add(1.0).mul(127.5).round().clamp(0, 255)
                  .to(torch::kUInt8).permute({1, 2, 3, 0}).contiguous();  // [T, H, W, 3]
    std::vector<Frame> frames;
    const int64_t T = u8.size(0), H = u8.size(1), W = u8.size(2);
    for (int64_t i = 0; i < T; ++i) {
        Frame f;
        f.width = static_cast<int>(W);
        f.height = static_cast<int>(H);
        const uint8_t* p = u8[i].data_ptr<uint8_t>();
        f.rgb.assign(p, p + H * W * 3);
        frames.push_back(std::move(f));
    }
    return frames;
}

Conditioning buildConditioning(const GenerationRequest& r, int w, int h, int frames) {
    Conditioning c;
    c.width = w;
    c.height = h;
    auto allocate = [&](int t) {
        c.frames = t;
        c.pixels = torch::zeros({3, t, h, w});
        c.pixelMask = torch::zeros({t, h, w});
        c.plan.keepFrom = 0;
        c.plan.keepTo = t;
    };
    switch (r.task) {
        case Task::TextToVideo:
            allocate(frames);
            break;
        case Task::ImageToVideo:
            checkImage(r.image, "a first-frame image");
            allocate(frames);
            place(c, {r.image}, 0);
            if (!r.endImage.empty()) place(c, {r.endImage}, frames - 1);
            break;
        case Task::FirstLastFrame:
            checkImage(r.image, "a first-frame image");
            checkImage(r.endImage, "a last-frame image");
            if (frames < 5) badRequest("first and last frame need at least 5 frames, not " + std::to_string(frames));
            allocate(frames);
            place(c, {r.image}, 0);
            place(c, {r.endImage}, frames - 1);
            break;
        case Task::Edit: {
            checkClip(r.video, "the clip to remix", 1);
            if (!(r.strength >= 0.0 && r.strength <= 1.0))
                badRequest("strength must be between 0 and 1, not " + std::to_string(r.strength));
            int t = wholeClipFrames(r.video, c.notes);
            allocate(t);
            c.editSource = framesToTensor(slice(r.video, 0, t), w, h);
            break;
        }
        case Task::ExtendForward: {
            checkClip(r.video, "the clip to extend", 1);
            int n = r.video.frameCount(), k = headFrames(n);
            int e = newFramesMultipleOf4(r.extendFrames > 0 ? r.extendFrames : frames, c.notes);
            allocate(k + e);
            place(c, slice(r.video, n - k, n), 0);
            c.plan.before = r.video.frames;
            c.plan.keepFrom = k;
            break;
        }
        case Task::ExtendBackward: {
            checkClip(r.video, "the clip to extend", 4);
            int k = tailFrames(r.video.frameCount());
            int wanted = r.extendFrames > 0 ? r.extendFrames : frames;
            int e = std::max(1, 1 + 4 * ((wanted - 1 + 3) / 4));
            if (e != wanted)
                c.notes.push_back("new frames rounded from " + std::to_string(wanted) + " to " + std::to_string(e) +
                                  " (1+4k before a clip)");
            allocate(e + k);
            place(c, slice(r.video, 0, k), e);
            c.plan.keepTo = e;
            c.plan.after = r.video.frames;
            break;
        }
        case Task::Connect:
        case Task::Loop: {
            const Clip& a = r.video;
            const Clip& b = r.task == Task::Loop ? r.video : r.videoB;
            checkClip(a, r.task == Task::Loop ? "the clip to loop" : "the first clip", r.task == Task::Loop ? 4 : 1);
            checkClip(b, "the second clip", 4);
            int ka = headFrames(a.frameCount()), kb = tailFrames(b.frameCount());
            int e = newFramesMultipleOf4(r.extendFrames > 0 ? r.extendFrames : frames, c.notes);
            allocate(ka + e + kb);
            place(c, slice(a, a.frameCount() - ka, a.frameCount()), 0);
            place(c, slice(b, 0, kb), ka + e);
            c.plan.before = a.frames;
            c.plan.keepFrom = ka;
            c.plan.keepTo = ka + e;
            if (r.task == Task::Connect) c.plan.after = b.frames;
            break;
        }
        case Task::Inpaint: {
            checkClip(r.video, "the clip to inpaint", 1);
            checkClip(r.mask, "a mask (white = regenerate)", 1);
            int t = wholeClipFrames(r.video, c.notes);
            if (r.mask.frameCount() != 1 && r.mask.frameCount() < t)
                badInput("the mask has " + std::to_string(r.mask.frameCount()) + " frames; give one frame or at least " +
                         std::to_string(t));
            if (r.mask.width() != w || r.mask.height() != h)
                c.notes.push_back("mask resized from " + std::to_string(r.mask.width()) + "x" +
                                  std::to_string(r.mask.height()) + " to " + std::to_string(w) + "x" +
                                  std::to_string(h));
            allocate(t);
            auto video = framesToTensor(slice(r.video, 0, t), w, h);
            auto maskFrames = r.mask.frameCount() == 1 ? std::vector<Frame>(t, r.mask.frames[0]) : slice(r.mask, 0, t);
            auto regenerate = framesToTensor(maskFrames, w, h).mean(0).gt(0.0).to(torch::kFloat32);  // [T, H, W]
            if (regenerate.sum().item<double>() == 0) c.notes.push_back("the mask is black: nothing to regenerate");
            c.pixelMask = 1.0 - regenerate;
            c.pixels = video * c.pixelMask.unsqueeze(0);
            c.anyKnown = true;
            c.pasteSource = video;
            // Feather the keep-mask by a few pixels inside the regenerated region so the paste has no hard edge.
            auto keep = c.pixelMask.unsqueeze(1);  // [T, 1, H, W]
            auto grown = F::max_pool2d(keep, F::MaxPool2dFuncOptions(7).stride(1).padding(3));
            c.pasteMask = torch::max(keep, F::avg_pool2d(grown, F::AvgPool2dFuncOptions(7).stride(1).padding(3)
                                                                     .count_include_pad(false)))
                              .squeeze(1);
            break;
        }
        case Task::Invalid:
            badRequest("no task given");
    }
    return c;
}

torch::Tensor holdBeforeKnown(const torch::Tensor& pixels, const torch::Tensor& pixelMask) {
    auto frameKnown = pixelMask.amax({1, 2}).gt(0.5).to(torch::kCPU);  // [T]: any known pixel
    const auto* known = frameKnown.data_ptr<bool>();
    torch::Tensor held;
    // Backwards from the end: a wholly unknown frame takes the frame after it once that one is
    // known or already held, so each run of unknown frames holds the first known frame after it.
    bool holding = false;
    for (int64_t i = pixels.size(1) - 2; i >= 0; --i) {
        if (known[i]) {
            holding = false;
            continue;
        }
        if (!holding && !known[i + 1]) continue;
        if (!held.defined()) held = pixels.clone();
        held.select(1, i).copy_(held.select(1, i + 1));
        holding = true;
    }
    return held;
}

torch::Tensor knownLatents(const std::function<torch::Tensor(const torch::Tensor&)>& encode, const torch::Tensor& pixels,
                           const torch::Tensor& pixelMask, const torch::Tensor& whole, bool hold) {
    torch::Tensor known = encode(pixels);
    if (!hold) return known;
    // Only wholly known latent frames after frame 0 change (frame 0 is encoded alone either way).
    const torch::Tensor frames = whole.dim() == 4 ? whole[0] : whole;  // [L, h, w]
    if (frames.size(0) < 2 || !frames.narrow(0, 1, frames.size(0) - 1).gt(0.5).any().item<bool>()) return known;
    torch::Tensor held = holdBeforeKnown(pixels, pixelMask);
    if (!held.defined()) return known;
    return torch::where(whole.to(known.device()).gt(0.5), encode(held), known);
}

void latentMasks(const torch::Tensor& pixelMask, int64_t f, torch::Tensor* mask4, torch::Tensor* known) {
    // pixelMask: [T, H, W], T = 1 + 4(L - 1)
    auto pooled = F::avg_pool2d(pixelMask.unsqueeze(1), F::AvgPool2dFuncOptions(f).stride(f)).squeeze(1);  // [T, h, w]
    auto binary = pooled.ge(0.5).to(pixelMask.scalar_type());
    const int64_t L = (pixelMask.size(0) - 1) / 4 + 1, hl = pooled.size(1), wl = pooled.size(2);
    auto expand = [&](const torch::Tensor& m) {
        return torch::cat({m.narrow(0, 0, 1).repeat({4, 1, 1}), m.narrow(0, 1, m.size(0) - 1)}, 0)
            .view({L, 4, hl, wl});  // [L, 4, h, w]
    };
    if (mask4) *mask4 = expand(binary).transpose(0, 1).contiguous();  // [4, L, h, w]
    if (known) *known = std::get<0>(expand(pooled.ge(0.999).to(pixelMask.scalar_type())).min(1));  // [L, h, w]
}

}  // namespace tessera
