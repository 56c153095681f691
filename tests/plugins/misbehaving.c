/* Deliberately broken plugins for the isolation tests, built with a different MODE each:
 * 1 crashes (null write) when asked to enhance, 2 hangs in the content check, 3 answers garbage
 * (a "prompt" without its terminating NUL), 4 is a clip filter that crashes on its third frame.
 * 5 is not misbehaving: an exporter that writes what it received (frames, audio) as text, so the
 * tests can see that audio reaches exporters. */
#include <stdio.h>
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

#if MODE == 4
static int filtered = 0;
static int filter(void* state, TesseraFrame* frame, const double* values) {
    (void)state, (void)frame, (void)values;
    if (++filtered == 3) {
        volatile int* nowhere = 0;
        *nowhere = 42;
    }
    return TESSERA_OK;
}

#endif

#if MODE == 5
static FILE* probe = NULL;
static int64_t probe_frames = 0, probe_samples = 0;
static int32_t probe_rate = 0, probe_channels = 0;
static double probe_energy = 0;
static int export_begin(void* state, const char* path, int32_t width, int32_t height, double fps, int64_t frames) {
    (void)state, (void)width, (void)height, (void)fps, (void)frames;
    probe = fopen(path, "w");
    return probe ? TESSERA_OK : TESSERA_FAILED;
}
static int export_frame(void* state, const TesseraFrame* frame) {
    (void)state, (void)frame;
    ++probe_frames;
    return TESSERA_OK;
}
static int export_audio(void* state, const float* samples, int64_t count, int32_t rate, int32_t channels) {
    (void)state;
    probe_samples += count;
    probe_rate = rate;
    probe_channels = channels;
    for (int64_t i = 0; i < count * channels; ++i) probe_energy += (double)samples[i] * samples[i];
    return TESSERA_OK;
}
static int export_end(void* state) {
    (void)state;
    fprintf(probe, "frames=%lld samples=%lld rate=%d channels=%d energy=%.3f\n", (long long)probe_frames,
            (long long)probe_samples, probe_rate, probe_channels, probe_energy);
    return fclose(probe) == 0 ? TESSERA_OK : TESSERA_FAILED;
}
#endif

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
#elif MODE == 5
    plugin.kinds = TESSERA_KIND_EXPORTER;
    plugin.export_extension = "txt";
    plugin.export_begin = export_begin;
    plugin.export_frame = export_frame;
    plugin.export_audio = export_audio;
    plugin.export_end = export_end;
    (void)enhance, (void)check;
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
