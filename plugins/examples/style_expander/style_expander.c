/* Style prompt expander: appends the look of a preset (cinematic, claymation, watercolour,
 * documentary) to the user's prompt. A starting point for enhancers (e.g. a local LLM). */
#include <stdio.h>
#include <string.h>

#include "tessera_plugin.h"

static const char* const kOptions[] = {"cinematic", "claymation", "watercolour", "documentary", NULL};
static const char* const kLooks[] = {
    "cinematic lighting, shallow depth of field, anamorphic lens, film color grading",
    "claymation style, handmade clay figures, stop-motion, soft studio light",
    "watercolour painting, soft washes of color, paper texture, gentle brush strokes",
    "documentary footage, handheld camera, natural light, observational framing",
};

static int enhance(void* state, const char* prompt, const char* option, char* out, size_t out_size) {
    (void)state;
    const char* look = NULL;
    for (int i = 0; kOptions[i]; ++i)
        if (strcmp(option, kOptions[i]) == 0) look = kLooks[i];
    if (!look && option[0] == '\0') look = kLooks[0];
    if (!look) return TESSERA_FAILED;
    int n = snprintf(out, out_size, "%s, %s", prompt, look);
    return n < 0 || (size_t)n >= out_size ? TESSERA_FAILED : TESSERA_OK;
}

static TesseraPlugin plugin;

TESSERA_PLUGIN_EXPORT const TesseraPlugin* tessera_plugin_entry(const TesseraHost* host) {
    (void)host;
    memset(&plugin, 0, sizeof plugin);
    plugin.struct_size = sizeof plugin;
    plugin.abi_version = TESSERA_PLUGIN_ABI_VERSION;
    plugin.id = "org.tessera.examples.style-expander";
    plugin.name = "Style expander";
    plugin.version = "1.0";
    plugin.kinds = TESSERA_KIND_PROMPT_ENHANCER;
    plugin.enhance_options = kOptions;
    plugin.enhance = enhance;
    return &plugin;
}
