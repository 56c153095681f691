#include "tessera/app/cli.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "eval_command.h"
#include "generate_command.h"
#include "train_command.h"
#include "plugins/plugin_commands.h"
#include "project_commands.h"
#include "timeline_commands.h"
#include "tessera/app/media.h"
#include "tessera/app/models.h"
#include "tessera/app/versions.h"
#include "tessera/engine.h"
#include "tessera/golden.h"
#include "tessera/import.h"
#include "tessera/pipeline.h"
#include "tessera/random_bundle.h"
#include "tessera/shapes_world.h"
#include "util/cpu_features.h"

namespace tessera::app {

namespace {

void printVersion() {
    std::cout << versionLine() << "\n";
    for (const auto& [name, version] : componentVersions()) {
        if (name == "tessera" || name == "git") continue;
        std::cout << "  " << std::left << std::setw(12) << name << version << "\n";
    }
}

int cmdInfo(bool json, const std::string& extraModelDir) {
    RuntimeInfo rt = runtimeInfo();
    auto path = searchPath(extraModelDir);
    auto models = findModels(path);
    if (json) {
        nlohmann::json j;
        j["version"] = buildInfo().version;
        j["cpu"] = {{"threads", rt.cpuThreads},
                    {"cores", rt.cpuCores},
                    {"name", cpuName()},
                    {"native_bfloat16", cpuComputesNatively("bfloat16")},
                    {"native_float16", cpuComputesNatively("float16")}};
        j["cuda"] = nlohmann::json::array();
        for (const auto& d : rt.cudaDevices)
            j["cuda"].push_back({{"index", d.index}, {"name", d.name}, {"memory_bytes", d.memoryBytes}});
        j["default_device"] = defaultDevice();
        j["model_search_path"] = path;
        j["models"] = nlohmann::json::array();
        for (const auto& m : models) j["models"].push_back({{"name", m.name}, {"path", m.path}});
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::cout << versionLine() << "\n";
    std::cout << "Devices:\n";
    std::cout << "  cpu      " << rt.cpuThreads << " threads in use (" << rt.cpuCores << " hardware threads";
    std::cout << (std::getenv("TESSERA_THREADS") ? ", set by TESSERA_THREADS)" : ")") << "\n";
    // Whether a 16-bit cpu_dtype or --dit-bf16 is worth it here (emulated, they are many times slower).
    std::vector<std::string> emulated;
    for (const char* d : {"bfloat16", "float16"})
        if (!cpuComputesNatively(d)) emulated.push_back(d);
    std::cout << "           " << cpuName() << ": "
              << (emulated.empty() ? std::string("bfloat16 and float16 in hardware")
                  : emulated.size() == 2 ? "bfloat16 and float16 emulated (float32 is faster here)"
                                         : emulated[0] + " emulated (float32 is faster for it here)")
              << "\n";
    if (rt.cudaDevices.empty()) {
        std::cout << "  cuda     no CUDA device" << (buildInfo().cudaCompiled ? " (CUDA support is compiled in)" : "")
                  << "\n";
    }
    for (const auto& d : rt.cudaDevices)
        std::cout << "  cuda:" << d.index << "   " << d.name << ", " << humanBytes(d.memoryBytes) << "\n";
    std::cout << "  default  " << defaultDevice() << "\n";
    std::cout << "Model search path:\n";
    for (const auto& p : path)
        std::cout << "  " << p << (std::filesystem::is_directory(p) ? "" : "  (does not exist)") << "\n";
    std::cout << "Models found: " << models.size() << "\n";
    for (const auto& m : models) std::cout << "  " << m.name << "  " << m.path << "\n";
    return 0;
}

int cmdModels(const std::string& extraModelDir, bool json) {
    auto models = findModels(searchPath(extraModelDir));
    for (auto& m : models) {
        describeModel(m);
        for (Task t : allTasks()) m.tasks.push_back(taskName(t));
    }
    if (json) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& m : models)
            j.push_back({{"name", m.name}, {"path", m.path}, {"architecture", m.architecture}, {"description", m.description},
                         {"bytes", m.bytes}, {"dtype", m.dtype}, {"conditioning", m.conditioning}, {"tasks", m.tasks}});
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    if (models.empty()) {
        std::cout << "No models found. Search path:\n";
        for (const auto& p : searchPath(extraModelDir)) std::cout << "  " << p << "\n";
        return 0;
    }
    for (const auto& m : models) {
        std::cout << std::left << std::setw(24) << m.name << " " << std::setw(9) << humanBytes(int64_t(m.bytes)) << " "
                  << std::setw(6) << m.dtype << " " << m.path << (m.description.empty() ? "" : "  " + m.description) << "\n";
        if (!m.tasks.empty()) {
            std::cout << "    tasks:";
            for (const auto& t : m.tasks) std::cout << " " << t;
            std::cout << " (" << m.conditioning << " conditioning)\n";
        }
    }
    return 0;
}

int cmdModelsImport(ImportOptions o) {
    if (o.modelsDir.empty()) o.modelsDir = userModelDir();
    if (o.modelsDir.empty()) throw std::runtime_error("no home folder for imported models: give one with --into");
    ImportReport r = importModel(o);
    std::cout << "imported " << r.architecture << " as " << r.bundlePath << " (" << r.conditioning << " conditioning)\n";
    for (const auto& p : r.parts)
        std::cout << "  " << std::left << std::setw(13) << p.role << std::setw(20) << p.format << std::setw(8) << p.dtype
                  << std::setw(10) << humanBytes(int64_t(p.bytes)) << p.file
                  << (p.layout.empty() || p.layout == "official" ? "" : "  (" + p.layout + " names)") << "\n";
    for (const auto& n : r.notes) std::cout << "  note: " << n << "\n";
    std::cout << "The files stay where they are; the bundle references them. Try: tessera models plan "
              << std::filesystem::path(r.bundlePath).filename().string() << "\n";
    return 0;
}

int cmdModelsPlan(const std::string& modelPath, const std::string& device, int w, int h, int f) {
    MemoryPlan p = planMemory(modelPath, device, w, h, f);
    w = p.width, h = p.height, f = p.frames;
    std::cout << p.name << " on " << p.device << " (" << p.dtype << "), " << w << "x" << h << ", " << f << " frames\n"
              << "  DiT weights           " << humanBytes(int64_t(p.ditBytes)) << "\n"
              << "  text encoder weights  " << humanBytes(int64_t(p.textEncoderBytes)) << "\n"
              << "  VAE weights           " << humanBytes(int64_t(p.vaeBytes)) << "\n"
              << "  activations (est.)    " << humanBytes(int64_t(p.activationBytes)) << "\n"
              << "  available             " << (p.availableBytes ? humanBytes(int64_t(p.availableBytes)) : "unknown") << "\n"
              << (p.fits ? "  fits\n" : "  does NOT fit\n");
    for (const auto& a : p.advice) std::cout << "  would help: " << a << "\n";
    return p.fits ? 0 : 1;
}

int cmdGolden(const GoldenOptions& options) {
    GoldenReport report = runGolden(options);
    std::cout << "case " << options.ioPath << " (" << report.kind << ")\n";
    for (const auto& t : report.tensors) {
        std::cout << "  " << std::left << std::setw(36) << t.name << " max abs err " << std::scientific
                  << std::setprecision(2) << t.maxAbsError << "  limit " << t.limit << "  rel L2 " << t.relL2
                  << "  " << (t.pass ? "ok" : "FAIL") << std::defaultfloat << "\n";
    }
    if (!options.outPath.empty()) std::cout << "wrote " << options.outPath << "\n";
    std::cout << (report.pass ? "PASS" : "FAIL") << "\n";
    return report.pass ? 0 : 1;
}

}  // namespace

int runCli(int argc, char** argv) {
    CLI::App app{"Tessera: make video with a diffusion model on your own machine.", "tessera"};
    app.require_subcommand(0, 1);
    bool showVersion = false;
    app.add_flag("--version", showVersion, "Print the version and the versions of the libraries Tessera was built with");
    std::string modelDir;
    app.add_option("--model-dir", modelDir, "An extra folder to search for model bundles");
    app.add_flag_callback("--safe-mode", [] { ::setenv("TESSERA_SAFE_MODE", "1", 1); },
                          "Run with every plugin turned off (after a plugin misbehaved)");

    bool infoJson = false;
    auto* info = app.add_subcommand("info", "Show devices (CPU threads, CUDA devices), the model search path and models");
    info->add_flag("--json", infoJson, "Machine-readable output");

    auto* models = app.add_subcommand("models", "List, import and plan model bundles (default: list)");
    models->require_subcommand(0, 1);
    auto* modelsList = models->add_subcommand("list", "List the model bundles found on the search path");
    bool listJson = false;
    modelsList->add_flag("--json", listJson, "Machine-readable output");
    ImportOptions imp;
    auto* modelsImport = models->add_subcommand(
        "import", "Import downloaded Wan 2.1 files (official release folder, ComfyUI files, .pth) as a bundle that "
                  "references them");
    modelsImport->add_option("paths", imp.paths, "Files and folders holding the DiT, VAE, text encoder and tokenizer")
        ->required();
    modelsImport->add_option("--name", imp.name, "Bundle name (default from the architecture, e.g. wan-2.1-t2v-1.3b)");
    modelsImport->add_option("--into", imp.modelsDir, "Folder to create the bundle in (default: the user model folder)");
    modelsImport->add_flag("--overwrite", imp.overwrite, "Replace a bundle of the same name");
    modelsImport->add_option("--dit-config", imp.ditConfigJson,
                             "JSON object overriding DiT config fields (e.g. '{\"text_len\": 16}') for files without config.json");
    modelsImport->add_option("--latent-stats", imp.latentStatsJson,
                             "JSON {\"mean\": [...], \"std\": [...]} for a VAE that is not Wan 2.1's");
    std::string planModel, planDevice = "auto";
    int planW = 0, planH = 0, planF = 0;
    auto* modelsPlan = models->add_subcommand("plan", "Estimate the memory a model needs for a clip, and whether it fits");
    modelsPlan->add_option("model", planModel, "Model name or folder")->required();
    modelsPlan->add_option("--device", planDevice, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    modelsPlan->add_option("--width", planW, "Width (default: the model's)");
    modelsPlan->add_option("--height", planH, "Height (default: the model's)");
    modelsPlan->add_option("--frames", planF, "Frames (default: the model's)");

    GenerateOptions gen;
    auto* generate = app.add_subcommand("generate", "Make a clip (or an image) from a prompt and optional images or clips");
    addGenerateOptions(generate, gen);

    auto* dev = app.add_subcommand("dev", "Developer tools");
    dev->require_subcommand(1);
    GoldenOptions golden;
    auto* goldenCmd = dev->add_subcommand(
        "golden", "Run a Wan 2.1 golden case through the engine and compare with the official outputs");
    goldenCmd->add_option("--io", golden.ioPath, "CASE.io.safetensors")->required()->check(CLI::ExistingFile);
    goldenCmd->add_option("--weights", golden.weightsPath,
                          "Weights file (default: the one named in the case's metadata, beside it)")
        ->check(CLI::ExistingFile);
    goldenCmd->add_option("--out", golden.outPath, "Write the engine's outputs to this safetensors file");
    goldenCmd->add_option("--device", golden.device, "cpu or cuda")->check(CLI::IsMember({"cpu", "cuda"}));

    dev::RandomBundleOptions randomBundle;
    std::string randomBundleDir;
    auto* randomCmd = dev->add_subcommand(
        "random-bundle", "Write a small model bundle with random weights (for tests and benchmarks; it makes noise)");
    randomCmd->add_option("dir", randomBundleDir, "Folder to write")->required();
    randomCmd->add_option("--conditioning", randomBundle.conditioning, "mask-channel or replacement")
        ->check(CLI::IsMember({"mask-channel", "replacement"}));
    randomCmd->add_option("--width", randomBundle.width, "Default width");
    randomCmd->add_option("--height", randomBundle.height, "Default height");
    randomCmd->add_option("--frames", randomBundle.frames, "Default frames");
    randomCmd->add_option("--steps", randomBundle.steps, "Default steps");
    randomCmd->add_option("--dim", randomBundle.ditDim, "DiT width");
    randomCmd->add_option("--layers", randomBundle.ditLayers, "DiT blocks");
    randomCmd->add_option("--heads", randomBundle.ditHeads, "DiT attention heads");
    randomCmd->add_option("--z-dim", randomBundle.zDim, "VAE latent channels");
    randomCmd->add_option("--vae-dim", randomBundle.vaeDim, "VAE base channels");

    struct RenderOptions {
        std::string caption, out;
        uint64_t seed = 0;
        int width = 112, height = 64, frames = 33;
        double fps = 16;
        bool passThrough = false;
    } render;
    auto* renderCmd = dev->add_subcommand(
        "render", "Render a Shapes World clip with its exact caption (the training data; for trying tasks on known clips)");
    renderCmd->add_option("out", render.out, "Video or image file to write (.mp4, .webm, .gif, .png, ...)")->required();
    renderCmd->add_option("--caption", render.caption,
                          "A Shapes World caption, whole or partial: the scene of --seed if it agrees with every attribute stated, else one drawn from the seed that does");
    renderCmd->add_option("--seed", render.seed, "Scene seed (default 0)");
    renderCmd->add_option("--width", render.width, "Width (default 112)")->check(CLI::Range(16, 4096));
    renderCmd->add_option("--height", render.height, "Height (default 64)")->check(CLI::Range(16, 4096));
    renderCmd->add_option("--frames", render.frames, "Frames (default 33)")->check(CLI::Range(1, 10000));
    renderCmd->add_option("--fps", render.fps, "Frames per second (default 16)")->check(CLI::PositiveNumber);
    renderCmd->add_flag("--pass-through", render.passThrough,
                        "A single object moving left, right, up or down enters or leaves the frame (as in training with "
                        "--dit-pass-through; other scenes are unchanged)");

    std::string genProject;
    generate->add_option("--project", genProject, "Store the clip in this project and print its id");
    int exitCode = -1;
    addProjectCommands(app, exitCode, modelDir);
    addEvalCommand(app, exitCode, modelDir);
    std::string commandLine = "tessera";
    for (int i = 1; i < argc; ++i) commandLine += std::string(" ") + argv[i];
    addTrainCommand(app, exitCode, commandLine);
    addPluginCommands(app, exitCode);
    addTimelineCommands(app, exitCode, modelDir);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "tessera: error: " << e.what() << " (see tessera --help)\n";
        return e.get_exit_code() ? e.get_exit_code() : 2;
    } catch (const std::exception& e) {  // from subcommand callbacks (project, queue, clip, ...)
        std::cerr << "tessera: error: " << e.what() << "\n";
        return 2;
    }
    try {
        if (showVersion) {
            printVersion();
            return 0;
        }
        if (info->parsed()) return cmdInfo(infoJson, modelDir);
        if (modelsImport->parsed()) return cmdModelsImport(imp);
        if (modelsPlan->parsed()) return cmdModelsPlan(resolveModel(planModel, modelDir), planDevice, planW, planH, planF);
        if (models->parsed()) return cmdModels(modelDir, listJson);
        if (goldenCmd->parsed()) return cmdGolden(golden);
        if (randomCmd->parsed()) {
            dev::writeRandomBundle(randomBundleDir, randomBundle);
            std::cout << "wrote a random-weight bundle to " << randomBundleDir << "\n";
            return 0;
        }
        if (renderCmd->parsed()) {
            // parsePrompt throws for words outside the grammar, naming them; "" states nothing.
            Scene scene = sceneMatching(parsePrompt(render.caption), render.seed);
            if (render.passThrough) scene = passingThrough(scene, render.seed);
            writeClip(render.out, tessera::render(scene, render.width, render.height, render.frames, render.fps).clip,
                      {{"title", caption(scene)}});
            std::cout << caption(scene) << "\nwrote " << render.out << "\n";
            return 0;
        }
        if (exitCode >= 0) return exitCode;
        if (generate->parsed()) {
            gen.modelDir = modelDir;
            if (!genProject.empty()) return runGenerateInProject(gen, genProject);
            return runGenerate(gen);
        }
        std::cout << app.help();
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "tessera: error: " << e.what() << "\n";
        return 2;
    }
}

}  // namespace tessera::app
