// `tessera`: the command-line interface (headless generation, batch, export, developer tools).
#include <csignal>

#include "tessera/app/cli.h"

int main(int argc, char** argv) {
    // Writing past a file-size limit should fail the write (reported, temporary removed), not kill us.
    std::signal(SIGXFSZ, SIG_IGN);
    return tessera::app::runCli(argc, argv);
}
