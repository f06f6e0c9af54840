#pragma once
// External programs some tests check our files with (poppler's pdftotext, LibreOffice,
// python3-openpyxl). On a developer's machine a missing tool skips that check with a warning;
// in CI (CI=true) it fails the test, so a missing install step can never turn a check into a pass.
#include <QString>

namespace tuoyu::test {

/// The full path of `program` on PATH, or empty. When empty, the running test case has been told:
/// a warning naming `package` outside CI, a failure inside it.
QString requireTool(const QString &program, const char *package);

/// Whether /usr/bin/python3 can import `module` (a Debian python3-* package); reported like
/// requireTool when it cannot.
bool requirePythonModule(const char *module, const char *package);

} // namespace tuoyu::test
