#pragma once
// `tessera project|import|queue|clip|search`: the project library and the generation queue on the
// command line, on the same services the studio uses.
#include <CLI/CLI.hpp>
#include <string>

#include "generate_command.h"
#include "tessera/app/queue_runner.h"

namespace tessera::app {

/// "812.0 KiB", "3.4 MiB", "16.2 GiB".
std::string humanBytes(int64_t bytes);

/// Adds the project, import, queue, clip and search commands to `app`. Each runs in its CLI11
/// callback and sets `exitCode`; errors are thrown as std::exception with a message naming the file,
/// clip or job and what to do. `modelDir` (the global --model-dir) is read when a command runs.
void addProjectCommands(CLI::App& app, int& exitCode, const std::string& modelDir);

/// The job request `tessera generate` options describe; input files are imported into the project
/// as assets (or name one with asset:N / clip:N).
JobSpec jobSpecFromOptions(ProjectLibrary& project, const GenerateOptions& options);

/// `tessera generate --project DIR`: generates in this process, stores the clip and prints its id
/// (also writes --out when given). Returns the exit code.
int runGenerateInProject(const GenerateOptions& options, const std::string& projectDir);

/// Opens a project for a command, printing the notes of how it was opened (read-only, migrated).
std::unique_ptr<ProjectLibrary> openProject(const std::string& dir);

/// Catches Ctrl-C and SIGTERM for the lifetime of a long command: the first asks it to stop
/// (interrupted() turns true), a second exits at once. Scopes nest; the outermost one owns the handler.
class InterruptScope {
public:
    InterruptScope();
    ~InterruptScope();
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;
};
/// True once Ctrl-C or SIGTERM arrived inside the current InterruptScope.
bool interrupted();

/// `tessera queue run --until-empty`: runs the project's queued jobs with progress lines; returns
/// the exit code (1 when a job failed, 130 when interrupted).
int runQueueUntilEmpty(const std::string& projectDir);

}  // namespace tessera::app
