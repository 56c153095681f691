/* Animated contact sheet exporter: writes an animated PNG (APNG) whose every frame is a 3x3 grid
 * of thumbnails of the clip, each cell offset in time by a ninth of the clip, so the whole clip
 * plays at once. Self-contained: PNG chunks, CRC-32 and stored (uncompressed) deflate blocks. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tessera_plugin.h"

#define GRID 3
#define MAX_FRAMES 240

typedef struct {
    char path[4096];
    int32_t tw, th;          /* thumbnail size */
    int64_t frames, stored;  /* clip frames announced, thumbnails received */
    double fps;
    uint8_t* thumbs;         /* stored * th * tw * 3 */
} Sheet;

static Sheet sheet;

static uint32_t crcTable[256];
static void crcInit(void) {
    for (uint32_t n = 0; n < 256; ++n) {
        uint32_t c = n;
        for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crcTable[n] = c;
    }
}
static uint32_t crc(uint32_t c, const uint8_t* p, size_t n) {
    c ^= 0xFFFFFFFFu;
    while (n--) c = crcTable[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}
static void be32(uint8_t* p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24), p[1] = (uint8_t)(v >> 16), p[2] = (uint8_t)(v >> 8), p[3] = (uint8_t)v;
}
static int chunk(FILE* f, const char* type, const uint8_t* data, size_t n) {
    uint8_t head[8], tail[4];
    be32(head, (uint32_t)n);
    memcpy(head + 4, type, 4);
    uint32_t c = crc(crc(0, head + 4, 4), data, n);
    be32(tail, c);
    return fwrite(head, 1, 8, f) == 8 && (n == 0 || fwrite(data, 1, n, f) == n) && fwrite(tail, 1, 4, f) == 4;
}

/* zlib stream of stored blocks over the filtered scanlines (filter byte 0 per row), after a
 * `prefix` of bytes (the fdAT sequence number). Returns a malloc'd buffer and its size. */
static uint8_t* zlibStored(const uint8_t* rgb, int32_t w, int32_t h, const uint8_t* prefix, size_t prefixLen, size_t* outLen) {
    const size_t raw = (size_t)h * ((size_t)w * 3 + 1);
    const size_t blocks = raw / 65535 + 1;
    uint8_t* out = malloc(prefixLen + 2 + raw + blocks * 5 + 4);
    if (!out) return NULL;
    size_t o = 0;
    memcpy(out, prefix, prefixLen);
    o = prefixLen;
    out[o++] = 0x78, out[o++] = 0x01;
    uint32_t a = 1, b = 0;
    size_t done = 0, row = 0, col = 0;  /* position in the virtual filtered stream */
    while (done < raw) {
        const size_t len = raw - done < 65535 ? raw - done : 65535;
        out[o++] = done + len == raw ? 1 : 0;
        out[o++] = (uint8_t)len, out[o++] = (uint8_t)(len >> 8);
        out[o++] = (uint8_t)~len, out[o++] = (uint8_t)(~len >> 8);
        for (size_t i = 0; i < len; ++i) {
            uint8_t v;
            if (col == 0) v = 0;
            else v = rgb[row * (size_t)w * 3 + col - 1];
            if (++col == (size_t)w * 3 + 1) col = 0, ++row;
            out[o++] = v;
            a = (a + v) % 65521u;
            b = (b + a) % 65521u;
        }
        done += len;
    }
    be32(out + o, (b << 16) | a);
    *outLen = o + 4;
    return out;
}

static int begin(void* state, const char* path, int32_t width, int32_t height, double fps, int64_t frames) {
    (void)state;
    if (strlen(path) >= sizeof sheet.path || width < GRID || height < GRID || frames <= 0) return TESSERA_FAILED;
    free(sheet.thumbs);
    memset(&sheet, 0, sizeof sheet);
    strcpy(sheet.path, path);
    sheet.tw = width / GRID, sheet.th = height / GRID;
    sheet.frames = frames > MAX_FRAMES ? MAX_FRAMES : frames;
    sheet.fps = fps > 0 ? fps : 16;
    sheet.thumbs = malloc((size_t)sheet.frames * sheet.tw * sheet.th * 3);
    return sheet.thumbs ? TESSERA_OK : TESSERA_FAILED;
}

