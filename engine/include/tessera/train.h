#pragma once
// Training the embedded default model, tessera-shapes, on Shapes World (docs/training.md):
// a SentencePiece tokenizer on the caption corpus, then the tiny WanVAE, then the DiT (flow matching,
// mask-channel conditioning, Patch n' Pack) together with a tiny umT5. A run lives in one folder;
// it checkpoints every few minutes and continues from the last checkpoint with `resume`, so it can
// be stopped and restarted at any point. Torch-free header.
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "tessera/frame.h"

namespace tessera {

struct TrainOptions {
    std::string runDir;     ///< checkpoints, loss logs and the run's state
    std::string bundleDir;  ///< where the bundle is exported at every DiT checkpoint (empty: runDir/bundle)
    bool resume = false;    ///< continue the run in runDir (its sizes and seed; the budgets below apply)
    uint64_t seed = 20261125;
    std::string device = "auto";  ///< "auto" (CUDA when present), "cpu" or "cuda"

    // Wall-time budgets per stage (minutes of training in that stage, summed over resumes) and
    // optional step limits (0 = none). A stage ends at whichever comes first.
    double vaeMinutes = 120, ditMinutes = 240;  ///< 6 hours in all on the 2-core CPU
    int64_t vaeMaxSteps = 0, ditMaxSteps = 0;
    double checkpointMinutes = 10;
    /// Stop this invocation after this many minutes (0 = no limit); the run stays resumable.
    double stopAfterMinutes = 0;

