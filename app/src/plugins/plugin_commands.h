#pragma once
// `tessera plugins ...`: list, enable and disable plugins, and run any of them on files.
#include <CLI/CLI.hpp>

namespace tessera::app {

/// Adds the plugins command to `app`; the callback sets `exitCode`.
void addPluginCommands(CLI::App& app, int& exitCode);

}  // namespace tessera::app
