#pragma once

#include "planreader/plandocument.h"
#include "planreader/planreading.h"

#include <QString>

namespace tuoyu::test {

/// Writes a PlanDocument's paragraphs and tables as a minimal Word document. With
/// `wordNumbering`, the typed numbers 一、 / （一） / 1. / （1） are taken off the text and
/// given to Word's list numbering instead (numbering.xml), as officers' own files often have them.
bool writePlanDocx(const PlanDocument &document, const QString &path, bool wordNumbering,
                   QString *error);

/// The plan reader's reading of a file (a seed, a test document); fails the test when the file
/// cannot be opened.
PlanReading readPlanFile(const QString &path);

} // namespace tuoyu::test