    // Sizes (fixed when the run starts; a resumed run keeps its own).
    int64_t vaeDim = 16, zDim = 16;
    int64_t ditDim = 192, ditLayers = 6, ditHeads = 3, ditFfn = 768;
    int64_t textDim = 128, textLayers = 2, textHeads = 4, textLen = 64, vocab = 256;
    /// The SentencePiece model type of the tokenizer: "bpe" (every Shapes World word one piece) or
    /// "unigram" (what runs from before this option used: at this corpus it splits words into letters
    /// and shared fragments, "black" into "bl" + "ack" as in "background"). Changing it on a run
    /// takes --restart-dit; the tokenizer is then trained again and the text encoder starts new.
    std::string tokenizerType = "bpe";
    int64_t tokenBudget = 512;     ///< tokens per packed sequence
    int64_t tokensPerStep = 2048;  ///< real (unpadded) tokens per optimiser step
    double vaeLr = 1e-4, ditLr = 5e-4;
    int64_t vaeBatch = 8;        ///< clips per VAE step
    int64_t vaeImageSteps = 1500;  ///< the first VAE steps train on single frames only (warm-up)
    /// VAE spatial compression: 8 (Wan 2.1's 4x8x8, DiT patches 1x2x2) or 4 (4x4x4, DiT patches
    /// 1x4x4: the same tokens per pixel, an easier reconstruction).
    int64_t vaeSpatial = 4;
    /// DiT spatial patch (latent pixels per token side). 0: 16 / vaeSpatial, so that one token
    /// covers 16x16 pixels as in Wan 2.1; 2 with vaeSpatial 4 gives four times the tokens (8x8 pixels each).
    int64_t ditPatch = 0;
    double heldOutFraction = 0.2;
    int64_t poolSize = 256;  ///< encoded clips the DiT draws its batches from (poolRefresh replaced per step)
    /// Pool entries rendered, encoded and put in place of the oldest after every DiT step (at least
    /// 1; 2 before this was a size). Fixed for a DiT stage: new runs, or with restartDit. Rendering and
    /// encoding two a step took about 30% of a step's time on the two-core CPU.
    int64_t poolRefresh = 2;
    /// Curriculum: clips that enter the DiT's pool before this step are simple (one object, 64x64,
    /// 17 frames, text only 70% of the time); later ones follow the full mix. 0 = no simple phase.
    int64_t ditSimpleUntil = 0;
    /// The share of the simple phase's pool entries that are single frames (one object, at any of the
    /// three training sizes, so 16:9 and 9:16 grids are seen too) instead of 64x64 17-frame clips: an
    /// image is 64-112 tokens at patch 2 against 320 for such a clip, so a step holds several times
    /// the object outlines. 0 = clips only.
    double ditSimpleImages = 0;
    /// The simple phase's clips (those not made single frames by ditSimpleImages) keep the full mix's
    /// sizes and lengths (any training size; 1, 17 or 33 frames) instead of 64x64 17-frame clips, so
    /// the default size's grid is trained on one object too. false = 64x64, 17 frames.
    bool ditSimpleAnySize = false;
    /// Learning-rate cool-down: from step ditDecayFrom the DiT's rate falls along a cosine from
    /// ditLr to zero over ditDecaySteps steps, and the stage ends when it reaches zero. 0 = none.
    int64_t ditDecayFrom = 0, ditDecaySteps = 0;
    /// Object-weighted loss: each latent cell's flow-matching error counts 1 + ditObjectWeight * c,
    /// c the share of the cell's pixels an object covers (the most over the frames the cell encodes),
    /// so the few cells that hold an object's shape and motion are not outweighed by the flat
    /// background. 0 = the plain mean.
    double ditObjectWeight = 0;
    /// The share of each training noise's variance common to all latent frames (the "mixed" video
    /// noise prior: sqrt(a) * shared + sqrt(1 - a) * per-frame, each value still N(0, 1)), in [0, 1).
    /// The bundle records it ("frame_shared_noise") and sampling draws its starting noise the same
    /// way, so the highest noise levels already agree on one layout across frames. 0 = independent.
    double ditNoiseShare = 0;
    /// Offset noise (Guttenberg 2023): each training noise gets offset * d added, d ~ N(0, 1) one value
    /// per channel for the whole clip (flowNoise's offset), in [0, 1). Without it the noise's own tiny
    /// per-channel mean is the only thing the DiT sees of the background at the highest noise levels,
    /// and it learns to read the background off it rather than off the text. The bundle records it
    /// ("offset_noise") and sampling draws its noise alike. 0 = none.
    double ditOffsetNoise = 0;
    /// The known frames of a span after frame 0 (the "tail known" masks: extend backward, loops,
    /// connections) are encoded with the frames before them holding the span's first frame instead
    /// of mid-grey, so their latents are close to those of the same frames inside a real clip. The
    /// bundle records it ("known_context": "hold") and the pipeline encodes alike. false = grey.
    bool ditHoldKnown = false;
    /// The lengths of the DiT's training clips other than the single frames (a fifth of the clips),
    /// each 1+4k > 1 and within the token budget at every training size. {17, 33}, the mix before
    /// this option, draws 17 frames for 7/16 of them and 33 for 9/16; any other list draws its
    /// lengths evenly (e.g. {9, 17, 25, 33}, so durations between the two are native too).
    std::vector<int> ditClipFrames{17, 33};
    /// The share of the DiT's multi-frame training clips drawn passing through the frame
    /// (passingThrough(): a single object moving left, right, up or down enters or leaves it), so
    /// extensions and loops have seen objects come and go. In [0, 1]; 0 = none (the earlier runs).
    double ditPassThrough = 0;
    /// The share of the DiT's general training scenes drawn with two objects (the rest have one), in
    /// [0, 1]. 0.3, the default, is the mix of every run before the option (SceneOptions' default);
    /// a larger share gives layout and count more examples. Scenes of the simple phase keep one. A
    /// scene with a held-out object is drawn again, which refuses more two-object scenes, so the share
    /// trained on is a little lower (0.3 keeps about 0.26, 0.6 about 0.55).
    double ditTwoObjects = 0.3;
    /// The shift of the DiT's training noise levels: sigma = s u / (1 + (s - 1) u) for a
    /// logit-normal u, so 3 (the sampler's default shift, and every run before the option) puts the
    /// median sigma at 0.75 and fewer than 1% of the samples below 0.2; 1 puts the median at 0.5.
    double ditShift = 3.0;
    /// Weight of an auxiliary attribute loss on the DiT's residual stream after its first third of
    /// blocks: a small head (kept in the run, not in the bundle) reads, for every token, which shape
    /// and which colour cover its pixels (soft targets from the rendered masks, "none" for the
    /// background), so the middle of the DiT must carry the prompt's shape and colour to where the
    /// object is, at every noise level. 0 = none (the earlier runs).
    double ditAuxWeight = 0;
    /// The DiT and text encoder's forward passes under bfloat16 autocast (matrix products and
    /// attention in bfloat16; weights, optimiser and loss in float32): on CPUs with AVX512-BF16 and on
    /// GPUs, about twice the matrix throughput. false = float32 throughout (the earlier runs).
    bool ditBf16 = false;
    /// After a --restart-dit with a new tokenizer: the first this many DiT steps train only the new
    /// text encoder, to make the DiT's predictions with it equal to those with the kept text encoder
    /// and tokenizer (the DiT frozen, so what it learned to read is kept while the text path changes
    /// tokenizer). 0 = none: the new text encoder learns from the flow-matching loss alone.
    int64_t ditDistillText = 0;
    /// While distilling text: the weight of a second term that compares, after every DiT block, the
    /// residual stream with the new text encoder to the one with the kept text encoder (each
    /// block's squared difference divided by the kept stream's mean square, averaged over the
    /// blocks). It reaches the text through every block's cross-attention rather than only through
    /// the output's few channels. 0 = the prediction's difference alone.
    double ditDistillBlocks = 0;
    /// Decoder refinement, after the VAE stage: this many steps train the VAE's decoder alone (the
    /// encoder frozen, so the latents, their statistics and a DiT trained on them stay valid) with
    /// an edge term and a cosine-decayed learning rate from decoderLr. 0 = none.
    int64_t decoderSteps = 0;
    double decoderLr = 1e-4;
    /// The decoder's base channel count (Wan 2.2-style `dec_dim`); 0 = vaeDim. On --resume of a run
    /// whose VAE is done, a larger value widens the trained decoder (widenDecoder: the same output at
    /// first, new channels that start at zero) and starts the decoder refinement again from step 0;
    /// the previous decoder's files are kept in runDir/decoder-before-widen-STEP.
    int64_t decoderDim = 0;
    /// On --resume, the run.json size keys whose values in these options replace the run's own (only
    /// those in resumeChangeableKeys(), and with restartDit the DiT's sizes; the run records the new
    /// values). A resumed run otherwise keeps every size it started with.
    std::vector<std::string> resumeChanges;
    /// On --resume: start the DiT stage again from step 0 (the VAE, tokenizer and decoder kept). The
    /// previous DiT's files move to runDir/dit-before-restart-STEP. With a restart, resumeChanges may
    /// also name the DiT's sizes ("dit_patch", "dit_dim", "dit_layers", "dit_heads", "dit_ffn",
    /// "text_dim", "text_layers", "text_heads", "token_budget", "tokens_per_step", "tokenizer"). When only the patch
    /// changes, the new DiT and text encoder start from the previous EMA weights, the patch
    /// embedding and output head resampled to the new patch (they give the same result on flat regions).
    bool restartDit = false;
    /// With restartDit: a bundle exported by `tessera train` (its model.json records the sizes) whose
    /// DiT and text encoder the restarted DiT starts from, instead of the previous DiT's EMA weights.
    /// Its tokenizer must be the run's (byte for byte) and its DiT sizes the run's (the patch may
    /// differ and is resampled), else the run is left untouched and an error names the difference. The
    /// optimiser starts new. This continues a shipped model whose run folder is gone.
    std::string ditFrom;

