#pragma once

#include "domain/district.h"
#include "domain/institution.h"
#include "shell/forms.h"

#include <QDialog>

class QLabel;

namespace tuoyu {

/// The edit form for one institution. It only collects and checks what was typed; the page
/// turns the result into a command. Problems are shown in the form and keep it open; a
/// number of children above the slots is only a warning the officer may accept.
class InstitutionDialog : public QDialog
{
    Q_OBJECT

public:
    InstitutionDialog(const QList<Area> &areas, QWidget *parent = nullptr);

    void setInstitution(const Institution &institution);
    /// What the form holds; valid only after accept().
    Institution institution() const { return m_result; }
    /// The problem the last accept() found, empty when none.
    QString problem() const;

    void accept() override;

private:
    /// Reads the form; returns the first problem in Chinese, empty when valid.
    QString read(Institution *out) const;

    Institution m_original;
    Institution m_result;
    /// Every editor of the form, each bound to its field of the institution.
    forms::FieldBinder<Institution> m_fields;
    QLabel *m_problem = nullptr;
};

} // namespace tuoyu
