# SPDX-License-Identifier: GPL-3.0-or-later
# Windows install: the executables plus what windeployqt gathers next to them (Qt DLLs, the
# sqlite, platform and print support plugins), packed into an NSIS installer by CPack.
include(GNUInstallDirs)

find_program(NETRA_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" "$ENV{QTDIR}/bin" REQUIRED)
install(TARGETS netra netra-cli RUNTIME DESTINATION bin)
# vcpkg's DLLs of QuaZip and zlib sit beside the built executables.
install(DIRECTORY "$<TARGET_FILE_DIR:netra>/" DESTINATION bin FILES_MATCHING PATTERN "*.dll")
# libxlsxwriter is loaded at run time (app/io/XlsxLibrary.h), so no executable imports it and
# vcpkg does not copy it beside them: installed from vcpkg's own folder, with the minizip and
# zlib it uses.
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    install(DIRECTORY "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin/" DESTINATION bin
            FILES_MATCHING PATTERN "xlsxwriter*.dll" PATTERN "minizip*.dll" PATTERN "zlib*.dll")
else()
    message(WARNING "Not a vcpkg build: install xlsxwriter.dll beside netra.exe by hand")
endif()
install(CODE "
    execute_process(COMMAND \"${NETRA_WINDEPLOYQT}\" --release --no-translations --no-system-d3d-compiler
                            --no-opengl-sw \"\${CMAKE_INSTALL_PREFIX}/bin/netra.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/netra-cli.exe\"
                    RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${result}\")
    endif()")
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION doc)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME Netra)
set(CPACK_PACKAGE_VENDOR "Netra developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Netra)
set(CPACK_PACKAGE_EXECUTABLES netra Netra)
set(CPACK_NSIS_DISPLAY_NAME "Netra ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME Netra)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\netra.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$DESKTOP\\\\Netra.lnk' '$INSTDIR\\\\bin\\\\netra.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\Netra.lnk'")
include(CPack)
