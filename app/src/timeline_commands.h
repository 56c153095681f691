#pragma once
// `tessera timeline|export|storyboard|batch|narration` (#9).
#include <CLI/CLI.hpp>
#include <string>

namespace tessera::app {

/// Adds the commands to `app`; each runs in its CLI11 callback and sets `exitCode`. `modelDir` (the
/// global --model-dir) is read when a command runs.
void addTimelineCommands(CLI::App& app, int& exitCode, const std::string& modelDir);

}  // namespace tessera::app
