#pragma once

#include "plandraft.h"

#include <QList>
#include <QString>

#include <optional>

namespace tuoyu {

/// The plan templates shipped inside the application (resources/templates/<id>.json, one per
/// source document, plus `blank`). The data format is described in docs/templates.md.
class TemplateLibrary
{
public:
    struct Entry
    {
        QString id;
        QString title;
    };

    /// Template ids and titles, in a fixed order: blank first, then the seeds by number.
    static QList<Entry> entries();
    static bool exists(const QString &id);
    /// Reads a template into a draft; nullopt with a message for an unknown id or bad data.
    static std::optional<PlanDraft> load(const QString &id, QString *error);
    /// Parses template JSON (exposed for tests of the format itself).
    static std::optional<PlanDraft> parse(const QByteArray &json, QString *error);
    /// Reads a template file in the shipped templates' format (a colleague's plan, a saved
    /// template); the message names the file.
    static std::optional<PlanDraft> loadFile(const QString &path, QString *error);
};

} // namespace tuoyu
