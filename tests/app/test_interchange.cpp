// Subtitle sidecars and edit interchange: the exact SRT, WebVTT and EDL text editors and players read,
// OTIO JSON with the schema names and durations OpenTimelineIO expects, and timelines that cannot be
// written refused with the track and clip named.
#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "tessera/app/interchange.h"

using namespace tessera::app;
using nlohmann::json;

namespace {

const std::vector<SubtitleCue> kCues = {
    {1.5, 3.25, "Hello"},
    {3725.125, 3728.0, "Line one\r\nLine two\n"},
};

// V1: a media clip, a second one dissolving in over 8 frames, a 16-frame hole, a title.
// A1: narration starting at frame 8.
EditList sampleEdit() {
    EditClip a;
    a.name = "a red ball";
    a.sourcePath = "/media/clips/red ball \xc3\xa9.mp4";
    a.sourceIn = 0, a.sourceOut = 48, a.recordIn = 0, a.recordOut = 48, a.sourceDuration = 64;
    a.metadataJson = R"({"prompt": "a red ball", "seed": 7})";
    EditClip b;
    b.name = "a blue square";
    b.sourcePath = "/media/clips/blue.mp4";
    b.sourceIn = 16, b.sourceOut = 80, b.recordIn = 40, b.recordOut = 104, b.sourceDuration = 96;
    b.transitionInFrames = 8;
    EditClip title;
    title.name = "The End";
    title.kind = EditClip::Kind::Title;
    title.titleText = "The End";
    title.recordIn = 120, title.recordOut = 152;
    EditClip voice;
    voice.name = "narration";
    voice.sourcePath = "/media/narration.wav";
    voice.sourceIn = 0, voice.sourceOut = 64, voice.recordIn = 8, voice.recordOut = 72, voice.sourceDuration = 64;

    EditList list;
    list.name = "Demo cut";
    list.fps = 16;
    list.width = 832, list.height = 480;
    list.tracks.push_back({"", EditTrack::Kind::Video, {title, b, a}});  // any order
    list.tracks.push_back({"", EditTrack::Kind::Audio, {voice}});
    return list;
}

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const InterchangeError& e) {
        return e.what();
    }
    return "";
}

// Every RationalTime in `j` and its children, for checking their rates.
void collectRates(const json& j, std::vector<double>& rates) {
    if (j.is_object() && j.value("OTIO_SCHEMA", "") == "RationalTime.1") rates.push_back(j.at("rate").get<double>());
    if (j.is_structured())
        for (const auto& child : j) collectRates(child, rates);
}

}  // namespace

TEST(Interchange, SrtNumbersCuesWithCommaMilliseconds) {
    EXPECT_EQ(toSrt(kCues),
              "1\n"
              "00:00:01,500 --> 00:00:03,250\n"
              "Hello\n"
              "\n"
              "2\n"
              "01:02:05,125 --> 01:02:08,000\n"
              "Line one\n"
              "Line two\n"
              "\n");
}

TEST(Interchange, WebVttHasHeaderDotMillisecondsAndEscapedText) {
    EXPECT_EQ(toWebVtt(kCues),
              "WEBVTT\n"
              "\n"
              "00:00:01.500 --> 00:00:03.250\n"
              "Hello\n"
              "\n"
              "01:02:05.125 --> 01:02:08.000\n"
              "Line one\n"
              "Line two\n"
              "\n");
    EXPECT_EQ(toWebVtt({{0, 1, "Tom & Jerry <3 --> fin"}}),
              "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nTom &amp; Jerry &lt;3 --&gt; fin\n\n");
}

TEST(Interchange, SubtitlesAreSortedAndBlankLinesDropped) {
    EXPECT_EQ(toSrt({{5, 6, "second"}, {1, 2, "first\n\n  \nstill first"}, {3, 4, " \n"}}),
              "1\n00:00:01,000 --> 00:00:02,000\nfirst\nstill first\n\n"
              "2\n00:00:05,000 --> 00:00:06,000\nsecond\n\n");
}

TEST(Interchange, SubtitleThatEndsBeforeItStartsIsRefused) {
    EXPECT_EQ(errorOf([] {
                  toSrt({{1, 2, "ok"}, {4, 3, "Backwards"}});
              }),
              "subtitle 2 ('Backwards') runs from 4.000 s to 3.000 s; a cue must end at least 1 ms after it starts");
    EXPECT_NE(errorOf([] {
                  toWebVtt({{-1, 3, "early"}});
              }).find("subtitle 1 ('early') starts at -1.000 s"),
              std::string::npos);
}

