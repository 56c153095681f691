#pragma once
// Visual prompts as known frames (docs/tasks.md). Every task becomes: a pixel video of the new
// sequence with the known frames in place (zeros elsewhere), a pixel mask (1 = known), optional
// start latents (edit), and a recipe for joining the decoded frames with the user's clips.
//
// Frame structure: a sequence of T = 1 + 4(L - 1) frames has L latent frames; latent frame 0 is
// pixel frame 0 alone and latent frame k >= 1 covers pixel frames 4k-3 .. 4k. Known spans are
// chosen on these boundaries so known latent frames are wholly known.
#include <torch/torch.h>

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

/// Latent-resolution masks from a pixel mask [T, H, W] for a VAE with spatial factor `f`:
/// mask4 [4, L, h, w] (the 4 pixel frames of every latent frame, frame 0 repeated, as Wan's
/// image-to-video model takes it) and the wholly-known latent mask [L, h, w].
void latentMasks(const torch::Tensor& pixelMask, int64_t f, torch::Tensor* mask4, torch::Tensor* known);

}  // namespace tessera
