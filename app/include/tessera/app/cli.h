#pragma once
// The `tessera` command line: every subcommand, on the same app/ services the studio uses.
#include <iosfwd>

namespace tessera::app {

/// Runs the CLI with the process arguments; returns the exit code. Never throws: errors are
/// printed as one clear line on `err`.
int runCli(int argc, char** argv);

}  // namespace tessera::app
