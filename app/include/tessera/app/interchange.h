#pragma once
// Subtitle sidecars (SRT, WebVTT) and edit interchange (OpenTimelineIO, CMX 3600 EDL); see
// app/src/timeline/interchange.cpp.
