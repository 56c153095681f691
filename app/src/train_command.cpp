#include "train_command.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "tessera/app/media.h"
#include "tessera/engine.h"
#include "tessera/train.h"

namespace fs = std::filesystem;

namespace tessera::app {

namespace {

std::atomic<bool> gStop{false};
void onSignal(int) { gStop = true; }

struct Series {
    std::vector<double> step, loss;
};

Series readCsv(const fs::path& path) {
    Series s;
    std::ifstream in(path);
    std::string line;
    if (!std::getline(in, line)) return s;
    while (std::getline(in, line)) {
        std::stringstream row(line);
        std::string a, b, c;
        if (!std::getline(row, a, ',') || !std::getline(row, b, ',') || !std::getline(row, c, ',')) continue;
        const double loss = std::atof(c.c_str());
        if (loss > 0 && std::isfinite(loss)) {
            s.step.push_back(std::atof(a.c_str()));
            s.loss.push_back(loss);
        }
    }
    return s;
}

// A 5x7 pixel font for the plot's labels (the CLI has no QGuiApplication, so no system fonts).
const std::map<char, std::array<uint8_t, 7>>& glyphs() {
    static const std::map<char, std::array<uint8_t, 7>> table = {
        {'0', {0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E}},
        {'1', {0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E}},
        {'2', {0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F}},
        {'3', {0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E}},
        {'4', {0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02}},
        {'5', {0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E}},
        {'6', {0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E}},
        {'7', {0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08}},
        {'8', {0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E}},
        {'9', {0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C}},
        {'.', {0x00, 0x00, 0x00, 0x00, 0x00, 0x0C, 0x0C}},
        {'-', {0x00, 0x00, 0x00, 0x1F, 0x00, 0x00, 0x00}},
        {'+', {0x00, 0x04, 0x04, 0x1F, 0x04, 0x04, 0x00}},
        {':', {0x00, 0x0C, 0x0C, 0x00, 0x0C, 0x0C, 0x00}},
        {'(', {0x02, 0x04, 0x08, 0x08, 0x08, 0x04, 0x02}},
        {')', {0x08, 0x04, 0x02, 0x02, 0x02, 0x04, 0x08}},
        {',', {0x00, 0x00, 0x00, 0x00, 0x0C, 0x04, 0x08}},
        {'A', {0x0E, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11}},
        {'B', {0x1E, 0x11, 0x11, 0x1E, 0x11, 0x11, 0x1E}},
        {'D', {0x1C, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1C}},
        {'E', {0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x1F}},
        {'M', {0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11}},
        {'N', {0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11}},
        {'P', {0x1E, 0x11, 0x11, 0x1E, 0x10, 0x10, 0x10}},
        {'S', {0x0F, 0x10, 0x10, 0x0E, 0x01, 0x01, 0x1E}},
        {'T', {0x1F, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04}},
        {'V', {0x11, 0x11, 0x11, 0x11, 0x11, 0x0A, 0x04}},
        {'a', {0x00, 0x00, 0x0E, 0x01, 0x0F, 0x11, 0x0F}},
        {'b', {0x10, 0x10, 0x16, 0x19, 0x11, 0x11, 0x1E}},
        {'c', {0x00, 0x00, 0x0E, 0x10, 0x10, 0x11, 0x0E}},
        {'d', {0x01, 0x01, 0x0D, 0x13, 0x11, 0x11, 0x0F}},
        {'e', {0x00, 0x00, 0x0E, 0x11, 0x1F, 0x10, 0x0E}},
        {'f', {0x06, 0x09, 0x08, 0x1C, 0x08, 0x08, 0x08}},
        {'g', {0x00, 0x0F, 0x11, 0x11, 0x0F, 0x01, 0x0E}},
        {'h', {0x10, 0x10, 0x16, 0x19, 0x11, 0x11, 0x11}},
        {'i', {0x04, 0x00, 0x0C, 0x04, 0x04, 0x04, 0x0E}},
        {'k', {0x10, 0x10, 0x12, 0x14, 0x18, 0x14, 0x12}},
        {'l', {0x0C, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0E}},
        {'m', {0x00, 0x00, 0x1A, 0x15, 0x15, 0x11, 0x11}},
        {'n', {0x00, 0x00, 0x16, 0x19, 0x11, 0x11, 0x11}},
        {'o', {0x00, 0x00, 0x0E, 0x11, 0x11, 0x11, 0x0E}},
        {'p', {0x00, 0x00, 0x1E, 0x11, 0x1E, 0x10, 0x10}},
        {'r', {0x00, 0x00, 0x16, 0x19, 0x10, 0x10, 0x10}},
        {'s', {0x00, 0x00, 0x0E, 0x10, 0x0E, 0x01, 0x1E}},
        {'t', {0x08, 0x08, 0x1C, 0x08, 0x08, 0x09, 0x06}},
        {'u', {0x00, 0x00, 0x11, 0x11, 0x11, 0x13, 0x0D}},
        {'v', {0x00, 0x00, 0x11, 0x11, 0x11, 0x0A, 0x04}},
        {'w', {0x00, 0x00, 0x11, 0x11, 0x15, 0x15, 0x0A}},
        {'x', {0x00, 0x00, 0x11, 0x0A, 0x04, 0x0A, 0x11}},
        {'y', {0x00, 0x00, 0x11, 0x11, 0x0F, 0x01, 0x0E}},
    };
    return table;
}

// Draws `text` with its top-left corner at (x, y), each font pixel `scale` x `scale` image pixels;
// characters without a glyph are left blank. Returns the x after the text.
int text(Frame& img, int x, int y, const std::string& str, int scale, uint8_t r, uint8_t g, uint8_t b) {
    for (char c : str) {
        auto it = glyphs().find(c);
        if (it != glyphs().end())
            for (int row = 0; row < 7; ++row)
                for (int col = 0; col < 5; ++col)
                    if (it->second[row] & (0x10 >> col))
                        for (int dy = 0; dy < scale; ++dy)
                            for (int dx = 0; dx < scale; ++dx) {
                                const int px = x + col * scale + dx, py = y + row * scale + dy;
                                if (px < 0 || py < 0 || px >= img.width || py >= img.height) continue;
                                uint8_t* p = img.at(px, py);
                                p[0] = r;
                                p[1] = g;
                                p[2] = b;
                            }
        x += 6 * scale;
    }
    return x;
}

std::string compact(double v) {
    std::ostringstream o;
    o << std::setprecision(3) << v;
    return o.str();
}

void line(Frame& img, double x0, double y0, double x1, double y1, uint8_t r, uint8_t g, uint8_t b) {
    const int n = int(std::max(std::abs(x1 - x0), std::abs(y1 - y0))) + 1;
    for (int i = 0; i <= n; ++i) {
        const int x = int(std::lround(x0 + (x1 - x0) * i / n)), y = int(std::lround(y0 + (y1 - y0) * i / n));
        if (x >= 0 && y >= 0 && x < img.width && y < img.height) {
            uint8_t* p = img.at(x, y);
            p[0] = r;
            p[1] = g;
            p[2] = b;
        }
    }
}

// One panel: a title above, light grid lines at every power of ten of the loss labelled on the
// left, the first and last step below, the raw curve in gray and a running mean in the stage's
// colour, and the last running mean in the title.
void panel(Frame& img, int x0, int y0, int w, int h, const Series& s, const std::string& title, uint8_t r, uint8_t g,
           uint8_t b) {
    for (int y = y0; y < y0 + h; ++y)
        for (int x = x0; x < x0 + w; ++x) {
            uint8_t* p = img.at(x, y);
            p[0] = p[1] = p[2] = 250;
        }
    if (s.step.empty()) {
        text(img, x0, y0 - 22, title + ": not started", 2, 60, 60, 60);
        return;
    }
    {
        double m = s.loss[0];
        for (double l : s.loss) m = 0.9 * m + 0.1 * l;
        text(img, x0, y0 - 22, title + " (last " + compact(m) + ")", 2, r, g, b);
        text(img, x0, y0 + h + 6, "step " + compact(s.step.front()), 2, 60, 60, 60);
        const std::string last = "step " + compact(s.step.back());
        text(img, x0 + w - 12 * int(last.size()), y0 + h + 6, last, 2, 60, 60, 60);
    }
    double lo = *std::min_element(s.loss.begin(), s.loss.end()), hi = *std::max_element(s.loss.begin(), s.loss.end());
    lo = std::floor(std::log10(lo));
    hi = std::max(lo + 1, std::ceil(std::log10(hi)));
    const double sx = s.step.back() > s.step.front() ? (w - 1) / (s.step.back() - s.step.front()) : 0;
    auto X = [&](double st) { return x0 + (st - s.step.front()) * sx; };
    auto Y = [&](double l) { return y0 + (h - 1) * (1.0 - (std::log10(l) - lo) / (hi - lo)); };
    for (double d = lo; d <= hi; d += 1) {
        line(img, x0, Y(std::pow(10, d)), x0 + w - 1, Y(std::pow(10, d)), 200, 200, 200);
        const std::string label = "1e" + std::to_string(int(d));
        text(img, x0 - 6 * int(label.size()) - 4, int(Y(std::pow(10, d))) - 3, label, 1, 90, 90, 90);
    }
    for (size_t i = 1; i < s.step.size(); ++i)
        line(img, X(s.step[i - 1]), Y(s.loss[i - 1]), X(s.step[i]), Y(s.loss[i]), 170, 170, 170);
    double mean = s.loss[0], prevX = X(s.step[0]), prevY = Y(mean);
    for (size_t i = 1; i < s.step.size(); ++i) {
        mean = 0.9 * mean + 0.1 * s.loss[i];
        const double x = X(s.step[i]), y = Y(mean);
        line(img, prevX, prevY, x, y, r, g, b);
        line(img, prevX, prevY + 1, x, y + 1, r, g, b);
        prevX = x;
        prevY = y;
    }
}

}  // namespace

void plotLoss(const std::string& runDir, const std::string& png) {
    const fs::path dir(runDir);
    const Series vae = readCsv(dir / "loss_vae.csv"), decoder = readCsv(dir / "loss_decoder.csv"),
                 dit = readCsv(dir / "loss_dit.csv");
    if (vae.step.empty() && dit.step.empty()) throw std::runtime_error("no loss has been logged in " + runDir + " yet");
    // VAE (blue) on the left, DiT (red) on the right, and the decoder refinement (green) between
    // them when the run has one.
    const bool refined = !decoder.step.empty();
    Frame img(refined ? 1500 : 1000, 420, 255, 255, 255);
    panel(img, 40, 40, 440, 320, vae, "VAE loss", 40, 90, 200);
    if (refined) panel(img, 540, 40, 440, 320, decoder, "decoder refinement loss", 40, 150, 60);
    panel(img, refined ? 1040 : 540, 40, 440, 320, dit, "DiT loss", 200, 60, 40);
    writeImage(png, img,
               {{"Description", std::string("Tessera training loss: VAE (left), ") + (refined ? "decoder refinement (middle), " : "") +
                                    "DiT (right); log scale, lines at powers of 10"}});
}

void addTrainCommand(CLI::App& app, int& exitCode, const std::string& commandLine) {
    auto o = std::make_shared<TrainOptions>();
    auto exportTo = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("train", "Train (or resume training) the embedded model tessera-shapes on Shapes World");
    cmd->footer(
        "Stages: tokenizer, VAE, decoder refinement (with --decoder-steps), then DiT + text encoder. The run folder holds checkpoints (every "
        "--checkpoint-minutes), loss_vae.csv, loss_dit.csv and loss.png; Ctrl-C writes a checkpoint and stops. "
        "Continue with --resume. A bundle is exported to <run>/bundle (or --bundle) at every DiT checkpoint.");
    cmd->add_option("--run", o->runDir, "Run folder")->required();
    cmd->add_flag("--resume", o->resume, "Continue the run in the folder from its last checkpoint");
    cmd->add_option("--bundle", o->bundleDir, "Export the bundle here at every DiT checkpoint (default <run>/bundle)");
    // Every option that sets one of the run's sizes (run.json "sizes"), with its key. On --resume the
    // keys of those given go to the engine, which allows the ones a resume may change (and with
    // --restart-dit the DiT's sizes) and refuses the rest by name, so none is silently ignored.
    auto keyed = std::make_shared<std::vector<std::pair<CLI::Option*, std::string>>>();
    auto sized = [keyed](CLI::Option* option, const char* key) {
        keyed->emplace_back(option, key);
        return option;
    };
    sized(cmd->add_option("--seed", o->seed, "Seed of the data stream and the held-out split (new runs)"), "seed");
    cmd->add_option("--device", o->device, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    cmd->add_option("--vae-minutes", o->vaeMinutes, "Training minutes of the VAE stage (in total over resumes)");
    cmd->add_option("--dit-minutes", o->ditMinutes, "Training minutes of the DiT stage (in total over resumes)");
    cmd->add_option("--vae-steps", o->vaeMaxSteps, "Stop the VAE stage after this many steps (0: by time)");
    cmd->add_option("--dit-steps", o->ditMaxSteps, "Stop the DiT stage after this many steps (0: by time)");
    cmd->add_option("--checkpoint-minutes", o->checkpointMinutes, "Minutes between checkpoints");
    cmd->add_option("--stop-after", o->stopAfterMinutes, "Checkpoint and stop this invocation after N minutes");
    sized(cmd->add_option("--vae-dim", o->vaeDim, "VAE base channels (new runs)"), "vae_dim");
    sized(cmd->add_option("--z-dim", o->zDim, "Latent channels (new runs)"), "z_dim");
    sized(cmd->add_option("--vae-spatial", o->vaeSpatial, "VAE spatial compression, 8 (Wan 2.1) or 4 (new runs)"), "vae_spatial")
        ->check(CLI::IsMember({4, 8}));
    // The DiT's sizes: fixed when the run starts, changeable by --restart-dit.
    sized(cmd->add_option("--dim", o->ditDim, "DiT width (new runs, or with --restart-dit)"), "dit_dim");
    sized(cmd->add_option("--layers", o->ditLayers, "DiT blocks (new runs, or with --restart-dit; blocks added to the kept or --dit-from DiT start as copies adding nothing)"), "dit_layers");
    sized(cmd->add_option("--heads", o->ditHeads, "DiT heads (new runs, or with --restart-dit)"), "dit_heads");
    sized(cmd->add_option("--ffn", o->ditFfn, "DiT feed-forward width (new runs, or with --restart-dit)"), "dit_ffn");
    sized(cmd->add_option("--dit-patch", o->ditPatch,
                          "DiT spatial patch in latent pixels (default 16 / --vae-spatial: 16x16 pixels a token; new runs, "
                          "or with --restart-dit)"),
          "dit_patch");
    sized(cmd->add_option("--text-dim", o->textDim, "Text encoder width (new runs, or with --restart-dit)"), "text_dim");
    sized(cmd->add_option("--text-layers", o->textLayers, "Text encoder blocks (new runs, or with --restart-dit)"), "text_layers");
    sized(cmd->add_option("--tokenizer", o->tokenizerType,
                          "SentencePiece model type of the tokenizer: bpe (every Shapes World word one piece; default) or unigram "
                          "(runs from before this option); new runs, or with --restart-dit (the tokenizer is trained again and "
                          "the text encoder starts new)"),
          "tokenizer")
        ->check(CLI::IsMember({"bpe", "unigram"}));
    sized(cmd->add_option("--tokens-per-step", o->tokensPerStep, "Latent tokens per optimiser step (new runs, or with --restart-dit)"),
          "tokens_per_step");
    sized(cmd->add_option("--token-budget", o->tokenBudget, "Tokens per packed sequence (new runs, or with --restart-dit)"),
          "token_budget");
    cmd->add_flag("--restart-dit", o->restartDit,
                  "With --resume: start the DiT stage again from step 0 on the run's VAE (the old DiT is kept in "
                  "<run>/dit-before-restart-STEP); the DiT sizes above may change. When only --dit-patch changes, the new "
                  "DiT starts from the old one's EMA weights");
    cmd->add_option("--dit-from", o->ditFrom,
                    "With --restart-dit: the new DiT and text encoder start from this bundle's weights (a bundle exported by "
                    "tessera train with the run's tokenizer and DiT sizes, e.g. resources/models/tessera-shapes); the "
                    "optimiser starts new")
        ->check(CLI::ExistingDirectory);
    sized(cmd->add_option("--vae-lr", o->vaeLr, "VAE learning rate (new runs)"), "vae_lr");
    sized(cmd->add_option("--dit-lr", o->ditLr, "DiT learning rate (new runs; with --resume it changes the rate from here on)"), "dit_lr");
    sized(cmd->add_option("--vae-batch", o->vaeBatch, "Clips per VAE step (new runs)"), "vae_batch")->check(CLI::Range(1, 256));
    sized(cmd->add_option("--vae-image-steps", o->vaeImageSteps, "First VAE steps on single frames only (new runs)"), "vae_image_steps");
    sized(cmd->add_option("--pool", o->poolSize, "Encoded clips in the DiT's data pool (new runs)"), "pool_size");
    sized(cmd->add_option("--pool-refresh", o->poolRefresh,
                          "Pool clips rendered and encoded anew after every DiT step (default 2; fewer is faster, each clip "
                          "then used more often); new runs, or with --restart-dit"),
          "pool_refresh")
        ->check(CLI::Range(1, 64));
    sized(cmd->add_option("--dit-simple-until", o->ditSimpleUntil,
                          "Curriculum: clips entering the DiT's pool before this step are simple (one object, 64x64, 17 frames, "
                          "mostly text only); with --resume it changes the run's value"),
          "dit_simple_until");
    sized(cmd->add_option("--dit-simple-images", o->ditSimpleImages,
                          "Share of the simple phase's clips that are single frames at any training size (0: 64x64 17-frame clips "
                          "only); with --resume it changes the run's value"),
          "dit_simple_images")
        ->check(CLI::Range(0.0, 1.0));
    sized(cmd->add_flag("--dit-simple-any-size{true}", o->ditSimpleAnySize,
                        "The simple phase's clips keep the full mix's sizes and lengths (one object, mostly text only) instead of "
                        "64x64 17-frame clips; with --resume it changes the run's value (--dit-simple-any-size=false turns it off)"),
          "dit_simple_any_size");
    sized(cmd->add_option("--dit-decay-from", o->ditDecayFrom,
                          "Learning-rate cool-down: the DiT step at which the rate starts falling along a cosine to zero (with "
                          "--dit-decay-steps); with --resume it changes the run's value"),
          "dit_decay_from");
    sized(cmd->add_option("--dit-decay-steps", o->ditDecaySteps,
                          "Steps the cool-down takes to reach zero; the DiT stage ends there. With --resume it changes the run's value"),
          "dit_decay_steps");
    sized(cmd->add_option("--dit-object-weight", o->ditObjectWeight,
                          "Object-weighted DiT loss: latent cells an object covers count 1 + W times their covered share (0: the plain "
                          "mean); with --resume it changes the run's value"),
          "dit_object_weight")
        ->check(CLI::Range(0.0, 100.0));
    sized(cmd->add_option("--dit-noise-share", o->ditNoiseShare,
                          "Share of each training noise's variance common to all latent frames (0: independent frames); the "
                          "bundle records it and sampling draws its noise alike. With --resume it changes the run's value"),
          "dit_noise_share")
        ->check(CLI::Range(0.0, 0.95));
    sized(cmd->add_option("--dit-offset-noise", o->ditOffsetNoise,
                          "Offset noise: each training noise gets this times one N(0, 1) value per channel added, the same over the "
                          "whole clip, so the DiT reads the background from the text, not from the noise (0: none); the bundle "
                          "records it and sampling draws its noise alike. With --resume it changes the run's value"),
          "dit_offset_noise")
        ->check(CLI::Range(0.0, 0.9));
    sized(cmd->add_flag("--dit-hold-known{true}", o->ditHoldKnown,
                        "Encode the known frames of a span after frame 0 (extend backward, loop and connect ends) with the frames "
                        "before them holding the span's first frame instead of grey; the bundle records it (known_context) and "
                        "the pipeline encodes alike. With --resume it changes the run's value (--dit-hold-known=false turns it off)"),
          "dit_hold_known");
    sized(cmd->add_option("--dit-clip-frames", o->ditClipFrames,
                          "Lengths of the DiT's training clips besides the single frames, e.g. 9,17,25,33 (each 1+4k, within "
                          "--token-budget at every training size; default 17,33). With --resume it changes the run's value")
              ->delimiter(','),
          "dit_clip_frames");
    sized(cmd->add_option("--dit-pass-through", o->ditPassThrough,
                          "Share of the DiT's multi-frame clips whose single moving object passes through the frame (enters or "
                          "leaves it), so extensions and loops have seen objects come and go (default 0). With --resume it changes "
                          "the run's value"),
          "dit_pass_through")
        ->check(CLI::Range(0.0, 1.0));
    sized(cmd->add_option("--dit-two-objects", o->ditTwoObjects,
                          "Share of the DiT's general training scenes drawn with two objects, for layout and count (default "
                          "0.3, the mix of earlier runs; the simple phase keeps one). With --resume it changes the run's value"),
          "dit_two_objects")
        ->check(CLI::Range(0.0, 1.0));
    sized(cmd->add_option("--dit-shift", o->ditShift,
                          "Shift of the DiT's training noise levels (logit-normal, then s u / (1 + (s - 1) u)): 3, the default and "
                          "the sampler's shift, trains mostly high noise; 1 centres it on sigma 0.5. With --resume it changes the run's value"),
          "dit_shift")
        ->check(CLI::Range(0.1, 20.0));
    sized(cmd->add_option("--dit-aux-weight", o->ditAuxWeight,
                          "Weight of an auxiliary loss in which a small head reads every token's shape and colour (from the "
                          "rendered masks) off the DiT's middle, so the prompt's shape and colour reach the object's tokens at "
                          "every noise level; the head stays in the run, not the bundle (default 0). With --resume it changes the run's value"),
          "dit_aux_weight")
        ->check(CLI::Range(0.0, 10.0));
    sized(cmd->add_flag("--dit-bf16{true}", o->ditBf16,
                        "Run the DiT's and text encoder's forward passes under bfloat16 autocast (weights, optimiser and loss "
                        "stay float32): about twice the matrix throughput on CPUs with AVX512-BF16 and on GPUs. With --resume it "
                        "changes the run's value (--dit-bf16=false turns it off)"),
          "dit_bf16");
    sized(cmd->add_option("--dit-distill-text", o->ditDistillText,
                          "With --restart-dit --tokenizer: the first N DiT steps train only the new text encoder, so that the "
                          "(frozen) DiT predicts with it what it predicted with the kept text encoder and tokenizer; the DiT "
                          "trains from step N on (default 0: the new text encoder learns from the flow loss alone). With "
                          "--resume it changes the run's value"),
          "dit_distill_text")
        ->check(CLI::NonNegativeNumber);
    sized(cmd->add_option("--dit-distill-blocks", o->ditDistillBlocks,
                          "While distilling text (--dit-distill-text): the weight of a term comparing the DiT's residual stream "
                          "after every block with the new and the kept text encoder, each block's squared difference relative to "
                          "the kept stream's mean square (default 0: the prediction's difference alone). With --resume it "
                          "changes the run's value"),
          "dit_distill_blocks")
        ->check(CLI::Range(0.0, 100.0));
    sized(cmd->add_option("--decoder-steps", o->decoderSteps,
                          "After the VAE: train its decoder alone (encoder frozen, latents unchanged) for this many steps with an "
                          "edge term and a cosine-decayed rate; with --resume it adds the stage to a run (even one whose DiT has started)"),
          "decoder_steps");
    sized(cmd->add_option("--decoder-lr", o->decoderLr, "Peak learning rate of the decoder refinement"), "decoder_lr");
    sized(cmd->add_option("--decoder-dim", o->decoderDim,
                          "Base channels of the VAE's decoder (Wan 2.2-style dec_dim; default: the VAE's). With --resume on a run "
                          "whose VAE is done, a larger value widens the trained decoder (same output at first) and starts the "
                          "decoder refinement again (give --decoder-steps)"),
          "decoder_dim")
        ->check(CLI::Range(int64_t(1), int64_t(1024)));
    sized(cmd->add_option("--heldout-fraction", o->heldOutFraction, "Fraction of (colour, shape, motion) combinations held out (new runs)"),
          "heldout_fraction")
        ->check(CLI::Range(0.2, 0.5));
    sized(cmd->add_option("--text-len", o->textLen,
                          "Text tokens the DiT reads (captions are cut there); with --resume it changes the run's value (the "
                          "weights do not depend on it)"),
          "text_len")
        ->check(CLI::Range(8, 512));
    cmd->add_option("--export", *exportTo, "Only export the run's latest checkpoint as a bundle into this folder");
    auto checkVae = std::make_shared<std::string>();
    cmd->add_option("--check-vae", *checkVae,
                    "Only measure the run's latest VAE on held-out clips: print PSNR, write originals and "
                    "reconstructions to this PNG");
    auto plotTo = std::make_shared<std::string>();
    cmd->add_option("--plot", *plotTo, "Only draw the run's loss curves into this PNG (training redraws <run>/loss.png at every checkpoint)");
    cmd->callback([o, exportTo, checkVae, plotTo, keyed, &exitCode, commandLine] {
        if (o->resume)  // the sizes given; the engine refuses those a resume may not change
            for (const auto& [option, key] : *keyed)
                if (option->count() > 0) o->resumeChanges.push_back(key);
        if (!plotTo->empty()) {
            plotLoss(o->runDir, *plotTo);
            std::cout << "loss curves of " << o->runDir << ": " << *plotTo << "\n";
            exitCode = 0;
            return;
        }
        if (!checkVae->empty()) {
            Frame sheet;
            auto psnrs = vaeHeldOutPsnr(o->runDir, 6, &sheet);
            double sum = 0;
            for (size_t i = 0; i < psnrs.size(); ++i) {
                std::cout << "held-out clip " << i << ": " << std::fixed << std::setprecision(2) << psnrs[i] << " dB\n";
                sum += psnrs[i];
            }
            std::cout << "mean " << sum / psnrs.size() << " dB; sheet (originals above reconstructions): " << *checkVae << "\n";
            writeImage(*checkVae, sheet);
            exitCode = 0;
            return;
        }
        if (!exportTo->empty()) {
            exportTrainedBundle(o->runDir, *exportTo);
            std::cout << "exported " << o->runDir << " to " << *exportTo << "\n";
            exitCode = 0;
            return;
        }
        o->commandLine = commandLine;
        o->commit = buildInfo().gitHash;
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        const std::string png = (fs::path(o->runDir) / "loss.png").string();
        const auto started = std::chrono::steady_clock::now();
        train(
            *o,
            [&](const TrainEvent& e) {
                std::cout << std::fixed << std::setprecision(1) << "[" << e.stage << " " << e.step << " "
                          << e.seconds / 60.0 << " min] ";
                if (!e.message.empty()) {
                    std::cout << e.message << std::endl;
                    if (e.message.rfind("checkpoint", 0) == 0) {
                        try {
                            plotLoss(o->runDir, png);
                        } catch (const std::exception& ex) {
                            std::cout << "(no loss plot: " << ex.what() << ")" << std::endl;
                        }
                    }
                    return;
                }
                std::cout << std::setprecision(5) << "loss " << e.loss << "  lr " << e.lr;
                if (e.stage == "vae" || e.stage == "decoder") std::cout << std::setprecision(2) << "  psnr " << e.extra << " dB";
                if (e.stage == "dit") std::cout << std::setprecision(0) << "  " << e.extra << " tokens/s";
                std::cout << std::endl;
            },
            [] { return gStop.load(); });
        const double minutes = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() / 60;
        const bool stopped = gStop || (o->stopAfterMinutes > 0 && minutes >= o->stopAfterMinutes);
        std::cout << (stopped ? "stopped; continue with --resume" : "done") << "\n";
        exitCode = 0;
    });
}

}  // namespace tessera::app
