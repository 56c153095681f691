#pragma once
// Text-to-speech narration with espeak-ng; see app/src/media/narration.cpp.
#include <stdexcept>
#include <string>
#include <vector>

#include "tessera/app/audio.h"

namespace tessera::app {

/// Bad narration options, a voice that is not installed, or espeak-ng that cannot start or speak.
class NarrationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// One installed espeak-ng voice. Either field works as NarrationOptions::voice.
struct NarrationVoice {
    std::string name;      ///< espeak-ng's name for it, e.g. "English (America)"
    std::string language;  ///< its main language code, e.g. "en-us"
};

struct NarrationOptions {
    std::string voice = "en";  ///< a language code ("en", "en-us", "de") or a NarrationVoice::name
    int wordsPerMinute = 160;  ///< speaking rate, 80..450
    int pitch = 50;            ///< base pitch, 0..100; 50 is the voice's normal pitch
};

/// The installed espeak-ng voices, sorted by language code.
std::vector<NarrationVoice> narrationVoices();

/// Speaks UTF-8 `text` as mono float audio at espeak-ng's rate (22050 Hz), silence included as espeak-ng
/// makes it. Text that is empty or only white space gives an empty buffer. The same text and options
/// always give the same samples.
AudioBuffer synthesizeSpeech(const std::string& text, const NarrationOptions& options = {});

}  // namespace tessera::app
