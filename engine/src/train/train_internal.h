#pragma once
// Helpers of the trainer shared with its tests (engine-private).
#include <torch/torch.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "data/rng.h"
#include "models/dit.h"
#include "text/tokenizer.h"
#include "tessera/shapes_world.h"
#include "tessera/train.h"

namespace tessera::train_detail {

/// Writes `text` to path.tmp and renames it over `path`; throws naming the file on failure.
void writeTextAtomically(const std::string& path, const std::string& text);
/// Saves a module's parameters (as `dtype`) and buffers with its config as safetensors metadata.
void saveModule(torch::nn::Module& module, const std::string& path, const nlohmann::json& config, torch::Dtype dtype,
                const std::map<std::string, std::string>& metadata);
/// Loads a module saved by saveModule (every tensor checked by name and shape).
void loadModule(torch::nn::Module& module, const std::string& path, torch::Device device);
/// A rendered Shapes World clip at 16 fps as [3, T, H, W] in [-1, 1].
torch::Tensor renderVideo(const Scene& scene, int width, int height, int frames);
/// The share of each latent cell's pixels covered by an object, [1, L, h, w] for T = 4L - 3 frames
/// (or 1) and cells of `spatial` x `spatial` pixels: latent frame 0 reads pixel frame 0, latent frame
/// l > 0 the most over pixel frames 4l - 3 .. 4l (the frames it encodes).
torch::Tensor objectCoverage(const std::vector<FrameTruth>& truth, int width, int height, int64_t spatial);
/// The auxiliary attribute loss's classes: none (background), circle, square, triangle; and none,
/// then the seven object colours (Color::Red .. Color::White).
constexpr int64_t kAuxShapeClasses = 4, kAuxColorClasses = 8;
/// Soft targets of the auxiliary attribute loss for every DiT token of a rendered clip (T = 4L - 3
/// frames or 1): [tokens, kAuxShapeClasses + kAuxColorClasses], each row the share of the token's
/// pixels each shape and each colour covers (the rest "none"), latent frame l > 0 averaged over the
/// pixel frames it encodes; tokens of `patch` (t, h, w) latent cells of `spatial` pixels, in the
/// DiT's (f, h, w) token order.
torch::Tensor attributeTargets(const Scene& scene, const std::vector<FrameTruth>& truth, int width, int height, int64_t spatial,
                               const std::array<int64_t, 3>& patch);
/// The most tokens (</s> included) a caption of 2000 sampled two-object scenes takes: what the DiT's
/// text_len must hold so that no caption loses its end.
int64_t longestCaptionTokens(const Tokenizer& tok, uint64_t seed);
/// The DiT's learning rate at `step`: 300 warm-up steps to ditLr, then, with a cool-down, a cosine
/// from ditLr at ditDecayFrom to zero at ditDecayFrom + ditDecaySteps.
double ditLearningRate(const TrainOptions& o, int64_t step);

/// What entry k of the DiT's latent pool shows, before it is rendered: a pure function of the run's
/// seed, its simple phase, its pool refresh and k. Entries that enter the pool before ditSimpleUntil are one object,
/// 64x64 and 17 frames (with ditSimpleAnySize, any size and length of the full mix), or with
/// ditSimpleImages a single frame at any training size.
struct PoolDraw {
    Rng rng;  ///< the entry's generator, left where the draw stopped (the task mask draws go on from it)
    Scene scene;
    int width = 0, height = 0, frames = 0;
    bool simple = false;  ///< in the simple phase (text only 70% of the time)
};
/// `dataOffset` picks the stream (ditDataSeed); entry k of a stream is a pure function of (seed, offset, k).
PoolDraw drawPoolEntry(const TrainOptions& o, const std::set<Combination>& heldOut, int64_t k, int64_t dataOffset = 0);
/// The seed of the DiT stage's data (pool entries and batches) at a data offset: the run's own seed
/// at offset 0 (a run's first DiT), another stream for each other offset. A DiT restarted from
/// weights that trained for S steps from offset O draws at offset O + S, so it does not see the same
/// clips, noise and timesteps again.
uint64_t ditDataSeed(uint64_t seed, int64_t dataOffset);
/// Where the data of a bundle's DiT ends (the offset a DiT restarted from it draws at), from its
/// model.json "training": "dit_data_end", or for a bundle exported before that was recorded, its DiT
/// steps plus those of the bundle it was itself restarted from ("dit_init" "bundle_dit_steps").
int64_t bundleDataEnd(const nlohmann::json& training);

// Changing the DiT's patch on --restart-dit, so the new DiT starts from the old one's weights. Both
// resamplings keep what a spatially flat region gives: the patch embedding's response to a flat
// input, and the mean of the head's output over a token's pixels.
/// A patch-embedding kernel [dim, in, pt, P, P] resampled to patch x patch (P and patch multiples of
/// each other): a smaller patch sums the old positions it covers; a larger one spreads each over its own.
torch::Tensor resamplePatchKernel(const torch::Tensor& kernel, int64_t patch);
/// The output head's weight [pt*P*P*outDim, dim] or bias [pt*P*P*outDim] resampled to patch: a
/// smaller patch averages the rows of the old positions it covers; a larger one repeats them.
torch::Tensor resampleHeadRows(const torch::Tensor& rows, int64_t fromPatch, int64_t patch, int64_t outDim);
/// Starts a new tokenizer's text encoder `t5` from a kept one (`keptFile`, read with `keptTok`) of the
/// same sizes but its vocabulary: every weight but the token embedding is copied, and each of the new
/// tokenizer's pieces gets the mean of the kept embeddings of the pieces `keptTok` cuts its text into
/// (pad, </s> and unknown keep their own rows; a piece with no text keeps its new row). Returns false
/// and leaves `t5` alone when the sizes differ.
bool warmStartTextEncoder(torch::nn::Module& t5, const nlohmann::json& t5Config, const std::string& keptFile,
                          const Tokenizer& keptTok, const Tokenizer& tok);
/// Block j of a DiT deepened from `fromLayers` to `layers` blocks: a copy of kept block `from`, and
/// whether it is one of the added ones (each added block follows the kept one it copies, the added
/// blocks spread over the depth).
struct DeepenedBlock {
    int64_t from = 0;
    bool added = false;
};
std::vector<DeepenedBlock> deepenedBlocks(int64_t fromLayers, int64_t layers);
/// Loads a DiT saved by the trainer into `dit`, whose patch may differ and which may have more blocks
/// (deepenedBlocks: an added block's self-attention, cross-attention and FFN output projections are
/// zero, so the deeper DiT computes what the saved one did); every other tensor must fit. Returns the
/// saved DiT's patch.
int64_t loadResampledDit(WanModelImpl& dit, const std::string& path, torch::Device device);

}  // namespace tessera::train_detail
