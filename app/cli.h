#pragma once

#include <QStringList>

namespace tuoyu::cli {

/// True when the arguments name a command-line verb (or --version/--help) rather than the GUI.
bool isCommandLine(const QStringList &arguments);

/// Runs one verb and returns the process exit code: 0 done, 1 wrong usage, 2 bad input or a
/// file that cannot be read. JSON goes to stdout as UTF-8; every failure is one line on stderr.
int run(const QStringList &arguments);

} // namespace tuoyu::cli
