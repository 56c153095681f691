// `tessera`: the command-line interface (headless generation, batch, export, developer tools).
#include "tessera/app/cli.h"

int main(int argc, char** argv) { return tessera::app::runCli(argc, argv); }
