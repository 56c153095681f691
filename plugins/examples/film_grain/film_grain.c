/* Film grain and vignette: deterministic grain (a hash of pixel and frame number, so a render is
 * reproducible) and a radial darkening towards the corners. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "tessera_plugin.h"

static const TesseraParam kParams[] = {
    {sizeof(TesseraParam), "grain", "Grain amount", 0.0, 1.0, 0.25},
    {sizeof(TesseraParam), "vignette", "Vignette strength", 0.0, 1.0, 0.35},
};

static uint32_t hash(uint32_t x) {
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

static uint8_t clamp8(double v) { return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v + 0.5); }

static int filter(void* state, TesseraFrame* f, const double* values) {
    (void)state;
    const double grain = values[0] * 40.0, vignette = values[1];
    const double cx = 0.5 * (f->width - 1), cy = 0.5 * (f->height - 1);
    const double maxR2 = cx * cx + cy * cy + 1e-9;
    for (int32_t y = 0; y < f->height; ++y) {
        uint8_t* row = f->rgba + (size_t)y * (size_t)f->stride;
        for (int32_t x = 0; x < f->width; ++x) {
            const double r2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / maxR2;
            const double shade = 1.0 - vignette * r2;
            const uint32_t h = hash((uint32_t)x * 73856093u ^ (uint32_t)y * 19349663u ^ (uint32_t)f->index * 83492791u);
            const double noise = ((double)(h & 0xFFFF) / 65535.0 - 0.5) * grain;
            for (int c = 0; c < 3; ++c) row[4 * x + c] = clamp8(row[4 * x + c] * shade + noise);
        }
    }
    return TESSERA_OK;
}

static TesseraPlugin plugin;

TESSERA_PLUGIN_EXPORT const TesseraPlugin* tessera_plugin_entry(const TesseraHost* host) {
    (void)host;
    memset(&plugin, 0, sizeof plugin);
    plugin.struct_size = sizeof plugin;
    plugin.abi_version = TESSERA_PLUGIN_ABI_VERSION;
    plugin.id = "org.tessera.examples.film-grain";
    plugin.name = "Film grain and vignette";
    plugin.version = "1.0";
    plugin.kinds = TESSERA_KIND_CLIP_FILTER;
    plugin.param_count = 2;
    plugin.params = kParams;
    plugin.filter = filter;
    return &plugin;
}
