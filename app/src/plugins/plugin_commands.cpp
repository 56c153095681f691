#include "plugin_commands.h"

#include <iomanip>
#include <iostream>

#include "tessera/app/media.h"
#include "tessera/app/plugins.h"

namespace tessera::app {

void addPluginCommands(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("plugins", "List, enable, disable and run third-party plugins (see docs/plugins.md)");
    cmd->require_subcommand(1);
    auto json = std::make_shared<bool>(false);
    auto* list = cmd->add_subcommand("list", "Installed plugins, their kinds and whether they are enabled");
    list->add_flag("--json", *json, "Machine-readable output");
    list->callback([json, &exitCode] {
        auto m = PluginManager::standard();
        const auto plugins = m.list();
        if (*json) {
            nlohmann::json j = nlohmann::json::array();
            for (const auto& p : plugins)
                j.push_back({{"id", p.id}, {"name", p.name}, {"version", p.version}, {"kinds", p.kinds}, {"abi", p.abi},
                             {"enabled", p.enabled}, {"disabled_reason", p.disabledReason}, {"problem", p.problem},
                             {"folder", p.dir}});
            std::cout << j.dump(2) << "\n";
        } else if (plugins.empty()) {
            std::cout << "No plugins found.\n";
        } else {
            for (const auto& p : plugins) {
                std::string kinds;
                for (const auto& k : p.kinds) kinds += (kinds.empty() ? "" : ",") + k;
                std::cout << std::left << std::setw(40) << p.id << " " << std::setw(16) << kinds << " "
                          << (p.enabled ? "enabled" : "disabled") << "  " << p.name << " " << p.version << "\n";
                if (!p.problem.empty()) std::cout << "    cannot be used: " << p.problem << "\n";
                else if (!p.enabled) std::cout << "    " << p.disabledReason << "\n";
            }
        }
        exitCode = 0;
    });
    auto id = std::make_shared<std::string>();
    for (bool enable : {true, false}) {
        auto* c = cmd->add_subcommand(enable ? "enable" : "disable", enable ? "Enable a plugin" : "Disable a plugin");
        c->add_option("id", *id, "Plugin id")->required();
        c->callback([id, enable, &exitCode] {
            auto m = PluginManager::standard();
            m.setEnabled(*id, enable);
            std::cout << *id << (enable ? " enabled\n" : " disabled\n");
            exitCode = 0;
        });
    }
    auto text = std::make_shared<std::string>();
    auto option = std::make_shared<std::string>();
    auto* enhance = cmd->add_subcommand("enhance", "Rewrite a prompt with a prompt-enhancer plugin");
    enhance->add_option("id", *id, "Plugin id")->required();
    enhance->add_option("prompt", *text, "The prompt")->required();
    enhance->add_option("--option", *option, "One of the plugin's presets");
    enhance->callback([id, text, option, &exitCode] {
        auto m = PluginManager::standard();
        std::cout << m.use(*id, [&](PluginProcess& p) { return p.enhance(*text, *option); }) << "\n";
        exitCode = 0;
    });
    auto* check = cmd->add_subcommand("check", "Ask every enabled content policy about a prompt (exit 1 if refused)");
    check->add_option("prompt", *text, "The prompt")->required();
    check->callback([text, &exitCode] {
        auto m = PluginManager::standard();
        m.checkPrompt(*text);
        std::cout << "allowed by " << m.enabledOfKind("content-policy").size() << " content policies\n";
        exitCode = 0;
    });
    auto in = std::make_shared<std::string>(), out = std::make_shared<std::string>();
    auto params = std::make_shared<std::vector<std::string>>();
    auto* filter = cmd->add_subcommand("filter", "Apply a clip-filter plugin to a clip or image");
    filter->add_option("id", *id, "Plugin id")->required();
    filter->add_option("input", *in, "Clip or image")->required();
    filter->add_option("output", *out, "Where to write the result (.mp4, .webm, .gif, .png)")->required();
    filter->add_option("--param", *params, "NAME=VALUE for a filter parameter (repeatable)");
    filter->callback([id, in, out, params, &exitCode] {
        Clip clip = readClip(*in);
        auto m = PluginManager::standard();
        m.use(*id, [&](PluginProcess& p) {
            const auto values = p.paramValues(*params);
            for (size_t i = 0; i < clip.frames.size(); ++i)
                p.filter(clip.frames[i], int64_t(i), int64_t(clip.frames.size()), clip.fps, values);
            return 0;
        });
        writeClip(*out, clip, {{"comment", "filtered with " + *id}});
        std::cout << "wrote " << *out << "\n";
        exitCode = 0;
    });
    auto* exportCmd = cmd->add_subcommand("export", "Write a clip with an exporter plugin");
    exportCmd->add_option("id", *id, "Plugin id")->required();
    exportCmd->add_option("input", *in, "Clip")->required();
    exportCmd->add_option("output", *out, "Output file")->required();
    exportCmd->callback([id, in, out, &exitCode] {
        Clip clip = readClip(*in);
        auto m = PluginManager::standard();
        m.use(*id, [&](PluginProcess& p) {
            p.exportClip(*out, clip);
            return 0;
        });
        std::cout << "wrote " << *out << "\n";
        exitCode = 0;
    });
}

}  // namespace tessera::app
