/* Keyword content policy: refuses prompts containing a listed word (whole words, any case). The
 * list is read from the file named by $TESSERA_KEYWORD_POLICY_FILE (one word per line), else a
 * built-in default list. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tessera_plugin.h"

#define MAX_WORDS 256
static char words[MAX_WORDS][64];
static int wordCount;

static void lower(char* s) {
    for (; *s; ++s) *s = (char)tolower((unsigned char)*s);
}

static int check(void* state, const char* prompt, char* reason, size_t reason_size) {
    (void)state;
    char token[64];
    size_t n = 0;
    for (const char* p = prompt;; ++p) {
        if (isalnum((unsigned char)*p) && n + 1 < sizeof token) {
            token[n++] = (char)tolower((unsigned char)*p);
            continue;
        }
        token[n] = '\0';
        for (int i = 0; n > 0 && i < wordCount; ++i)
            if (strcmp(token, words[i]) == 0) {
                snprintf(reason, reason_size, "the prompt contains the blocked word '%s'", words[i]);
                return TESSERA_REFUSED;
            }
        n = 0;
        if (*p == '\0') return TESSERA_OK;
    }
}

static TesseraPlugin plugin;

TESSERA_PLUGIN_EXPORT const TesseraPlugin* tessera_plugin_entry(const TesseraHost* host) {
    (void)host;
    wordCount = 0;
    const char* path = getenv("TESSERA_KEYWORD_POLICY_FILE");
    FILE* f = path ? fopen(path, "r") : NULL;
    if (f) {
        char line[64];
        while (wordCount < MAX_WORDS && fgets(line, sizeof line, f)) {
            line[strcspn(line, "\r\n")] = '\0';
            if (line[0]) {
                lower(line);
                strcpy(words[wordCount++], line);
            }
        }
        fclose(f);
    } else {
        const char* defaults[] = {"gore", "violence", "weapon"};
        for (int i = 0; i < 3; ++i) strcpy(words[wordCount++], defaults[i]);
    }
    memset(&plugin, 0, sizeof plugin);
    plugin.struct_size = sizeof plugin;
    plugin.abi_version = TESSERA_PLUGIN_ABI_VERSION;
    plugin.id = "org.tessera.examples.keyword-policy";
    plugin.name = "Keyword policy";
    plugin.version = "1.0";
    plugin.kinds = TESSERA_KIND_CONTENT_POLICY;
    plugin.check = check;
    return &plugin;
}
