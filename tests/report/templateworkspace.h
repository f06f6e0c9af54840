#pragma once
// A workspace file made from a shipped template, for the report and ledger tests: the plan the
// template brings and, for tunliu, optionally the demo's progress, registry and 奖补 cycle.

#include "commands/demoworkspace.h"
#include "commands/plancommands.h"
#include "session/workspace.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"
#include "testworkspace.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace tuoyu::test {

struct TemplateWorkspace
{
    QTemporaryDir dir;
    /// A database on the test server when there is one (pg.report; tests/core/testworkspace.h).
    QString serverDatabase;
    /// The workspace file (or address), so that a test can also give it to the command line.
    QString file;
    std::unique_ptr<Workspace> ws;
    /// The plan the template made.
    qint64 plan = 0;

    explicit TemplateWorkspace(const QString &templateId, bool demo = false)
    {
        QString error;
        const auto draft = TemplateLibrary::load(templateId, &error);
        INFO(error.toStdString());
        REQUIRE(draft);
        // On the server the district is the address's and the plan leaves its name as it is:
        // named as the template names it, the workspace prints what the file prints.
        file = testServer().isEmpty() ? dir.filePath(QStringLiteral("template.tuoyu"))
                                      : newServerDatabase(&serverDatabase, draft->districtName);
        ws = Workspace::create(file, &error);
        INFO(error.toStdString());
        REQUIRE(ws);
        REQUIRE(ws->execute(plancommands::create(ws.get(), *draft, &error), &error));
        plan = PlanRepository(ws.get()).plans().first().id;
        if (demo)
            REQUIRE(demoworkspace::fill(ws.get(), plan, &error));
    }
    ~TemplateWorkspace()
    {
        ws.reset();
        if (!serverDatabase.isEmpty())
            dropServerDatabase(serverDatabase);
    }
    TemplateWorkspace(const TemplateWorkspace &) = delete;
    TemplateWorkspace &operator=(const TemplateWorkspace &) = delete;
};

} // namespace tuoyu::test
