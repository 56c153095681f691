#include "tessera/app/versions.h"

#include <OpenImageIO/oiioversion.h>
#include <sqlite3.h>

#include <QtGlobal>

#include "tessera/engine.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

namespace tessera::app {

namespace {
std::string avVersion(unsigned v) {
    return std::to_string(v >> 16) + "." + std::to_string((v >> 8) & 0xff) + "." + std::to_string(v & 0xff);
}
}  // namespace

std::vector<std::pair<std::string, std::string>> componentVersions() {
    BuildInfo b = buildInfo();
    return {
        {"tessera", b.version},
        {"git", b.gitHash},
        {"LibTorch", b.libtorchVersion},
        {"CUDA", b.cudaCompiled ? b.cudaVersion + " (compiled in)" : "not compiled in"},
        {"Qt", std::string(qVersion()) + " (built with " QT_VERSION_STR ")"},
        {"FFmpeg", std::string(av_version_info()) + " (libavformat " + avVersion(avformat_version()) +
                       ", libavcodec " + avVersion(avcodec_version()) + ")"},
        {"OpenImageIO", OIIO_VERSION_STRING},
        {"SQLite", sqlite3_libversion()},
    };
}

std::string versionLine() {
    BuildInfo b = buildInfo();
    return "tessera " + b.version + " (git " + b.gitHash + ")";
}

}  // namespace tessera::app
