// Shapes World captions: the canonical grammar, its parser and caption dropout.
//
//   caption    := "" | object [background]
//                    | object relation object ["," background]
//   object     := "a" [size] [color] (shape | "shape") [motion]
//   relation   := "to the left of" | "above"
//   motion     := "moving left" | "moving right" | "moving up" | "moving down" | "standing still" | "bouncing"
//   background := "on a" ("black" | "gray" | "white") "background"
//
// In two-object captions "standing still" is not written: an object without a motion stands still.
#include <cctype>
#include <sstream>
#include <stdexcept>

#include "data/rng.h"
#include "tessera/shapes_world.h"

namespace tessera {

bool ObjectSpec::operator==(const ObjectSpec& o) const {
    return size == o.size && color == o.color && shape == o.shape && motion == o.motion;
}

bool ParsedPrompt::operator==(const ParsedPrompt& o) const {
    return objects == o.objects && layout == o.layout && background == o.background;
}

ParsedPrompt describe(const Scene& scene) {
    ParsedPrompt prompt;
    prompt.background = scene.background;
    const bool single = scene.objects.size() == 1;
    for (const SceneObject& o : scene.objects) {
        ObjectSpec spec{o.size, o.color, o.shape, o.motion};
        if (!single && o.motion == Motion::Still) spec.motion.reset();
        prompt.objects.push_back(spec);
    }
    if (!single) prompt.layout = scene.layout;
    return prompt;
}

std::string caption(const Scene& scene) {
    return caption(describe(scene));
}

ParsedPrompt reversedInTime(ParsedPrompt prompt) {
    for (ObjectSpec& o : prompt.objects) {
        if (!o.motion) continue;
        switch (*o.motion) {
            case Motion::Left: o.motion = Motion::Right; break;
            case Motion::Right: o.motion = Motion::Left; break;
            case Motion::Up: o.motion = Motion::Down; break;
            case Motion::Down: o.motion = Motion::Up; break;
            case Motion::Still:
            case Motion::Bouncing: break;
        }
    }
    return prompt;
}

namespace {

std::string objectPhrase(const ObjectSpec& spec, bool writeStill) {
    std::string text = "a";
    if (spec.size) text += std::string(" ") + word(*spec.size);
    if (spec.color) {
        if (!isObjectColor(*spec.color))
            throw std::invalid_argument(std::string("caption: '") + word(*spec.color) + "' is not an object color");
        text += std::string(" ") + word(*spec.color);
    }
    text += std::string(" ") + (spec.shape ? word(*spec.shape) : "shape");
    if (spec.motion && (writeStill || *spec.motion != Motion::Still)) text += std::string(" ") + word(*spec.motion);
    return text;
}

void validateForCaption(const ParsedPrompt& prompt) {
    const size_t n = prompt.objects.size();
    if (n > 2) throw std::invalid_argument("caption: at most two objects can be described");
    if (n == 2 && !prompt.layout) throw std::invalid_argument("caption: two objects need a layout");
    if (n < 2 && prompt.layout) throw std::invalid_argument("caption: a layout needs two objects");
    if (n == 0 && prompt.background) throw std::invalid_argument("caption: a background needs an object");
    if (prompt.background && !isBackgroundColor(*prompt.background))
        throw std::invalid_argument(std::string("caption: '") + word(*prompt.background) +
                                    "' is not a background color");
}

}  // namespace

std::string caption(const ParsedPrompt& prompt) {
    validateForCaption(prompt);
    if (prompt.objects.empty()) return "";
    const bool single = prompt.objects.size() == 1;
    std::string text = objectPhrase(prompt.objects[0], single);
    if (!single) text += std::string(" ") + word(*prompt.layout) + " " + objectPhrase(prompt.objects[1], false);
    if (prompt.background) text += std::string(single ? "" : ",") + " on a " + word(*prompt.background) + " background";
    return text;
}

// ---- Parser ----

namespace {

/// Splits on white space; a trailing comma becomes its own token. Lower-cases.
std::vector<std::string> tokenize(const std::string& text) {
    std::vector<std::string> tokens;
    std::istringstream in(text);
    std::string w;
    while (in >> w) {
        for (char& c : w) c = char(std::tolower(static_cast<unsigned char>(c)));
        bool comma = w.size() > 1 && w.back() == ',';
        if (comma) w.pop_back();
        tokens.push_back(w);
        if (comma) tokens.push_back(",");
    }
    return tokens;
}

template <typename T, size_t N>
std::optional<T> lookup(const std::array<T, N>& values, const std::string& w) {
    for (T v : values)
        if (w == word(v)) return v;
    return std::nullopt;
}

class CaptionParser {
public:
    explicit CaptionParser(const std::string& text) : text_(text), tokens_(tokenize(text)) {}

