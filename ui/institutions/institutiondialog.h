#pragma once

#include "domain/district.h"
#include "domain/institution.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

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
    QLineEdit *m_name = nullptr;
    QLineEdit *m_creditCode = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_slots = nullptr;
    QCheckBox *m_puhui = nullptr;
    QLineEdit *m_puhuiSlots = nullptr;
    QLineEdit *m_slotsInfant = nullptr;
    QLineEdit *m_slotsToddler = nullptr;
    QLineEdit *m_slotsOlder = nullptr;
    QLineEdit *m_enrolled = nullptr;
    QLineEdit *m_staff = nullptr;
    QLineEdit *m_certifiedStaff = nullptr;
    QLineEdit *m_monthlyPrice = nullptr; ///< in yuan; stored in fen
    QLineEdit *m_chain = nullptr;
    QCheckBox *m_filed = nullptr;
    QLineEdit *m_filedDate = nullptr;
    QLineEdit *m_openedDate = nullptr;
    QLineEdit *m_grade = nullptr;
    QLineEdit *m_medicalPartner = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace tuoyu
