# Installation in the standard places (GNUInstallDirs) and the Debian package.
#
#   cmake --install build --prefix /usr/local     bin/, share/applications, share/metainfo,
#                                                 share/icons/hicolor/scalable/apps
#   scripts/package.sh                            the .deb (CPack), in build-pkg/
#
# The executables' install rules are beside them in src/app. The translations are compiled into
# incentives-desk (:/i18n), so there are no .qm files to install.

# One application id names the desktop entry, the AppStream metainfo, the icon and the window's
# desktop file name.
set(INCENTIVES_APP_ID io.github.incentivesdesk.IncentivesDesk)

if(INCENTIVES_BUILD_GUI AND TARGET incentives-desk)
    target_compile_definitions(incentives-desk PRIVATE INCENTIVES_APP_ID="${INCENTIVES_APP_ID}")
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${INCENTIVES_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${INCENTIVES_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/incentives-desk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${INCENTIVES_APP_ID}.svg)
endif()

# The Debian package (cpack -G DEB). dpkg-shlibdeps finds the libraries that the executables link
# (Qt Core, Gui, Widgets, Sql, Svg, libsodium); the Qt plugin loaded at run time, the SQLite driver,
# is named here. The platform plugins come with libqt6gui6.
set(INCENTIVES_PACKAGE_CONTACT "Incentives Desk maintainers <maintainers@incentivesdesk.invalid>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME incentives-desk)
set(CPACK_PACKAGE_VENDOR "Incentives Desk")
set(CPACK_PACKAGE_CONTACT "${INCENTIVES_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Incentives Desk follows the incentive enrollment workflow of Microsoft Partner\n"
    "Center: roles per location, enrollment invitations, payout and tax profiles,\n"
    "Microsoft's validation and the fiscal-year renewal. It runs offline on an\n"
    "embedded SQLite database and can play Microsoft's part, so that presenters\n"
    "and trainers can show the whole flow in minutes. incentives-cli drives the\n"
    "same rules from the command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Shared team databases need Qt's PostgreSQL driver (a plugin, which dpkg-shlibdeps cannot see).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
