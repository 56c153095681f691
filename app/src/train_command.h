#pragma once
// `tessera train`: trains (or resumes) the embedded model tessera-shapes (docs/training.md).
#include <CLI/CLI.hpp>
#include <string>

namespace tessera::app {

/// Adds the `train` subcommand; when it runs, its exit code is stored in `exitCode`. `commandLine`
/// (the whole invocation) is recorded in the run and the bundle.
void addTrainCommand(CLI::App& app, int& exitCode, const std::string& commandLine);

/// Draws loss curves from the run's loss_vae.csv / loss_dit.csv into `png` (log-scale loss against
/// step, one panel per stage). Missing logs are skipped; throws when no log has rows.
void plotLoss(const std::string& runDir, const std::string& png);

}  // namespace tessera::app
