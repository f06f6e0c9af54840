# Run by cpack after it has installed the files to package (CPACK_PRE_BUILD_SCRIPTS): the ZIP gets
# a `portable` file beside the executable, so that an unpacked copy keeps its settings in its own
# folder (core/platform/portablesettings.h) and runs from a USB stick. The installer and the .deb
# do not: an installed program keeps its settings in the user's profile.
if(CPACK_GENERATOR STREQUAL "ZIP")
    file(WRITE "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/bin/portable"
         "此文件在时，托育工作台的设置保存在本文件夹的 TuoyuDesk 子文件夹中。\n"
         "With this file present, TuoyuDesk keeps its settings in this folder.\n")
endif()
