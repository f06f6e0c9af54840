#pragma once

#include "document/officialdocument.h"
#include "shell/page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTextEdit;

namespace tuoyu {

/// 汇报: drafts a report from the workspace (progress report, supervision notices, circular,
/// attachment tables), lets the officer edit its words, and prints, previews or saves it as PDF
/// or Word in the official document layout. Regenerating refreshes the numbers and keeps the
/// paragraphs the officer wrote or changed.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget *parent = nullptr);
    bool print() override;

    /// Builds (or rebuilds, keeping the officer's paragraphs) the chosen report.
    bool generate(QString *error);
    /// The report as it stands with the officer's edits.
    document::OfficialDocument currentDocument() const;
    bool save(const QString &path, QString *error) const;
    QTextEdit *editor() const { return m_editor; }
    void setKind(const QString &code);
    void setAsOf(const QDate &date);
    /// The kept report the editor shows (0 before the first generation).
    qint64 keptId() const { return m_keptId; }
    /// Opens a kept report again: rebuilt as of its date, with its words.
    bool reopen(qint64 keptId, QString *error);
    /// Saves the editor's words into the kept report now (also done a moment after typing).
    bool saveWords(QString *error);
    /// 红色督办 from this many days overdue: the workspace's setting, through an audited,
    /// undoable command (settingcommands), as the spin box sets it.
    bool setSeriousOverdueDays(int days, QString *error);

private:
    void contextChanged(Workspace *previous) override;
    void fillDepartments();
    void fillKept();
    void reload() override; ///< the settings shown beside the report (a draft is regenerated)

    QComboBox *m_kind = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_kept = nullptr;
    QLabel *m_dueSoonLabel = nullptr;
    QSpinBox *m_seriousDays = nullptr;
    class QTimer *m_saveTimer = nullptr;
    qint64 m_keptId = 0;
    bool m_loading = false;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_status = nullptr;
    QTextEdit *m_editor = nullptr;
    document::OfficialDocument m_document;
    bool m_hasDocument = false;
};

} // namespace tuoyu
