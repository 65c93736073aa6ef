# One interface target carries the language level, warnings and Qt hygiene for every target.
add_library(incentives_options INTERFACE)
target_compile_features(incentives_options INTERFACE cxx_std_20)
target_compile_definitions(incentives_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(incentives_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(INCENTIVES_WERROR)
    target_compile_options(incentives_options INTERFACE -Werror)
endif()
if(INCENTIVES_FUZZ)
    # Coverage for libFuzzer in all of our code; the fuzz targets add the fuzzer's main.
    target_compile_options(incentives_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(incentives_options INTERFACE -fsanitize=address,undefined)
endif()
if(INCENTIVES_SANITIZE)
    # Line tables only (-g1): a report still names each frame's function, file and line, and the
    # builds' 35 test programs, each linking the libraries, stay a quarter of the size.
    target_compile_options(incentives_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                           -fno-sanitize-recover=undefined -g1)
    target_link_options(incentives_options INTERFACE -fsanitize=address,undefined)
endif()
if(INCENTIVES_HARDENING)
    # The flags Debian's dpkg-buildflags gives with hardening=+all (scripts/package.sh turns them on):
    # checked string and memory functions, stack protection, and a read-only relocation table
    # resolved at start. _FORTIFY_SOURCE needs an optimizing build.
    target_compile_definitions(incentives_options INTERFACE
        $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
    target_compile_options(incentives_options INTERFACE
        -fstack-protector-strong -fstack-clash-protection -Wformat -Werror=format-security)
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|i.86")
        target_compile_options(incentives_options INTERFACE -fcf-protection)
    endif()
    target_link_options(incentives_options INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()

# LLVM's linker when it is installed (scripts/setup.sh installs it): the test programs link in a
# fraction of the time GNU ld takes. -DINCENTIVES_LINKER=default keeps the compiler's own choice.
set(INCENTIVES_LINKER "lld" CACHE STRING "Linker passed as -fuse-ld= (lld, gold, bfd or default)")
if(NOT INCENTIVES_LINKER STREQUAL "default")
    find_program(INCENTIVES_LINKER_PROGRAM NAMES ld.${INCENTIVES_LINKER})
    if(INCENTIVES_LINKER_PROGRAM)
        target_link_options(incentives_options INTERFACE -fuse-ld=${INCENTIVES_LINKER})
    endif()
endif()
