#pragma once

#include "officialdocument.h"

#include <QString>

class QPagedPaintDevice;

namespace tuoyu::document {

/// Paints `doc` on a paged device in GB/T 9704-2012 layout (see pagesetup.h): a QPdfWriter, or
/// the QPrinter the UI gets from a print dialog or QPrintPreviewDialog::paintRequested. The
/// renderer sets the device's page layout itself (A4, portrait or landscape per page) and begins
/// and ends its own QPainter, so the device must not be painting already.
/// Returns the number of pages painted, 0 when the painter could not begin.
int render(const OfficialDocument &doc, QPagedPaintDevice *device);

/// Writes `doc` as a PDF with the fonts embedded. The file appears complete or not at all
/// (written to a temporary file, renamed on success). On failure returns false and sets *error.
bool writePdf(const OfficialDocument &doc, const QString &path, QString *error = nullptr);

} // namespace tuoyu::document