    ParsedPrompt parse() {
        ParsedPrompt prompt;
        if (tokens_.empty()) return prompt;
        prompt.objects.push_back(parseObject());
        if (peek() == "to" || peek() == "above") {
            prompt.layout = parseRelation();
            prompt.objects.push_back(parseObject());
            if (peek() == ",") {
                ++pos_;
                if (peek() != "on") fail("'on' after the comma");
            }
        }
        if (peek() == "on") prompt.background = parseBackground();
        if (pos_ != tokens_.size()) fail("the end of the caption");
        return prompt;
    }

private:
    std::string peek(size_t ahead = 0) const {
        return pos_ + ahead < tokens_.size() ? tokens_[pos_ + ahead] : std::string();
    }

    [[noreturn]] void fail(const std::string& expected) const {
        std::string got = pos_ < tokens_.size() ? "'" + tokens_[pos_] + "'" : "the end";
        throw std::invalid_argument("parsePrompt: expected " + expected + " but found " + got + " (word " +
                                    std::to_string(pos_ + 1) + ") in \"" + text_ + "\"");
    }

    void expect(const std::string& w) {
        if (peek() != w) fail("'" + w + "'");
        ++pos_;
    }

    ObjectSpec parseObject() {
        ObjectSpec spec;
        expect("a");
        if ((spec.size = lookup(kSizes, peek()))) ++pos_;
        if ((spec.color = lookup(kObjectColors, peek()))) ++pos_;
        if ((spec.shape = lookup(kShapes, peek()))) {
            ++pos_;
        } else {
            expect("shape");
        }
        spec.motion = parseMotion();
        return spec;
    }

    std::optional<Motion> parseMotion() {
        if (peek() != "moving" && peek() != "standing" && peek() != "bouncing") return std::nullopt;
        std::string phrase = peek() == "bouncing" ? peek() : peek() + " " + peek(1);
        std::optional<Motion> motion = lookup(kMotions, phrase);
        if (!motion) {
            ++pos_;
            fail("a motion (left, right, up, down or still)");
        }
        pos_ += phrase == "bouncing" ? 1 : 2;
        return motion;
    }

    Layout parseRelation() {
        if (peek() == "above") {
            ++pos_;
            return Layout::Above;
        }
        for (const char* w : {"to", "the", "left", "of"}) expect(w);
        return Layout::LeftOf;
    }

    Color parseBackground() {
        expect("on");
        expect("a");
        std::optional<Color> color = lookup(kBackgroundColors, peek());
        if (!color) fail("a background color (black, gray or white)");
        ++pos_;
        expect("background");
        return *color;
    }

    std::string text_;
    std::vector<std::string> tokens_;
    size_t pos_ = 0;
};

}  // namespace

ParsedPrompt parsePrompt(const std::string& text) {
    return CaptionParser(text).parse();
}

// ---- Dropout ----

namespace {

template <typename T>
void maybeDrop(Rng& rng, double p, std::optional<T>& value) {
    if (rng.chance(p)) value.reset();
}

}  // namespace

std::string dropoutCaption(const Scene& scene, uint64_t seed, const DropoutOptions& options) {
    if (!(options.emptyProbability >= 0 && options.emptyProbability <= 1 && options.dropProbability >= 0 &&
          options.dropProbability <= 1))
        throw std::invalid_argument("dropoutCaption: probabilities must be in [0, 1]");
    Rng rng(deriveSeed(seed, 3));
    if (rng.chance(options.emptyProbability)) return "";
    ParsedPrompt prompt = describe(scene);
    const double p = options.dropProbability;
    maybeDrop(rng, p, prompt.background);
    for (ObjectSpec& o : prompt.objects) {
        maybeDrop(rng, p, o.size);
        maybeDrop(rng, p, o.color);
        maybeDrop(rng, p, o.shape);
        maybeDrop(rng, p, o.motion);
        if (options.dropMotion) o.motion.reset();
    }
    return caption(prompt);
}

}  // namespace tessera
