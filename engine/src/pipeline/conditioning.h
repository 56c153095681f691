#pragma once
// Visual prompts as known frames (docs/tasks.md). Every task becomes: a pixel video of the new
// sequence with the known frames in place (zeros elsewhere), a pixel mask (1 = known), optional
// start latents (edit), and a recipe for joining the decoded frames with the user's clips.
//
// Frame structure: a sequence of T = 1 + 4(L - 1) frames has L latent frames; latent frame 0 is
// pixel frame 0 alone and latent frame k >= 1 covers pixel frames 4k-3 .. 4k. Known spans are
// chosen on these boundaries so known latent frames are wholly known.
#include <torch/torch.h>

#include <functional>
#include <string>
#include <vector>

#include "tessera/pipeline.h"

namespace tessera {

/// How the output clip is assembled from the decoded frames and the user's clips.
struct OutputPlan {
    std::vector<Frame> before;  ///< frames put in front of the kept decoded frames
    int keepFrom = 0;           ///< first decoded frame kept
    int keepTo = 0;             ///< one past the last decoded frame kept
    std::vector<Frame> after;   ///< frames put after them
};

struct Conditioning {
    int width = 0, height = 0, frames = 0;  ///< the sequence to generate (frames = 1 + 4k)
    torch::Tensor pixels;                   ///< [3, T, H, W] in [-1, 1], known frames, zeros elsewhere
    torch::Tensor pixelMask;                ///< [T, H, W] float, 1 = known
    bool anyKnown = false;
    torch::Tensor editSource;   ///< Edit: the input clip [3, T, H, W] to start from (else undefined)
    torch::Tensor pasteSource;  ///< Inpaint: [3, T, H, W] input pasted back outside the mask
    torch::Tensor pasteMask;    ///< Inpaint: [T, H, W] feathered keep-mask for that paste
    OutputPlan plan;
    std::vector<std::string> notes;
    /// A loop sampled as a ring: latent frames 1.. are one period, and every other step the DiT sees
    /// them rotated by half a period, so the wrap from the last to the first is inside its window.
    bool ring = false;
};

/// Nearest 1+4k frame count >= 1 for a requested count (k >= 0).
int roundFrames(int frames);
/// A frame resized (bilinear) to w x h; the same frame when it already has that size.
Frame resizeFrame(const Frame& f, int w, int h);
/// Frames [n] -> float tensor [3, n, H, W] in [-1, 1] (resized to w x h).
torch::Tensor framesToTensor(const std::vector<Frame>& frames, int w, int h);
/// [3, T, H, W] in [-1, 1] -> frames (rounded, clamped to 0..255).
std::vector<Frame> tensorToFrames(const torch::Tensor& video);

/// Builds the conditioning of `request` for a w x h output. `frames` is the requested total for
/// tasks without an input clip. Throws GenerationError(BadRequest/BadInput) with a clear message.
Conditioning buildConditioning(const GenerationRequest& request, int w, int h, int frames);

/// The known frames of a span that does not start at frame 0 are encoded by the causal VAE after
/// the frames before them. With those frames zeroed (mid-grey, as Wan 2.1's image-to-video layout
/// fills them), a tail span's latents are far from the latents the same frames have inside a real
/// clip: the encoder saw a cut from grey. `holdBeforeKnown` returns the pixels [3, T, H, W] with
/// every wholly unknown frame that has a known frame somewhere after it replaced by the first
/// known frame after it (a still "hold" of the span's first frame), or an undefined tensor when no
/// such frame exists (t2v, i2v, extend forward: nothing changes). pixelMask: [T, H, W].
torch::Tensor holdBeforeKnown(const torch::Tensor& pixels, const torch::Tensor& pixelMask);

/// The known latents [z, L, h, w] the DiT is conditioned on: `encode` (pixels [3, T, H, W] ->
/// latents [z, L, h, w]) of the pixels with zeros in the unknown frames. With `hold`, the wholly
/// known latent frames (`whole`: [L, h, w] or [1, L, h, w], 1 = wholly known) are taken from
/// the encoding of holdBeforeKnown() instead (model.json "known_context": "hold"); the partly and
/// wholly unknown ones stay as they are, so only the known spans' own latents change.
torch::Tensor knownLatents(const std::function<torch::Tensor(const torch::Tensor&)>& encode, const torch::Tensor& pixels,
                           const torch::Tensor& pixelMask, const torch::Tensor& whole, bool hold);

/// Latent-resolution masks from a pixel mask [T, H, W] for a VAE with spatial factor `f`:
/// mask4 [4, L, h, w] (the 4 pixel frames of every latent frame, frame 0 repeated, as Wan's
/// image-to-video model takes it) and the wholly-known latent mask [L, h, w].
void latentMasks(const torch::Tensor& pixelMask, int64_t f, torch::Tensor* mask4, torch::Tensor* known);

}  // namespace tessera
