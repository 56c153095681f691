# Script mode (cmake -DSOURCE_DIR=... -DOUTPUT=... -P GitHash.cmake), run on every build: writes
# OUTPUT with the commit the sources are at ("-dirty" when tracked files differ from it), touching
# the file only when that changes, so a new commit rebuilds one file instead of going stale until
# the next configure (training runs record this commit in their bundles).
execute_process(COMMAND git rev-parse --short=10 HEAD WORKING_DIRECTORY ${SOURCE_DIR}
                OUTPUT_VARIABLE hash OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE failed)
if(failed OR NOT hash)
  set(hash "unknown")
else()
  execute_process(COMMAND git status --porcelain --untracked-files=no WORKING_DIRECTORY ${SOURCE_DIR}
                  OUTPUT_VARIABLE changes OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(changes)
    set(hash "${hash}-dirty")
  endif()
endif()
set(content "#pragma once\n#define TESSERA_GIT_HASH \"${hash}\"\n")
if(EXISTS ${OUTPUT})
  file(READ ${OUTPUT} old)
endif()
if(NOT old STREQUAL content)
  file(WRITE ${OUTPUT} "${content}")
endif()
