/* Deliberately broken plugins for the isolation tests, built with a different MODE each:
 * 1 crashes (null write) when asked to enhance, 2 hangs in the content check, 3 answers garbage
 * (a "prompt" without its terminating NUL), 4 is a clip filter that crashes on its third frame. */
#include <string.h>

#include "tessera_plugin.h"

static int enhance(void* state, const char* prompt, const char* option, char* out, size_t out_size) {
    (void)state, (void)prompt, (void)option;
#if MODE == 1
    volatile int* nowhere = 0;
    *nowhere = 42;
    (void)out, (void)out_size;
#else
    memset(out, 'x', out_size); /* no NUL anywhere: garbage */
#endif
    return TESSERA_OK;
}

static int check(void* state, const char* prompt, char* reason, size_t reason_size) {
    (void)state, (void)prompt, (void)reason, (void)reason_size;
    for (volatile int spin = 1; spin;) {
    }
    return TESSERA_OK;
}

static int filtered = 0;
static int filter(void* state, TesseraFrame* frame, const double* values) {
    (void)state, (void)frame, (void)values;
    if (++filtered == 3) {
        volatile int* nowhere = 0;
        *nowhere = 42;
    }
    return TESSERA_OK;
}

static TesseraPlugin plugin;

TESSERA_PLUGIN_EXPORT const TesseraPlugin* tessera_plugin_entry(const TesseraHost* host) {
    (void)host;
    memset(&plugin, 0, sizeof plugin);
    plugin.struct_size = sizeof plugin;
    plugin.abi_version = TESSERA_PLUGIN_ABI_VERSION;
    plugin.id = PLUGIN_ID;
    plugin.name = PLUGIN_ID;
    plugin.version = "0";
#if MODE == 2
    plugin.kinds = TESSERA_KIND_CONTENT_POLICY;
    plugin.check = check;
#elif MODE == 4
    plugin.kinds = TESSERA_KIND_CLIP_FILTER;
    plugin.filter = filter;
    (void)enhance, (void)check;
#else
    plugin.kinds = TESSERA_KIND_PROMPT_ENHANCER;
    plugin.enhance = enhance;
#endif
    return &plugin;
}
