#pragma once
// `tessera eval`: generate Shapes World prompts with a few seeds, judge every clip, and report
// per-attribute accuracy for seen and held-out combinations plus the task figures (docs/evaluation.md).
#include <CLI/CLI.hpp>
#include <string>

namespace tessera::app {

/// Adds the eval command to `app`. It runs in its CLI11 callback and sets `exitCode`; errors are thrown
/// as std::exception with a one-line message naming the file or option. `modelDir` (the global
/// --model-dir) is read when the command runs.
void addEvalCommand(CLI::App& app, int& exitCode, const std::string& modelDir);

}  // namespace tessera::app
