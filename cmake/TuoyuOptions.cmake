# One INTERFACE target that carries the language level and the warning/strictness flags every
# project target shares, so no layer can drift from the others.
add_library(tuoyu_options INTERFACE)
target_compile_features(tuoyu_options INTERFACE cxx_std_20)
target_compile_definitions(tuoyu_options INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS # "slots" is a domain word here (托位); use Q_SIGNALS, Q_SLOTS, Q_EMIT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(MSVC)
    # Sources are UTF-8 with Chinese literals; MSVC would read them in the local code page.
    target_compile_options(tuoyu_options INTERFACE /W4 /utf-8 /permissive-)
else()
    target_compile_options(tuoyu_options INTERFACE -Wall -Wextra -Wpedantic)
endif()

# CI builds with warnings as errors (scripts/test.sh turns this on when CI=true), so a warning
# can never land; a developer's own build only shows them.
option(TUOYU_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
if(TUOYU_WARNINGS_AS_ERRORS)
    if(MSVC)
        target_compile_options(tuoyu_options INTERFACE /WX)
    else()
        target_compile_options(tuoyu_options INTERFACE -Werror)
    endif()
endif()
