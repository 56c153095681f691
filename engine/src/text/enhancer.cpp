// The default prompt enhancer. Three passes over the user's words:
//   1. lexicon: words and phrases (longest match first) become items (size, colour, shape, motion,
//      relation, background word, ...); words it does not know are reported;
//   2. background: "<colour> background", "background <colour>", "on <colour>", "dark" set the background;
//   3. objects: the remaining items are grouped into objects (a new object starts at an article that
//      introduces another noun, or at an attribute the current object already has), with the relation
//      between the first two.
// Then unstated attributes are filled from the seed and the canonical caption is written.
#include "tessera/enhancer.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "data/rng.h"

namespace tessera {

namespace {

enum class Kind {
    Size,            // value: Size
    Color,           // value: Color
    Shape,           // value: Shape
    Noun,            // "shape", "object", "thing": an object without a shape
    Motion,          // value: Motion
    Moving,          // a motion verb without a direction ("moving", "goes")
    Relation,        // value: Relation
    BackgroundWord,  // "background", "backdrop"
    Dark,            // "dark", "night": a black background
    On,              // "on" (before a background colour)
    Article,         // "a", "an", "the", "one"
    Separator,       // , ; . : ! ?
    Position,        // "on the left", "at the top": positions are not in the vocabulary
    Stop,            // words that carry nothing here
    Unknown,
    End,  // past the last item
};

enum class Relation { LeftOf, RightOf, Above, Below };

struct Item {
    Kind kind = Kind::Unknown;
    int value = 0;
    std::string text;
};

struct Entry {
    Kind kind;
    int value;
};

using Lexicon = std::map<std::string, Entry>;

void addWords(Lexicon& lexicon, std::initializer_list<const char*> phrases, Kind kind, int value = 0) {
    for (const char* p : phrases) lexicon[p] = {kind, value};
}

Lexicon buildLexicon() {
    Lexicon l;
    addWords(l, {"circle", "ball", "disc", "disk", "dot", "sphere", "orb", "round", "circular"}, Kind::Shape,
             int(Shape::Circle));
    addWords(l, {"square", "box", "cube", "block", "rectangle", "tile"}, Kind::Shape, int(Shape::Square));
    addWords(l, {"triangle", "pyramid", "wedge", "triangular"}, Kind::Shape, int(Shape::Triangle));
    addWords(l, {"shape", "object", "thing", "item"}, Kind::Noun);

    addWords(l, {"small", "tiny", "little", "mini", "smaller"}, Kind::Size, int(Size::Small));
    addWords(l, {"large", "big", "huge", "giant", "enormous", "massive", "bigger", "larger"}, Kind::Size,
             int(Size::Large));

    addWords(l, {"red", "crimson", "scarlet", "ruby", "cherry"}, Kind::Color, int(Color::Red));
    addWords(l, {"yellow", "gold", "golden", "amber", "lemon"}, Kind::Color, int(Color::Yellow));
    addWords(l, {"green", "lime", "emerald"}, Kind::Color, int(Color::Green));
    addWords(l, {"cyan", "teal", "aqua", "turquoise"}, Kind::Color, int(Color::Cyan));
    addWords(l, {"blue", "azure", "navy", "cobalt", "sapphire"}, Kind::Color, int(Color::Blue));
    addWords(l, {"magenta", "purple", "pink", "violet", "fuchsia"}, Kind::Color, int(Color::Magenta));
    addWords(l, {"white", "ivory"}, Kind::Color, int(Color::White));
    addWords(l, {"black"}, Kind::Color, int(Color::Black));
    addWords(l, {"gray", "grey"}, Kind::Color, int(Color::Gray));
    addWords(l, {"dark", "darkness", "night", "nighttime"}, Kind::Dark);
    addWords(l, {"background", "backdrop", "bg"}, Kind::BackgroundWord);

    addWords(l, {"to the left of", "on the left of", "at the left of", "left of", "next to", "beside"}, Kind::Relation,
             int(Relation::LeftOf));
    addWords(l, {"to the right of", "on the right of", "at the right of", "right of"}, Kind::Relation,
             int(Relation::RightOf));
    addWords(l, {"above", "over", "on top of", "atop"}, Kind::Relation, int(Relation::Above));
    addWords(l, {"below", "under", "beneath", "underneath"}, Kind::Relation, int(Relation::Below));

    addWords(l, {"left", "leftwards", "leftward", "to the left"}, Kind::Motion, int(Motion::Left));
    addWords(l, {"right", "rightwards", "rightward", "to the right"}, Kind::Motion, int(Motion::Right));
    addWords(l, {"up", "upwards", "upward", "rising", "rises", "ascending", "climbing"}, Kind::Motion, int(Motion::Up));
    addWords(l, {"down", "downwards", "downward", "falling", "falls", "sinking", "sinks", "descending", "dropping"},
             Kind::Motion, int(Motion::Down));
    addWords(l,
             {"standing still", "still", "static", "stationary", "motionless", "unmoving", "not moving", "at rest",
              "resting", "idle", "standing"},
             Kind::Motion, int(Motion::Still));
    addWords(l, {"bouncing", "bounces", "bounce", "bouncy", "jumping", "jumps", "hopping", "hops"}, Kind::Motion,
             int(Motion::Bouncing));
    addWords(l, {"moving",     "moves",     "move",    "going",   "goes",    "heading",  "heads",
                 "travelling", "traveling", "travels", "sliding", "slides",  "drifting", "drifts",
                 "flying",     "flies",     "rolling", "rolls",   "gliding", "glides"},
             Kind::Moving);

    addWords(l,
             {"on the left", "on the right", "at the top", "at the bottom", "in the middle", "in the center",
              "in the centre"},
             Kind::Position);
    addWords(l, {"on"}, Kind::On);
    addWords(l, {"a", "an", "the", "one"}, Kind::Article);
    addWords(l, {"with",  "and",     "of",    "is",    "are",   "in",      "at",      "to",
                 "its",   "it",      "that",  "which", "while", "there",   "video",   "clip",
                 "scene", "showing", "shows", "show",  "very",  "colored", "coloured"},
             Kind::Stop);
    return l;
}

const Lexicon& lexicon() {
    static const Lexicon kLexicon = buildLexicon();
    return kLexicon;
}

constexpr int kLongestPhrase = 4;

/// Lower-cased words; punctuation that separates phrases becomes ",".
std::vector<std::string> splitWords(const std::string& text) {
    std::vector<std::string> words;
    std::string current;
    auto flush = [&]() {
        if (!current.empty()) words.push_back(current);
        current.clear();
    };
    for (char raw : text) {
        unsigned char c = static_cast<unsigned char>(raw);
        if (std::isalnum(c)) {
            current += char(std::tolower(c));
        } else if (c == '\'') {
            continue;  // "ball's" -> "balls"
        } else {
            flush();
            if (std::string(",;.:!?").find(char(c)) != std::string::npos) words.push_back(",");
        }
    }
    flush();
    return words;
}

/// Pass 1: longest-match lexicon lookup.
std::vector<Item> readItems(const std::vector<std::string>& words) {
    std::vector<Item> items;
    for (size_t i = 0; i < words.size();) {
        if (words[i] == ",") {
            items.push_back({Kind::Separator, 0, ","});
            ++i;
            continue;
        }
        size_t matched = 0;
        for (size_t n = std::min<size_t>(kLongestPhrase, words.size() - i); n > 0 && matched == 0; --n) {
            std::string phrase = words[i];
            for (size_t k = 1; k < n; ++k) phrase += " " + words[i + k];
            auto it = lexicon().find(phrase);
            if (it == lexicon().end()) continue;
            items.push_back({it->second.kind, it->second.value, phrase});
            matched = n;
        }
        if (matched == 0) items.push_back({Kind::Unknown, 0, words[i]});
        i += std::max<size_t>(matched, 1);
    }
    // "moving left": the direction carries the motion; the verb adds nothing.
    for (size_t i = 0; i + 1 < items.size(); ++i)
        if (items[i].kind == Kind::Moving && items[i + 1].kind == Kind::Motion) items[i].kind = Kind::Stop;
    return items;
}

struct Reading {
    std::optional<Color> background;
    std::vector<std::string> warnings;
    std::vector<std::string> unknown;
};

void setBackground(Reading& r, Color color, const std::string& words) {
    if (!isBackgroundColor(color)) {
        r.warnings.push_back("'" + words + "': backgrounds are black, gray or white; left out");
    } else if (r.background && *r.background != color) {
        r.warnings.push_back(std::string("two backgrounds; kept '") + word(*r.background) + "'");
    } else {
        r.background = color;
    }
}

bool isObjectWord(Kind kind) {
    return kind == Kind::Shape || kind == Kind::Noun || kind == Kind::Size || kind == Kind::Color;
}

/// Pass 2: takes the background phrases out of `items`.
void readBackground(std::vector<Item>& items, Reading& r) {
    std::vector<Item> rest;
    auto kindAt = [&](size_t i) { return i < items.size() ? items[i].kind : Kind::End; };
    for (size_t i = 0; i < items.size(); ++i) {
        const Item& it = items[i];
        if (it.kind == Kind::Dark && kindAt(i + 1) == Kind::Color) {
            r.warnings.push_back("'" + it.text + " " + items[i + 1].text + "' read as '" + items[i + 1].text + "'");
        } else if (it.kind == Kind::Dark) {
            setBackground(r, Color::Black, it.text);
            if (kindAt(i + 1) == Kind::BackgroundWord) ++i;
        } else if (it.kind == Kind::Color && kindAt(i + 1) == Kind::BackgroundWord) {
            setBackground(r, Color(it.value), it.text + " " + items[i + 1].text);
            ++i;
        } else if (it.kind == Kind::BackgroundWord) {
            size_t j = i + 1;
            while (kindAt(j) == Kind::Stop || kindAt(j) == Kind::Article || kindAt(j) == Kind::Separator) ++j;
            if (kindAt(j) == Kind::Color && !isObjectWord(kindAt(j + 1))) {
                setBackground(r, Color(items[j].value), it.text + " " + items[j].text);
                i = j;
            }
        } else if (it.kind == Kind::On) {
            size_t j = i + 1;
            while (kindAt(j) == Kind::Article) ++j;
            if (kindAt(j) == Kind::Color && !isObjectWord(kindAt(j + 1)) && kindAt(j + 1) != Kind::BackgroundWord) {
                setBackground(r, Color(items[j].value), "on " + items[j].text);
                i = j;
            }
        } else {
            rest.push_back(it);
        }
    }
    items = std::move(rest);
}

/// One object as the user described it.
struct Draft {
    ObjectSpec spec;
    bool moving = false;  // a motion verb without a direction
    bool noun = false;    // has a shape word or a generic noun
    std::string words;
    bool empty() const { return words.empty(); }
};

struct Objects {
    std::vector<Draft> drafts;
    std::optional<Relation> relation;  // between drafts[0] and drafts[1]
};

/// Is there a shape word or noun after position i, before the next relation or article?
bool nounAhead(const std::vector<Item>& items, size_t i) {
    for (size_t j = i + 1; j < items.size(); ++j) {
        if (items[j].kind == Kind::Relation || items[j].kind == Kind::Article) return false;
        if (items[j].kind == Kind::Shape || items[j].kind == Kind::Noun) return true;
    }
    return false;
}

/// Sets an attribute; returns false when the draft already has a different one (a new object then).
template <typename T>
bool trySet(std::optional<T>& field, T value) {
    if (field && *field != value) return false;
    field = value;
    return true;
}

void mention(Draft& d, const std::string& text) {
    d.words += (d.words.empty() ? "" : " ") + text;
}

/// Sets the size, colour or shape of the item; false when the draft already has a different one.
bool setAttribute(Draft& d, const Item& it) {
    switch (it.kind) {
        case Kind::Size:
            return trySet(d.spec.size, Size(it.value));
        case Kind::Color:
            return trySet(d.spec.color, Color(it.value));
        case Kind::Shape:
            return trySet(d.spec.shape, Shape(it.value));
        default:
            return true;
    }
}

/// A size, colour or shape: for the current object, or a new one when the current object already has
/// a different value and a noun ("a red ball blue box").
void addAttribute(Objects& o, const Item& it, Reading& r) {
    if (it.kind == Kind::Color && !isObjectColor(Color(it.value))) {
        r.warnings.push_back("'" + it.text + "' is only a background color; left out");
        return;
    }
    if (!setAttribute(o.drafts.back(), it)) {
        if (!o.drafts.back().noun) {
            r.warnings.push_back("'" + it.text + "' conflicts with an earlier word for the same object; left out");
            return;
        }
        o.drafts.emplace_back();
        setAttribute(o.drafts.back(), it);
    }
    Draft& d = o.drafts.back();
    d.noun |= it.kind == Kind::Shape;
    mention(d, it.text);
}

/// Pass 3: groups the items into objects.
Objects readObjects(const std::vector<Item>& items, Reading& r) {
    Objects o;
    o.drafts.emplace_back();
    for (size_t i = 0; i < items.size(); ++i) {
        const Item& it = items[i];
        Draft& d = o.drafts.back();
        switch (it.kind) {
            case Kind::Article:
                if (d.noun && nounAhead(items, i)) o.drafts.emplace_back();
                break;
            case Kind::Relation:
                if (o.drafts.size() == 1) o.relation = Relation(it.value);
                o.drafts.emplace_back();
                break;
            case Kind::Size:
            case Kind::Color:
            case Kind::Shape:
                addAttribute(o, it, r);
                break;
            case Kind::Noun:
                d.noun = true;
                mention(d, it.text);
                break;
            case Kind::Motion:
                if (!trySet(d.spec.motion, Motion(it.value)))
                    r.warnings.push_back("'" + it.text + "' conflicts with an earlier motion; left out");
                mention(d, it.text);
                break;
            case Kind::Moving:
                d.moving = true;
                mention(d, it.text);
                break;
            case Kind::Position:
            case Kind::Unknown:
                r.unknown.push_back(it.text);
                break;
            default:
                break;
        }
    }
    // A trailing empty object only counts right after the first relation ("a ball above" asks for a second).
    while (o.drafts.size() > 1 && o.drafts.back().empty() && (o.drafts.size() > 2 || !o.relation)) o.drafts.pop_back();
    if (o.drafts.size() > 2) {
        std::string left;
        for (size_t i = 2; i < o.drafts.size(); ++i) left += (left.empty() ? "'" : ", '") + o.drafts[i].words + "'";
        r.warnings.push_back("only two objects can be shown; left out " + left);
        o.drafts.resize(2);
    }
    return o;
}

// ---- Filling ----

template <typename T>
T pick(Rng& rng, const std::vector<T>& values) {
    return values[size_t(rng.below(int(values.size())))];
}

std::vector<Motion> motionsFor(bool single, Layout layout) {
    if (single) return {kMotions.begin(), kMotions.end()};
    if (layout == Layout::LeftOf) return {Motion::Still, Motion::Up, Motion::Down, Motion::Bouncing};
    return {Motion::Still, Motion::Left, Motion::Right};
}

struct Filler {
    Rng rng;
    std::vector<std::string>& filled;
    bool enabled = true;  // false: only what the caption form needs (the layout of two objects)

