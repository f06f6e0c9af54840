#pragma once

#include "document/fontchoice.h"
#include "platform/usersettings.h"
#include "shell/forms.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace tuoyu {

class Workspace;

/// 工具 → 设置…: the interface language, the open workspace's due-soon window, the report
/// fonts, where backups go and the as-of date new reports start from. The program's own
/// settings are stored with QSettings (usersettings, document::FontChoice; beside the program
/// when it runs portable); the due-soon window is the workspace's and changes through an
/// audited, undoable command.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `workspace` may be null: the due-soon window then cannot be set.
    explicit SettingsDialog(Workspace *workspace, QWidget *parent = nullptr);

    /// Stores what the dialog shows and makes it take effect (the fonts at once, the language
    /// at the next start). False with a message naming the setting when the workspace refused
    /// its change; the program's settings are stored all the same.
    bool apply(QString *error);
    /// True when the last apply changed the interface language (a restart is needed).
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    QWidget *buildFonts();
    QWidget *buildBackups();
    QWidget *buildAsOf();
    document::FontChoice fontChoice() const;

    Workspace *m_workspace = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_dueSoon = nullptr;
    QList<QComboBox *> m_fonts; ///< by document::FontRole
    QRadioButton *m_backupBeside = nullptr;
    QRadioButton *m_backupChosen = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    /// The as-of date new reports start from: its rule and fixed date.
    forms::FieldBinder<usersettings::ReportAsOf> m_asOf;
    bool m_languageChanged = false;
};

} // namespace tuoyu