    std::string commandLine;  ///< recorded in the bundle
    std::string commit;       ///< source commit, recorded in the bundle
};

/// One line of progress: a logged step, a checkpoint, a stage change or a note.
struct TrainEvent {
    std::string stage;  ///< "tokenizer", "vae", "decoder", "dit"
    int64_t step = 0;
    double seconds = 0;  ///< training seconds in this stage so far
    double loss = 0;
    double lr = 0;
    double extra = 0;       ///< vae: batch PSNR (dB); dit: tokens per second
    std::string message;    ///< non-empty for checkpoints, stage changes and notes
};
using TrainLog = std::function<void(const TrainEvent&)>;

/// The run.json size keys a resume may change (TrainOptions::resumeChanges): the learning rates,
/// the curriculum, the cool-down, the loss weighting, the noise share, the text length and the
/// decoder refinement. No weight's shape depends on them.
const std::set<std::string>& resumeChangeableKeys();

/// Runs (or resumes) the run in options.runDir to the end of its budgets, or until `stop` returns
/// true (checked between steps; a checkpoint is written before returning). Throws
/// std::runtime_error with a clear message on a bad run folder or options.
void train(const TrainOptions& options, const TrainLog& log, const std::function<bool()>& stop = {});

/// Reconstruction through the run's latest VAE checkpoint of `clips` rendered held-out clips (33
/// frames, cycling through the 1:1, 16:9 and 9:16 training sizes): PSNR of each clip in dB. When
/// `sheet` is given it receives a picture with, per clip, a row of original frames above a row of
/// their reconstructions.
std::vector<double> vaeHeldOutPsnr(const std::string& runDir, int clips, Frame* sheet = nullptr);

/// Exports the bundle of the run's latest DiT checkpoint (EMA weights, float16) into `bundleDir`.
void exportTrainedBundle(const std::string& runDir, const std::string& bundleDir);

}  // namespace tessera
