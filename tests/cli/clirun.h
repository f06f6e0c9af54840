#pragma once

// Running the real tuoyu-desk binary as scripts do: its stdout, its one stderr line, its exit code.

#include <QJsonDocument>
#include <QProcess>
#include <QString>

#include <catch2/catch.hpp>

namespace tuoyu::test {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline Run run(const QStringList &args, const QList<QPair<QString, QString>> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the command line needs no display
    for (const auto &[name, value] : extraEnv)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TUOYU_DESK_BINARY), args);
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// A failure is exactly one line on stderr, naming the program.
inline void oneLine(const Run &r)
{
    INFO(r.err.toStdString());
    CHECK(r.err.startsWith(QStringLiteral("tuoyu-desk: ")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
}

} // namespace tuoyu::test