TEST(Interchange, OtioUsesTheSchemaNamesEditorsRead) {
    const json t = json::parse(toOtio(sampleEdit()));
    EXPECT_EQ(t["OTIO_SCHEMA"], "Timeline.1");
    EXPECT_EQ(t["name"], "Demo cut");
    EXPECT_EQ(t["metadata"]["tessera"]["width"], 832);
    ASSERT_EQ(t["tracks"]["OTIO_SCHEMA"], "Stack.1");
    const json& tracks = t["tracks"]["children"];
    ASSERT_EQ(tracks.size(), 2u);
    EXPECT_EQ(tracks[0]["OTIO_SCHEMA"], "Track.1");
    EXPECT_EQ(tracks[0]["name"], "V1");
    EXPECT_EQ(tracks[0]["kind"], "Video");
    EXPECT_EQ(tracks[1]["name"], "A1");
    EXPECT_EQ(tracks[1]["kind"], "Audio");

    const json& v = tracks[0]["children"];
    std::vector<std::string> schemas;
    for (const json& item : v) schemas.push_back(item["OTIO_SCHEMA"]);
    EXPECT_EQ(schemas, (std::vector<std::string>{"Clip.2", "Transition.1", "Clip.2", "Gap.1", "Clip.2"}));

    const json& media = v[0]["media_references"][v[0]["active_media_reference_key"].get<std::string>()];
    EXPECT_EQ(media["OTIO_SCHEMA"], "ExternalReference.1");
    EXPECT_EQ(media["target_url"], "file:///media/clips/red%20ball%20%C3%A9.mp4");
    EXPECT_EQ(media["available_range"]["duration"]["value"], 64.0);
    EXPECT_EQ(v[0]["metadata"]["tessera"]["prompt"], "a red ball");
    EXPECT_EQ(v[0]["metadata"]["tessera"]["seed"], 7);

    EXPECT_EQ(v[1]["transition_type"], "SMPTE_Dissolve");
    EXPECT_EQ(v[1]["in_offset"]["value"], 4.0);
    EXPECT_EQ(v[1]["out_offset"]["value"], 4.0);

    const json& generator = v[4]["media_references"]["DEFAULT_MEDIA"];
    EXPECT_EQ(generator["OTIO_SCHEMA"], "GeneratorReference.1");
    EXPECT_EQ(generator["generator_kind"], "SolidColor");
    EXPECT_EQ(v[4]["metadata"]["tessera"]["title_text"], "The End");

    std::vector<double> rates;
    collectRates(t, rates);
    EXPECT_GT(rates.size(), 20u);
    for (double r : rates) EXPECT_EQ(r, 16.0);
}

// OTIO transitions take no time on the track: each side of the dissolve gives up the part of the overlap
// beyond the cut, so the track lasts as long as its clips and gaps minus the dissolves.
TEST(Interchange, OtioTrackLastsItsClipsAndGapsMinusDissolves) {
    const json t = json::parse(toOtio(sampleEdit()));
    const json& v = t["tracks"]["children"][0]["children"];
    double total = 0;
    for (const json& item : v)
        if (item["OTIO_SCHEMA"] != "Transition.1") total += item["source_range"]["duration"]["value"].get<double>();
    EXPECT_EQ(total, 48 + 64 + 16 + 32 - 8);  // clips + hole - dissolve = where the title ends
    EXPECT_EQ(v[0]["source_range"]["duration"]["value"], 44.0);
    EXPECT_EQ(v[2]["source_range"]["start_time"]["value"], 20.0);  // the blue square's cut is 4 frames in
    EXPECT_EQ(v[2]["source_range"]["duration"]["value"], 60.0);
    EXPECT_EQ(v[3]["source_range"]["duration"]["value"], 16.0);

    const json& a = t["tracks"]["children"][1]["children"];
    ASSERT_EQ(a.size(), 2u);
    EXPECT_EQ(a[0]["OTIO_SCHEMA"], "Gap.1");
    EXPECT_EQ(a[0]["source_range"]["duration"]["value"], 8.0);
    EXPECT_EQ(a[1]["source_range"]["duration"]["value"], 64.0);
}

TEST(Interchange, EdlListsCutsTwoLineDissolveAndBlackTitle) {
    EXPECT_EQ(toCmx3600Edl(sampleEdit()),
              "TITLE: Demo cut\n"
              "FCM: NON-DROP FRAME\n"
              "\n"
              "001  AX       V     C        00:00:00:00 00:00:02:08 00:00:00:00 00:00:02:08\n"
              "* FROM CLIP NAME: a red ball\n"
              "* SOURCE FILE: /media/clips/red ball \xc3\xa9.mp4\n"
              "\n"
              "002  AX       V     C        00:00:02:08 00:00:02:08 00:00:02:08 00:00:02:08\n"
              "002  AX       V     D    008 00:00:01:00 00:00:05:00 00:00:02:08 00:00:06:08\n"
              "* FROM CLIP NAME: a red ball\n"
              "* TO CLIP NAME: a blue square\n"
              "* SOURCE FILE: /media/clips/blue.mp4\n"
              "\n"
              "003  BL       V     C        00:00:00:00 00:00:02:00 00:00:07:08 00:00:09:08\n"
              "* FROM CLIP NAME: The End\n");
}

