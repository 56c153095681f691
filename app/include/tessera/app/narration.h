#pragma once
// Text-to-speech narration with espeak-ng; see app/src/media/narration.cpp.
