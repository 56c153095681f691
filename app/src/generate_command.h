#pragma once
// `tessera generate`: options and the command (also reused by `tessera queue add` later).
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "tessera/pipeline.h"

namespace tessera::app {

struct GenerateOptions {
    std::string prompt, negative, model, size, sampler, image, endImage, video, extend, direction = "forward", mask,
        device, out, latents, backwardExtension, textToVideo, loopFromText;
    std::vector<std::string> connect;
    std::vector<double> guidanceInterval;  ///< --guidance-interval LOW,HIGH (empty: the model's)
    double seconds = 0, fps = 0, guidance = -1, shift = -1, strength = 0.7;
    int frames = 0, steps = 0;
    int64_t seed = -1;
    bool loop = false, refine = false, json = false, noEnhance = false;
    std::string modelDir;  ///< extra model folder (global --model-dir)
    std::string enhancerPlugin, enhancerOption, filterPlugin;  ///< plugins (docs/plugins.md)
    std::vector<std::string> filterParams;
};

/// The request the options describe, without its input images and clips (those are read, or
/// looked up in a project, by the caller). Throws GenerationError for a malformed --size.
GenerationRequest requestFromOptions(const GenerateOptions& o);

/// The names `--sampler` accepts (generate, eval): the engine's samplerNames() and its other
/// spellings "dpm++" and "euler_ancestral".
std::vector<std::string> samplerChoices();

/// Adds `--guidance-interval LOW,HIGH` (generate, eval) to `cmd`, read into `interval`.
void addGuidanceIntervalOption(CLI::App* cmd, std::vector<double>& interval);

/// A given `--guidance-interval` into `low` and `high` (GenerationRequest::guidanceLow/High); an
/// empty one leaves them. Throws GenerationError(BadRequest) unless 0 <= LOW < HIGH <= 1.
void applyGuidanceInterval(const std::vector<double>& interval, double& low, double& high);

/// Adds the generate options to `cmd`.
void addGenerateOptions(CLI::App* cmd, GenerateOptions& o);
/// Runs a generation from the options; returns the exit code (errors printed as one line).
int runGenerate(const GenerateOptions& o);

}  // namespace tessera::app
