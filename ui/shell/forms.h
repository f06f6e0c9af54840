#pragma once

#include <QDialog>
#include <QDialogButtonBox>
#include <QString>
#include <QStringList>

#include <functional>

class QBoxLayout;
class QDate;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tuoyu {

/// What the pages and dialogs share to build their widgets, so that a dialog's buttons, a date
/// box or a read-only listing look and behave the same everywhere.
namespace forms {

/// `widget`, named `objectName` (tests and the tab order find it by this name).
template <typename W> W *named(W *widget, const QString &objectName)
{
    widget->setObjectName(objectName);
    return widget;
}
/// A line edit named `objectName`, showing `placeholder` while it is empty.
QLineEdit *lineEdit(const QString &objectName, const QString &placeholder = QString());
/// A page's search box (Ctrl+F): a line edit with a clear button.
QLineEdit *searchBox(const QString &objectName, const QString &placeholder);
/// A date with a calendar popup, shown as yyyy-MM-dd.
QDateEdit *dateEdit(const QDate &date);
/// A push button named `objectName`, appended to a toolbar row.
QPushButton *addButton(QBoxLayout *row, const QString &text, const QString &objectName);
/// Appends a label and the widget it names to a row of a toolbar or form.
void addLabelled(QBoxLayout *row, const QString &label, QWidget *widget);
/// A read-only listing named `objectName`: the headers, column `stretchColumn` taking the
/// width left (-1: the last), whole-row selection, no row numbers.
QTableWidget *listTable(const QString &objectName, const QStringList &headers,
                        int stretchColumn = -1);

/// `accept` (its text `acceptText`) and 取消, wired to the dialog's accept() and reject().
/// The labels are set here because Qt's own translations are not loaded.
QDialogButtonBox *acceptCancel(QDialog *dialog, const QString &acceptText,
                               QDialogButtonBox::StandardButton accept = QDialogButtonBox::Ok);
/// Lays a form dialog out: `content` on top, then `note` (when given), then `buttons`.
void layOut(QDialog *dialog, QLayout *content, QDialogButtonBox *buttons, QWidget *note = nullptr);

/// Asks the officer to pick one of `labels`; its index, or -1 when cancelled.
int chooseIndex(QWidget *parent, const QString &title, const QString &label,
                const QStringList &labels);
/// Asks for a file to open, starting in the officer's Documents; empty when cancelled.
QString openFile(QWidget *parent, const QString &caption, const QString &filter);

/// A dialog of labelled rows above 确定/取消 that collects what one command needs.
class FormDialog : public QDialog
{
public:
    FormDialog(const QString &title, QWidget *parent);
    QFormLayout *form() const { return m_form; }
    /// Adds a row `label` holding `widget`, named `objectName`.
    template <typename W> W *add(const QString &label, W *widget, const QString &objectName)
    {
        addRow(label, named(widget, objectName));
        return widget;
    }
    /// Runs until the values make a command that succeeds (true) or the officer cancels
    /// (false); the core's message is shown on each refusal and the dialog stays open with
    /// what was typed.
    bool runUntilDone(const std::function<bool(QString *)> &apply);

private:
    void addRow(const QString &label, QWidget *widget);

    QFormLayout *m_form;
};

} // namespace forms
} // namespace tuoyu
