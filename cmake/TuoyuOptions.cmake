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
