#pragma once
// Third-party plugins (plugins/sdk/tessera_plugin.h): discovery by plugin.json manifests, the
// enabled/disabled state, and calls into a plugin, each plugin running in its own
// tessera-plugin-host process so that a crash, a hang or garbage only disables that plugin.
// See docs/plugins.md. Qt-free.
#include <nlohmann/json.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "tessera/frame.h"

namespace tessera::app {

/// A plugin failed: crashed, hung, broke the protocol or reported a failure. what() names the
/// plugin and what happened.
class PluginError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct PluginParam {
    std::string id, label;
    double min = 0, max = 1, defaultValue = 0;
};

struct PluginInfo {
    std::string id, name, version, library, dir;
    int abi = 0;
    std::vector<std::string> kinds;  ///< "prompt-enhancer", "clip-filter", "exporter", "content-policy"
    bool enabled = true;
    std::string disabledReason;  ///< why it is disabled (by the user, or what it did)
    std::string problem;         ///< a manifest problem: the plugin cannot be used
    bool has(const std::string& kind) const;
};

/// One running plugin (a helper process). Calls time out after `timeoutSeconds`; any failure
/// kills the helper and throws PluginError.
class PluginProcess {
public:
    PluginProcess(const PluginInfo& info, const std::string& helperPath, double timeoutSeconds);
    ~PluginProcess();
    PluginProcess(const PluginProcess&) = delete;
    PluginProcess& operator=(const PluginProcess&) = delete;

    /// The plugin's own description: options (enhancer presets), params (filter sliders), extension.
    const nlohmann::json& describe() const { return info_; }
    std::string enhance(const std::string& prompt, const std::string& option);
    /// Empty when allowed, else the plugin's reason.
    std::string check(const std::string& prompt);
    /// Filter parameter values from "NAME=VALUE" strings: each declared parameter's default,
    /// overridden by the given ones. Throws std::invalid_argument for an unknown name, a value that
    /// is not a number or one outside the parameter's range.
    std::vector<double> paramValues(const std::vector<std::string>& given) const;
    /// Filters the frame in place; `values` per declared parameter (defaults for missing ones).
    void filter(Frame& frame, int64_t index, int64_t count, double fps, const std::vector<double>& values);
    /// Writes a clip through an exporter: begin, every frame, the audio (float interleaved, when
    /// given and not empty; sent in chunks, ignored by exporters without audio), end.
    void exportClip(const std::string& path, const Clip& clip, const std::vector<float>* audio = nullptr,
                    int sampleRate = 48000, int channels = 2);

private:
    std::vector<uint8_t> call(uint32_t op, const std::vector<uint8_t>& payload, uint32_t* status);
    [[noreturn]] void fail(const std::string& what);
    std::string id_;
    double timeout_;
    int pid_ = -1, in_ = -1, out_ = -1;
    nlohmann::json info_;
};

class PluginManager {
public:
    /// `folders`: where plugin folders (each with a plugin.json) are looked for; `stateFile`:
    /// the JSON file remembering disabled plugins; `helperPath`: tessera-plugin-host.
    PluginManager(std::vector<std::string> folders, std::string stateFile, std::string helperPath);
    /// The default folders (the build's or install's plugin folder, then
    /// $XDG_DATA_HOME/tessera/plugins, then the folders in $TESSERA_PLUGIN_PATH), state file
    /// ($XDG_CONFIG_HOME/tessera/plugins.json), helper, and timeout ($TESSERA_PLUGIN_TIMEOUT seconds).
    static PluginManager standard();

    std::vector<PluginInfo> list() const;
    /// Throws PluginError for an unknown id.
    PluginInfo find(const std::string& id) const;
    void setEnabled(const std::string& id, bool enabled, const std::string& reason = "disabled by the user");
    /// Starts the plugin. An unknown, unusable or disabled plugin throws PluginError and changes
    /// nothing; a failure while starting disables it (with the reason) and throws.
    std::unique_ptr<PluginProcess> open(const std::string& id);
    /// Runs `fn` on the started plugin; a PluginError from the plugin disables it with its message
    /// and rethrows.
    template <typename Fn>
    auto use(const std::string& id, Fn&& fn) {
        auto p = open(id);
        try {
            return fn(*p);
        } catch (const PluginError& e) {
            setEnabled(id, false, e.what());
            throw;
        }
    }
    /// Every enabled plugin with `kind`.
    std::vector<PluginInfo> enabledOfKind(const std::string& kind) const;
    /// Asks every enabled content policy; throws PluginError naming the plugin and its reason when
    /// one refuses (a policy that fails is disabled and the prompt is refused).
    void checkPrompt(const std::string& prompt);

    double timeoutSeconds = 10;

private:
    nlohmann::json readState() const;
    std::vector<std::string> folders_;
    std::string stateFile_, helper_;
};

}  // namespace tessera::app