TEST(Interchange, EdlOfAnAudioTrackUsesTheAudioChannel) {
    EXPECT_EQ(toCmx3600Edl(sampleEdit(), 1),
              "TITLE: Demo cut\n"
              "FCM: NON-DROP FRAME\n"
              "\n"
              "001  AX       A     C        00:00:00:00 00:00:04:00 00:00:00:08 00:00:04:08\n"
              "* FROM CLIP NAME: narration\n"
              "* SOURCE FILE: /media/narration.wav\n");
    EXPECT_NE(errorOf([] { toCmx3600Edl(sampleEdit(), 2); }).find("track 2 was asked for, but the timeline has 2"),
              std::string::npos);
}

TEST(Interchange, TimecodeAt16And24Fps) {
    EXPECT_EQ(edlTimecode(0, 16), "00:00:00:00");
    EXPECT_EQ(edlTimecode(20, 16), "00:00:01:04");
    EXPECT_EQ(edlTimecode(16 * 3661 + 15, 16), "01:01:01:15");
    EXPECT_EQ(edlTimecode(23, 24), "00:00:00:23");
    EXPECT_EQ(edlTimecode(24 * 3600 + 24 * 59 + 23, 24), "01:00:59:23");
    EXPECT_EQ(edlTimecode(24, 23.976), "00:00:01:00");  // non-drop at the rounded rate
    EXPECT_NE(errorOf([] { edlTimecode(-1, 24); }), "");
    EXPECT_NE(errorOf([] { edlTimecode(0, 0); }).find("frame rate"), std::string::npos);
}

TEST(Interchange, OverlapWithoutDissolveIsRefusedNamingTheClip) {
    EditList list = sampleEdit();
    list.tracks[0].clips[1].transitionInFrames = 0;  // the blue square
    const std::string expected =
        "track V1, clip 'a blue square': starts at frame 40, 8 frames before the previous item ends; give it that "
        "many transitionInFrames for a dissolve, or move it";
    EXPECT_EQ(errorOf([&] { toOtio(list); }), expected);
    EXPECT_EQ(errorOf([&] { toCmx3600Edl(list); }), expected);
}

TEST(Interchange, DissolveThatDoesNotMatchTheOverlapIsRefused) {
    EditList list = sampleEdit();
    list.tracks[0].clips[1].transitionInFrames = 6;
    EXPECT_EQ(errorOf([&] { toOtio(list); }),
              "track V1, clip 'a blue square': its 6-frame dissolve needs clip 'a red ball' to end at frame 46, but "
              "it ends at frame 48");
    list.tracks[0].clips[1].transitionInFrames = 8;
    list.tracks[0].clips[0].transitionInFrames = 8;  // the title, after a hole
    EXPECT_NE(errorOf([&] {
                  toOtio(list);
              }).find("clip 'The End': its 8-frame dissolve needs clip 'a blue square' to end at frame 128"),
              std::string::npos);
    list = sampleEdit();
    list.tracks[0].clips[2].transitionInFrames = 4;  // the first clip on the track
    EXPECT_NE(errorOf([&] {
                  toCmx3600Edl(list);
              }).find("clip 'a red ball': its 4-frame dissolve has no clip right before it"),
              std::string::npos);
}

TEST(Interchange, BadClipFieldsAreRefusedNamingTheField) {
    EditList list = sampleEdit();
    list.tracks[0].clips[2].metadataJson = "{not json";
    EXPECT_NE(errorOf([&] { toOtio(list); }).find("clip 'a red ball': metadataJson is not valid JSON"),
              std::string::npos);
    list = sampleEdit();
    list.tracks[0].clips[2].sourcePath = "clips/red.mp4";
    EXPECT_NE(errorOf([&] { toOtio(list); }).find("media path 'clips/red.mp4' is not absolute"), std::string::npos);
    list = sampleEdit();
    list.tracks[0].clips[2].reelName = "TOO LONG REEL";
    EXPECT_NE(errorOf([&] { toCmx3600Edl(list); }).find("reel name 'TOO LONG REEL' does not fit an EDL"),
              std::string::npos);
    list = sampleEdit();
    list.tracks[0].clips[2].sourceOut = 50;
    EXPECT_NE(errorOf([&] { toOtio(list); }).find("speed changes cannot be exchanged"), std::string::npos);
}
