/* Tessera plugin ABI. A plugin is a shared library exporting one C function,
 * `tessera_plugin_entry`, plus a `plugin.json` manifest beside it (see docs/plugins.md).
 *
 * Rules that keep old plugins working as the ABI grows:
 *  - every struct begins with `struct_size` (sizeof the struct as the writer compiled it); a reader
 *    uses only the fields that lie inside it, so fields are only ever appended;
 *  - TESSERA_PLUGIN_ABI_VERSION changes only for an incompatible change;
 *  - strings are UTF-8 and NUL-terminated; the host copies what it needs, plugins own their memory.
 *
 * The host runs every plugin in its own helper process (tessera-plugin-host): a plugin that
 * crashes, hangs or returns garbage is stopped and disabled, and the studio, a batch and the
 * project are not affected. Plugins need nothing but this header and the C library.
 */
#ifndef TESSERA_PLUGIN_H
#define TESSERA_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TESSERA_PLUGIN_ABI_VERSION 1
#define TESSERA_PLUGIN_ENTRY_NAME "tessera_plugin_entry"

#if defined(_WIN32)
#define TESSERA_PLUGIN_EXPORT __declspec(dllexport)
#else
#define TESSERA_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif

/* What a plugin can do (bit flags in TesseraPlugin.kinds). */
enum {
    TESSERA_KIND_PROMPT_ENHANCER = 1u, /* text in, caption out (e.g. a local LLM, a style expander) */
    TESSERA_KIND_CLIP_FILTER = 2u,     /* RGBA frames in and out, with declared parameters */
    TESSERA_KIND_EXPORTER = 4u,        /* frames (and audio) to a file format */
    TESSERA_KIND_CONTENT_POLICY = 8u   /* sees the prompt before generation and may refuse */
};

/* Return codes of every plugin function. */
enum { TESSERA_OK = 0, TESSERA_REFUSED = 1, TESSERA_FAILED = -1 };

/* What the host offers the plugin. */
typedef struct TesseraHost {
    uint32_t struct_size;
    uint32_t abi_version;
    const char* host_version;         /* e.g. "0.1.0" */
    void (*log)(const char* message); /* a line for the host's log (stderr of the helper) */
} TesseraHost;

/* A numeric parameter of a clip filter, shown as a slider. */
typedef struct TesseraParam {
    uint32_t struct_size;
    const char* id;    /* e.g. "grain" */
    const char* label; /* e.g. "Grain amount" */
    double min_value, max_value, default_value;
} TesseraParam;

/* One frame: 8-bit RGBA rows of `stride` bytes (stride >= 4 * width). */
typedef struct TesseraFrame {
    uint32_t struct_size;
    int32_t width, height, stride;
    uint8_t* rgba;
    int64_t index; /* frame number in the clip */
    int64_t count; /* frames in the clip */
    double fps;
} TesseraFrame;

/* The plugin, as returned by tessera_plugin_entry. Unused function pointers are NULL. */
typedef struct TesseraPlugin {
    uint32_t struct_size;
    uint32_t abi_version; /* TESSERA_PLUGIN_ABI_VERSION the plugin was built with */
    const char* id;       /* reverse-DNS, e.g. "org.tessera.examples.film-grain" */
    const char* name;
    const char* version;
    uint32_t kinds; /* TESSERA_KIND_* flags */
    void* state;    /* passed back to every call */
    void (*destroy)(void* state);

    /* Prompt enhancer: writes the rewritten prompt into out (NUL-terminated, at most out_size
     * bytes). `option` is one of `enhance_options` (NULL-terminated list) or "". */
    const char* const* enhance_options;
    int (*enhance)(void* state, const char* prompt, const char* option, char* out, size_t out_size);

    /* Clip filter: changes the frame in place; values[i] belongs to params[i]. */
    uint32_t param_count;
    const TesseraParam* params;
    int (*filter)(void* state, TesseraFrame* frame, const double* values);

    /* Exporter: begin, every frame in order, interleaved float audio (may be absent), end. */
    const char* export_extension; /* file extension without the dot, e.g. "png" */
    int (*export_begin)(void* state, const char* path, int32_t width, int32_t height, double fps, int64_t frames);
    int (*export_frame)(void* state, const TesseraFrame* frame);
    int (*export_audio)(void* state, const float* samples, int64_t count, int32_t rate, int32_t channels);
    int (*export_end)(void* state);

    /* Content policy: TESSERA_OK to allow, TESSERA_REFUSED with a reason for the user. */
    int (*check)(void* state, const char* prompt, char* reason, size_t reason_size);
} TesseraPlugin;

/* The one exported function. Returns NULL if the plugin cannot run (it may log why). */
typedef const TesseraPlugin* (*TesseraPluginEntry)(const TesseraHost* host);
TESSERA_PLUGIN_EXPORT const TesseraPlugin* tessera_plugin_entry(const TesseraHost* host);

#ifdef __cplusplus
}
#endif

#endif /* TESSERA_PLUGIN_H */
