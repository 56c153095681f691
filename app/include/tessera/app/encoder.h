#pragma once
// Streaming export of frames + audio + subtitles through FFmpeg (and OpenImageIO for image
// sequences). Owned by the export path of the timeline renderer (#9); see app/src/media/encoder.cpp.
