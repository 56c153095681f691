# Per-generator CPack settings (CPACK_PROJECT_CONFIG_FILE): the .deb installs under /usr, the
# relocatable .tar.gz has bin/, lib/ and share/ at its top.
if(CPACK_GENERATOR STREQUAL "TGZ")
  set(CPACK_PACKAGING_INSTALL_PREFIX "")
endif()
