# Installation in the standard places (GNUInstallDirs) and the Debian package.
#
#   cmake --install build --prefix /usr/local     bin/, share/applications, share/metainfo,
#                                                 share/icons/hicolor/scalable/apps, share/mime,
#                                                 share/man/man1, share/bash-completion,
#                                                 share/zsh/vendor-completions, share/doc
#   scripts/package.sh                            the .deb (CPack), in build-deb/
#
# The executables' install rules are beside them in src/app. The translations are compiled into
# incentives-desk (:/i18n), so there are no .qm files to install; Qt's own (qtbase_*.qm, for its
# standard buttons and dialogs) come from the package qt6-translations-l10n.

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
    # The file type of our databases (application/x-incentives-desk), opened by the desktop entry.
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${INCENTIVES_APP_ID}.mime.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
            RENAME ${INCENTIVES_APP_ID}.xml)
endif()

# The licence, in the package's documentation folder as Debian's machine-readable copyright file,
# and the package's changelog (its top entry names the version and release of the package).
set(INCENTIVES_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/incentives-desk)
set(_generated ${PROJECT_BINARY_DIR}/generated)
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright DESTINATION ${INCENTIVES_DOC_DIR})
# lintian's notes on the package: only those that do not apply to a package outside the archive.
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME incentives-desk)
add_custom_command(
    OUTPUT ${_generated}/changelog.Debian.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/resources/debian/changelog
            ${_generated}/changelog.Debian
    COMMAND gzip -9nf ${_generated}/changelog.Debian
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/debian/changelog
    VERBATIM)
set(_generated_files ${_generated}/changelog.Debian.gz)
install(FILES ${_generated}/changelog.Debian.gz DESTINATION ${INCENTIVES_DOC_DIR})

# Manual pages from the executables' --help and --version, in English (no locale, no settings of
# the user who builds), with the sections in docs/man/*.h2m: incentives-desk's by help2man,
# incentives-cli's (whose help is a preformatted list of commands) by cmake/cli-manpage.sh.
set(_man_env ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=DISPLAY --unset=WAYLAND_DISPLAY
    LC_ALL=C.UTF-8 XDG_CONFIG_HOME=${_generated}/man/config)
add_custom_command(
    OUTPUT ${_generated}/man/incentives-cli.1.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_generated}/man/config
    COMMAND ${_man_env} bash ${PROJECT_SOURCE_DIR}/cmake/cli-manpage.sh $<TARGET_FILE:incentives-cli>
            ${PROJECT_SOURCE_DIR}/docs/man/incentives-cli.h2m
            "command line for Partner Center incentive enrollment" ${_generated}/man/incentives-cli.1
    COMMAND gzip -9nf ${_generated}/man/incentives-cli.1
    DEPENDS incentives-cli ${PROJECT_SOURCE_DIR}/cmake/cli-manpage.sh
            ${PROJECT_SOURCE_DIR}/docs/man/incentives-cli.h2m
    VERBATIM)
list(APPEND _generated_files ${_generated}/man/incentives-cli.1.gz)
install(FILES ${_generated}/man/incentives-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
if(INCENTIVES_BUILD_GUI AND TARGET incentives-desk)
    find_program(INCENTIVES_HELP2MAN help2man)
    if(INCENTIVES_HELP2MAN)
        add_custom_command(
            OUTPUT ${_generated}/man/incentives-desk.1.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${_generated}/man/config
            COMMAND ${_man_env} ${INCENTIVES_HELP2MAN} --no-info --section=1
                    "--name=desktop workbench for Partner Center incentive enrollment"
                    --include=${PROJECT_SOURCE_DIR}/docs/man/incentives-desk.h2m
                    --output=${_generated}/man/incentives-desk.1 $<TARGET_FILE:incentives-desk>
            COMMAND gzip -9nf ${_generated}/man/incentives-desk.1
            DEPENDS incentives-desk ${PROJECT_SOURCE_DIR}/docs/man/incentives-desk.h2m
            VERBATIM)
        list(APPEND _generated_files ${_generated}/man/incentives-desk.1.gz)
        install(FILES ${_generated}/man/incentives-desk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    else()
        message(WARNING "help2man not found: no manual page for incentives-desk (scripts/setup.sh installs it)")
    endif()
endif()

# Bash and zsh completions of incentives-cli, from the built CLI's own table of commands.
add_custom_command(
    OUTPUT ${_generated}/completions/incentives-cli ${_generated}/completions/_incentives-cli
    COMMAND bash ${PROJECT_SOURCE_DIR}/cmake/completions.sh $<TARGET_FILE:incentives-cli>
            ${_generated}/completions
    DEPENDS incentives-cli ${PROJECT_SOURCE_DIR}/cmake/completions.sh
    VERBATIM)
list(APPEND _generated_files ${_generated}/completions/incentives-cli ${_generated}/completions/_incentives-cli)
install(FILES ${_generated}/completions/incentives-cli
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${_generated}/completions/_incentives-cli
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
add_custom_target(incentives_generated_docs ALL DEPENDS ${_generated_files})

# The Debian package (cpack -G DEB). dpkg-shlibdeps finds the libraries that the executables link
# (Qt Core, Gui, Widgets, Sql, Svg, libsodium); the Qt plugin loaded at run time, the SQLite driver,
# is named here, and so are Qt's translations of its standard buttons and dialogs. The platform
# plugins come with libqt6gui6.
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
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n")
# Shared team databases need Qt's PostgreSQL driver (a plugin, which dpkg-shlibdeps cannot see).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
