#include "train_command.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
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

// One panel: light grid lines at every power of ten of the loss, the raw curve in gray and a
// running mean in the stage's colour.
void panel(Frame& img, int x0, int y0, int w, int h, const Series& s, uint8_t r, uint8_t g, uint8_t b) {
    for (int y = y0; y < y0 + h; ++y)
        for (int x = x0; x < x0 + w; ++x) {
            uint8_t* p = img.at(x, y);
            p[0] = p[1] = p[2] = 250;
        }
    if (s.step.empty()) return;
    double lo = *std::min_element(s.loss.begin(), s.loss.end()), hi = *std::max_element(s.loss.begin(), s.loss.end());
    lo = std::floor(std::log10(lo));
    hi = std::max(lo + 1, std::ceil(std::log10(hi)));
    const double sx = s.step.back() > s.step.front() ? (w - 1) / (s.step.back() - s.step.front()) : 0;
    auto X = [&](double st) { return x0 + (st - s.step.front()) * sx; };
    auto Y = [&](double l) { return y0 + (h - 1) * (1.0 - (std::log10(l) - lo) / (hi - lo)); };
    for (double d = lo; d <= hi; d += 1) line(img, x0, Y(std::pow(10, d)), x0 + w - 1, Y(std::pow(10, d)), 200, 200, 200);
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
    const Series vae = readCsv(fs::path(runDir) / "loss_vae.csv"), dit = readCsv(fs::path(runDir) / "loss_dit.csv");
    if (vae.step.empty() && dit.step.empty()) throw std::runtime_error("no loss has been logged in " + runDir + " yet");
    Frame img(960, 360, 255, 255, 255);
    panel(img, 20, 20, 440, 320, vae, 40, 90, 200);   // left: VAE (blue)
    panel(img, 500, 20, 440, 320, dit, 200, 60, 40);  // right: DiT (red)
    writeImage(png, img, {{"Description", "Tessera training loss: VAE (left), DiT (right); log scale, lines at powers of 10"}});
}

void addTrainCommand(CLI::App& app, int& exitCode, const std::string& commandLine) {
    auto o = std::make_shared<TrainOptions>();
    auto exportTo = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("train", "Train (or resume training) the embedded model tessera-shapes on Shapes World");
    cmd->footer(
        "Stages: tokenizer, VAE, then DiT + text encoder. The run folder holds checkpoints (every "
        "--checkpoint-minutes), loss_vae.csv, loss_dit.csv and loss.png; Ctrl-C writes a checkpoint and stops. "
        "Continue with --resume. A bundle is exported to <run>/bundle (or --bundle) at every DiT checkpoint.");
    cmd->add_option("--run", o->runDir, "Run folder")->required();
    cmd->add_flag("--resume", o->resume, "Continue the run in the folder from its last checkpoint");
    cmd->add_option("--bundle", o->bundleDir, "Export the bundle here at every DiT checkpoint (default <run>/bundle)");
    cmd->add_option("--seed", o->seed, "Seed of the data stream and the held-out split (new runs)");
    cmd->add_option("--device", o->device, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    cmd->add_option("--vae-minutes", o->vaeMinutes, "Training minutes of the VAE stage (in total over resumes)");
    cmd->add_option("--dit-minutes", o->ditMinutes, "Training minutes of the DiT stage (in total over resumes)");
    cmd->add_option("--vae-steps", o->vaeMaxSteps, "Stop the VAE stage after this many steps (0: by time)");
    cmd->add_option("--dit-steps", o->ditMaxSteps, "Stop the DiT stage after this many steps (0: by time)");
    cmd->add_option("--checkpoint-minutes", o->checkpointMinutes, "Minutes between checkpoints");
    cmd->add_option("--stop-after", o->stopAfterMinutes, "Checkpoint and stop this invocation after N minutes");
    cmd->add_option("--vae-dim", o->vaeDim, "VAE base channels (new runs)");
    cmd->add_option("--z-dim", o->zDim, "Latent channels (new runs)");
    cmd->add_option("--dim", o->ditDim, "DiT width (new runs)");
    cmd->add_option("--layers", o->ditLayers, "DiT blocks (new runs)");
    cmd->add_option("--heads", o->ditHeads, "DiT heads (new runs)");
    cmd->add_option("--ffn", o->ditFfn, "DiT feed-forward width (new runs)");
    cmd->add_option("--text-dim", o->textDim, "Text encoder width (new runs)");
    cmd->add_option("--text-layers", o->textLayers, "Text encoder blocks (new runs)");
    cmd->add_option("--tokens-per-step", o->tokensPerStep, "Latent tokens per optimiser step (new runs)");
    cmd->add_option("--token-budget", o->tokenBudget, "Tokens per packed sequence (new runs)");
    cmd->add_option("--vae-lr", o->vaeLr, "VAE learning rate (new runs)");
    cmd->add_option("--dit-lr", o->ditLr, "DiT learning rate (new runs)");
    cmd->add_option("--vae-batch", o->vaeBatch, "Clips per VAE step (new runs)")->check(CLI::Range(1, 256));
    cmd->add_option("--vae-image-steps", o->vaeImageSteps, "First VAE steps on single frames only (new runs)");
    cmd->add_option("--pool", o->poolSize, "Encoded clips in the DiT's data pool (new runs)");
    cmd->add_option("--heldout-fraction", o->heldOutFraction, "Fraction of (colour, shape, motion) combinations held out (new runs)")
        ->check(CLI::Range(0.2, 0.5));
    cmd->add_option("--text-len", o->textLen, "Text tokens the DiT attends to (new runs)");
    cmd->add_option("--export", *exportTo, "Only export the run's latest checkpoint as a bundle into this folder");
    auto checkVae = std::make_shared<std::string>();
    cmd->add_option("--check-vae", *checkVae,
                    "Only measure the run's latest VAE on held-out clips: print PSNR, write originals and "
                    "reconstructions to this PNG");
    cmd->callback([o, exportTo, checkVae, &exitCode, commandLine] {
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
                if (e.stage == "vae") std::cout << std::setprecision(2) << "  psnr " << e.extra << " dB";
                if (e.stage == "dit") std::cout << std::setprecision(0) << "  " << e.extra << " tokens/s";
                std::cout << std::endl;
            },
            [] { return gStop.load(); });
        std::cout << (gStop ? "stopped; continue with --resume" : "done") << "\n";
        exitCode = 0;
    });
}

}  // namespace tessera::app