static int frame(void* state, const TesseraFrame* f) {
    (void)state;
    if (sheet.stored >= sheet.frames) return TESSERA_OK; /* beyond MAX_FRAMES: not shown */
    uint8_t* t = sheet.thumbs + (size_t)sheet.stored * sheet.tw * sheet.th * 3;
    const int32_t sx = f->width / sheet.tw, sy = f->height / sheet.th;
    for (int32_t y = 0; y < sheet.th; ++y)
        for (int32_t x = 0; x < sheet.tw; ++x)
            for (int c = 0; c < 3; ++c) {
                uint32_t sum = 0;
                for (int32_t v = 0; v < sy; ++v)
                    for (int32_t u = 0; u < sx; ++u)
                        sum += f->rgba[(size_t)(y * sy + v) * f->stride + (size_t)(x * sx + u) * 4 + c];
                t[((size_t)y * sheet.tw + x) * 3 + c] = (uint8_t)(sum / (uint32_t)(sx * sy));
            }
    ++sheet.stored;
    return TESSERA_OK;
}

static int end(void* state) {
    (void)state;
    const int64_t n = sheet.stored;
    if (n == 0) return TESSERA_FAILED;
    const int32_t W = sheet.tw * GRID, H = sheet.th * GRID;
    uint8_t* canvas = malloc((size_t)W * H * 3);
    FILE* f = fopen(sheet.path, "wb");
    if (!canvas || !f) {
        free(canvas);
        if (f) fclose(f);
        return TESSERA_FAILED;
    }
    crcInit();
    static const uint8_t sig[8] = {137, 80, 78, 71, 13, 10, 26, 10};
    int ok = fwrite(sig, 1, 8, f) == 8;
    uint8_t ihdr[13] = {0};
    be32(ihdr, (uint32_t)W), be32(ihdr + 4, (uint32_t)H);
    ihdr[8] = 8, ihdr[9] = 2; /* 8-bit RGB */
    ok = ok && chunk(f, "IHDR", ihdr, 13);
    uint8_t actl[8];
    be32(actl, (uint32_t)n), be32(actl + 4, 0); /* n frames, loop forever */
    ok = ok && chunk(f, "acTL", actl, 8);
    uint32_t seq = 0;
    for (int64_t t = 0; ok && t < n; ++t) {
        for (int cell = 0; cell < GRID * GRID; ++cell) {
            const int64_t src = (t + cell * n / (GRID * GRID)) % n;
            const uint8_t* th = sheet.thumbs + (size_t)src * sheet.tw * sheet.th * 3;
            const int32_t ox = (cell % GRID) * sheet.tw, oy = (cell / GRID) * sheet.th;
            for (int32_t y = 0; y < sheet.th; ++y)
                memcpy(canvas + ((size_t)(oy + y) * W + ox) * 3, th + (size_t)y * sheet.tw * 3, (size_t)sheet.tw * 3);
        }
        uint8_t fctl[26] = {0};
        be32(fctl, seq++), be32(fctl + 4, (uint32_t)W), be32(fctl + 8, (uint32_t)H);
        const uint16_t num = 1, den = (uint16_t)(sheet.fps + 0.5);
        fctl[20] = (uint8_t)(num >> 8), fctl[21] = (uint8_t)num, fctl[22] = (uint8_t)(den >> 8), fctl[23] = (uint8_t)den;
        ok = ok && chunk(f, "fcTL", fctl, 26);
        uint8_t prefix[4];
        be32(prefix, seq);
        size_t len = 0;
        uint8_t* z = zlibStored(canvas, W, H, prefix, t == 0 ? 0 : 4, &len);
        ok = ok && z && chunk(f, t == 0 ? "IDAT" : "fdAT", z, len);
        if (t > 0) ++seq;
        free(z);
    }
    ok = ok && chunk(f, "IEND", NULL, 0);
    ok = (fclose(f) == 0) && ok;
    free(canvas);
    free(sheet.thumbs);
    sheet.thumbs = NULL;
    return ok ? TESSERA_OK : TESSERA_FAILED;
}

static TesseraPlugin plugin;

TESSERA_PLUGIN_EXPORT const TesseraPlugin* tessera_plugin_entry(const TesseraHost* host) {
    (void)host;
    memset(&plugin, 0, sizeof plugin);
    plugin.struct_size = sizeof plugin;
    plugin.abi_version = TESSERA_PLUGIN_ABI_VERSION;
    plugin.id = "org.tessera.examples.contact-sheet";
    plugin.name = "Animated contact sheet";
    plugin.version = "1.0";
    plugin.kinds = TESSERA_KIND_EXPORTER;
    plugin.export_extension = "png";
    plugin.export_begin = begin;
    plugin.export_frame = frame;
    plugin.export_end = end;
    return &plugin;
}
