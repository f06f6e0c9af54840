# What a Windows package needs for a workspace on a city's PostgreSQL server (docs/server.md):
# Qt's PostgreSQL driver, which windeployqt deploys as sqldrivers/qsqlpsql.dll, and the libpq.dll
# it loads, which windeployqt does not deploy (nor libpq's own DLLs: OpenSSL's libssl and
# libcrypto, lz4 and zlib as vcpkg's libpq port builds it by default, libintl and iconv with its
# nls feature). Included by the Windows install code (packaging/CMakeLists.txt); pure CMake, so
# tests/packaging/test_windows.cpp runs it on Linux against a made-up install tree.

set(TUOYU_SERVER_DLLS qsqlpsql.dll libpq.dll)

# The files named `name` anywhere under `prefix` (the deploy script puts plugins under plugins/
# or bin/ depending on the Qt version).
function(tuoyu_deployed prefix name out)
    file(GLOB_RECURSE _found "${prefix}/*${name}")
    string(REPLACE "." "\\." _name "${name}")
    list(FILTER _found INCLUDE REGEX "/${_name}$")
    set(${out} "${_found}" PARENT_SCOPE)
endfunction()

# Fails the install when one of TUOYU_SERVER_DLLS is not under `prefix`: better no installer
# than one that cannot connect to a server.
function(tuoyu_require_server_dlls prefix)
    foreach(_dll IN LISTS TUOYU_SERVER_DLLS)
        tuoyu_deployed("${prefix}" ${_dll} _found)
        if(NOT _found)
            message(FATAL_ERROR "${_dll} is not in the package, so it cannot connect to a "
                                "PostgreSQL server (vcpkg.json: qtbase[sql-psql]; libpq)")
        endif()
    endforeach()
endfunction()
