#pragma once

#include "planreader/planreading.h"

#include <QString>
#include <QStringList>

namespace tuoyu {

/// The officer's corrections of a PlanReading before it is accepted (the review window): each
/// keeps the draft and the reading beside it parallel, and marks what it touched as read from
/// the officer (ReadConfidence::Labelled). A path names a program, a project in it or a task in
/// that (-1 for the levels below the one named). Each returns false (and *error, in words the
/// officer reads) and changes nothing when the path or the value is wrong.
namespace planreadingedits {

struct ItemPath
{
    int program = -1;
    int project = -1;
    int task = -1;
    bool isProgram() const { return program >= 0 && project < 0; }
    bool isProject() const { return project >= 0 && task < 0; }
    bool isTask() const { return task >= 0; }
    bool operator==(const ItemPath &) const = default;
};

/// A program's or project's title, or a task's text.
bool setText(PlanReading &r, const ItemPath &path, const QString &text, QString *error);
/// A task's deadline words (2025年6月底前, 长期坚持; empty: the plan's end), resolved again.
bool setDeadline(PlanReading &r, const ItemPath &path, const QString &words, QString *error);
/// A task's units, lead first, from words joined by 、，, or ;.
bool setDepartments(PlanReading &r, const ItemPath &path, const QString &units, QString *error);
/// Drops a program, project or task with everything under it.
bool remove(PlanReading &r, const ItemPath &path, QString *error);

/// One level up: a task becomes a project (after its own, the task its one task); a project
/// becomes a program (after its own, taking the projects that follow it). The new item's path.
std::optional<ItemPath> promote(PlanReading &r, const ItemPath &path, QString *error);
/// One level down: a program becomes a project at the end of the program before it (its
/// projects' tasks its tasks); a project becomes tasks of the project before it (its tasks, or
/// its title when it has none). The path of the item it became part of.
std::optional<ItemPath> demote(PlanReading &r, const ItemPath &path, QString *error);

/// An indicator's final target: comparison (">=" / "<=", 不低于 / 不高于, ≥ / ≤ also) and value.
bool setIndicatorTarget(PlanReading &r, int indicator, const QString &comparison, double value,
                        QString *error);
bool removeIndicator(PlanReading &r, int indicator, QString *error);
/// A subsidy amount as printed (3000元, 1.2万元).
bool setSubsidyAmount(PlanReading &r, int rule, const QString &amount, QString *error);
bool removeSubsidyRule(PlanReading &r, int rule, QString *error);

/// The items the reader guessed (a task's text, lead or deadline, a project without a label),
/// in the order the plan lists them: what the review window walks with F8.
QList<ItemPath> guessedItems(const PlanReading &r);

} // namespace planreadingedits
} // namespace tuoyu
