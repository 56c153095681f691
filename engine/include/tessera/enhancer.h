#pragma once
// The default prompt enhancer: rewrites what a person types into the Shapes World caption form the
// default model was trained on (synonyms, word order, articles, layouts), fills what was left out
// from a seed and says what it did. Rules: docs/shapes_world.md.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tessera/shapes_world.h"

namespace tessera {

struct EnhancedPrompt {
    std::string caption;                        ///< canonical caption, shown to the user
    ParsedPrompt prompt;                        ///< what the caption states (parsePrompt(caption))
    std::vector<std::string> unknownWords;      ///< words and phrases not understood, in input order
    std::vector<std::string> filledAttributes;  ///< e.g. "object 1 color: red", "background: gray"
    std::vector<std::string> warnings;          ///< understood but not representable, e.g. a third object
};

/// Rewrites `userText` into a canonical caption. Unstated attributes are filled deterministically from
/// the seed (object colours never equal to the background, the background never equal to an object
/// colour); in two-object prompts an object without a motion stands still, as in the canonical
/// caption. Empty input gives a complete single-object caption drawn from the seed. Never throws on text.
EnhancedPrompt enhance(const std::string& userText, uint64_t seed);

/// Where what a prompt leaves open comes from, for a prompt that comes with an image or a clip.
struct EnhanceOptions {
    /// What the image or clip shows (describeClip() in judge.h): fills what the text leaves open, first.
    std::optional<ParsedPrompt> shown;
    /// Then the seed fills the rest. false: nothing more is filled but the layout of two objects,
    /// which the caption form needs ("a red ball" gives "a red circle", empty input the empty caption).
    bool fillFromSeed = true;
};
/// enhance() with the options: the text's objects take, in order, the attributes of the shown objects
/// they leave open (text without any object takes the shown objects and their layout), the background
/// the shown one; filledAttributes says "(shown)" for those.
EnhancedPrompt enhance(const std::string& userText, uint64_t seed, const EnhanceOptions& options);

}  // namespace tessera