    template <typename T>
    void fill(std::optional<T>& field, const std::vector<T>& choices, const std::string& what, bool needed = false) {
        if (field || !(enabled || needed)) return;
        field = pick(rng, choices);
        filled.push_back(what + ": " + word(*field));
    }
};

void fillObject(Filler& f, Draft& d, size_t index, bool single, Layout layout, std::optional<Color> background) {
    const std::string name = "object " + std::to_string(index + 1) + " ";
    f.fill(d.spec.size, std::vector<Size>(kSizes.begin(), kSizes.end()), name + "size");
    f.fill(d.spec.shape, std::vector<Shape>(kShapes.begin(), kShapes.end()), name + "shape");
    std::vector<Color> colors;
    for (Color c : kObjectColors)
        if (c != background) colors.push_back(c);
    f.fill(d.spec.color, colors, name + "color");
    // Two-object prompts: an object without a motion stands still, as in the canonical caption.
    if (!single && !d.moving) return;
    std::vector<Motion> motions = motionsFor(single, layout);
    if (d.moving) motions.erase(std::remove(motions.begin(), motions.end(), Motion::Still), motions.end());
    f.fill(d.spec.motion, motions, name + "motion");
}

void fillBackground(Filler& f, std::optional<Color>& background, const std::vector<Draft>& drafts) {
    std::vector<Color> choices;
    for (Color c : kBackgroundColors) {
        bool taken = std::any_of(drafts.begin(), drafts.end(), [c](const Draft& d) { return d.spec.color == c; });
        if (!taken) choices.push_back(c);
    }
    f.fill(background, choices, "background");
}

/// Layout in canonical form: "right of" and "below" swap the two objects.
Layout canonicalLayout(Relation relation, std::vector<Draft>& drafts) {
    if (relation == Relation::RightOf || relation == Relation::Below) std::swap(drafts[0], drafts[1]);
    return relation == Relation::LeftOf || relation == Relation::RightOf ? Layout::LeftOf : Layout::Above;
}

bool movesAlongLayout(Motion m, Layout layout) {
    if (layout == Layout::LeftOf) return m == Motion::Left || m == Motion::Right;
    return m == Motion::Up || m == Motion::Down || m == Motion::Bouncing;
}

void warnOutsideTraining(const ParsedPrompt& p, std::vector<std::string>& warnings) {
    for (const ObjectSpec& o : p.objects) {
        if (o.color && o.color == p.background)
            warnings.push_back(std::string("a ") + word(*o.color) + " object on a " + word(*o.color) +
                               " background is never shown in training");
        if (p.layout && o.motion && movesAlongLayout(*o.motion, *p.layout))
            warnings.push_back(std::string("'") + word(*o.motion) + "' with '" + word(*p.layout) +
                               "' is never shown in training");
    }
}

bool stated(const Draft& d) { return d.noun || d.spec.size || d.spec.color || d.spec.shape || d.spec.motion; }

// What an image or clip shows fills what the text leaves open: text without any object takes the shown
// objects and their layout; otherwise each of the text's objects takes the attributes it leaves open from
// the shown object in the same place.
void fillFromShown(const ParsedPrompt& shown, std::vector<Draft>& drafts, std::optional<Layout>& layout,
                   std::optional<Color>& background, std::vector<std::string>& filled) {
    auto note = [&](const std::string& what, const char* value) { filled.push_back(what + ": " + value + " (shown)"); };
    if (!background && shown.background) {
        background = shown.background;
        note("background", word(*background));
    }
    if (shown.objects.empty()) return;
    if (std::none_of(drafts.begin(), drafts.end(), stated)) {
        drafts.assign(shown.objects.size(), Draft{});
        layout = shown.layout;
        if (layout) note("layout", word(*layout));
    }
    for (size_t i = 0; i < drafts.size() && i < shown.objects.size(); ++i) {
        ObjectSpec& d = drafts[i].spec;
        const ObjectSpec& s = shown.objects[i];
        const std::string name = "object " + std::to_string(i + 1) + " ";
        auto take = [&](auto& field, const auto& value, const char* what) {
            if (field || !value) return;
            field = value;
            note(name + what, word(*value));
        };
        take(d.size, s.size, "size");
        if (s.color != background) take(d.color, s.color, "color");
        take(d.shape, s.shape, "shape");
        // Two objects: a shown object standing still stays unstated, as in the canonical caption.
        if (!(drafts.size() > 1 && s.motion == Motion::Still)) take(d.motion, s.motion, "motion");
    }
}

}  // namespace

EnhancedPrompt enhance(const std::string& userText, uint64_t seed) { return enhance(userText, seed, EnhanceOptions{}); }

EnhancedPrompt enhance(const std::string& userText, uint64_t seed, const EnhanceOptions& options) {
    EnhancedPrompt out;
    Reading reading;
    std::vector<Item> items = readItems(splitWords(userText));
    readBackground(items, reading);
    Objects objects = readObjects(items, reading);

    Filler filler{Rng(deriveSeed(seed, 4)), out.filledAttributes, options.fillFromSeed};
    std::vector<Draft>& drafts = objects.drafts;
    std::optional<Layout> layout;
    if (drafts.size() > 1 && objects.relation) layout = canonicalLayout(*objects.relation, drafts);
    if (options.shown) fillFromShown(*options.shown, drafts, layout, reading.background, out.filledAttributes);
    const bool single = drafts.size() == 1;
    if (!single) filler.fill(layout, std::vector<Layout>(kLayouts.begin(), kLayouts.end()), "layout", true);
    for (size_t i = 0; i < drafts.size(); ++i)
        fillObject(filler, drafts[i], i, single, layout.value_or(Layout::LeftOf), reading.background);
    fillBackground(filler, reading.background, drafts);

    ParsedPrompt prompt;
    // Nothing stated and nothing filled: the empty caption (the model's unconditioned input).
    if (!options.fillFromSeed && !reading.background && std::none_of(drafts.begin(), drafts.end(), stated)) drafts.clear();
    for (const Draft& d : drafts) prompt.objects.push_back(d.spec);
    prompt.layout = layout;
    prompt.background = reading.background;
    warnOutsideTraining(prompt, reading.warnings);

    out.caption = caption(prompt);
    out.prompt = parsePrompt(out.caption);
    out.unknownWords = std::move(reading.unknown);
    out.warnings = std::move(reading.warnings);
    return out;
}

}  // namespace tessera
