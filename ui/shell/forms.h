#pragma once

#include <QDialog>
#include <QDialogButtonBox>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <type_traits>
#include <vector>

class QBoxLayout;
class QPrinter;
class QDate;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSplitter;
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
/// A splitter of `first` and `second`, sharing what it grows by `firstStretch`:`secondStretch`;
/// neither can be collapsed away (a pane dragged shut looks like a missing feature).
QSplitter *split(Qt::Orientation orientation, QWidget *first, QWidget *second, int firstStretch,
                 int secondStretch);

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
/// 导出…: asks where to save, offering `fileName` in the officer's Documents, and writes there
/// with `write`; the path written, empty when cancelled or refused (a message box says why).
QString saveFile(QWidget *parent, const QString &caption, const QString &fileName,
                 const QString &filter,
                 const std::function<bool(const QString &path, QString *error)> &write);
/// 打印…: the print preview, titled `title`, of what `paint` draws on an A4 printer at high
/// resolution; printed when the officer confirms.
void printPreview(QWidget *parent, const QString &title,
                  const std::function<void(QPrinter *)> &paint);

/// What `editor` holds: a line edit's or plain text's words (trimmed), a combo box's current
/// data, a check box's state, a spin box's value, a date edit's date.
QVariant editorValue(const QWidget *editor);
/// Shows `value` in `editor`, the inverse of editorValue (a combo box selects the item whose
/// data is `value`, else its first).
void setEditorValue(QWidget *editor, const QVariant &value);

/// A record's fields bound to the editors that show them. Each field is declared once, where
/// its editor is made: how the record shows in it and how it is read back. The dialog then
/// loads and reads the whole record in one call, with no member or load/read line per editor.
/// `Result` is what the form reads into when it is not the record it shows (an edit).
template <typename Record, typename Result = Record> class FieldBinder
{
public:
    /// Writes the editor's value into the result; returns the problem (naming the field and
    /// what was typed), empty when the value is taken.
    using Reader = std::function<QString(Result *)>;

    /// `editor` shows `from` and is read back into `to`, converted through editorValue(); an
    /// enumeration is its number there (a combo box's item data).
    template <typename E, typename V> E *bind(E *editor, V Record::*from, V Result::*to)
    {
        return bind(
            editor,
            [editor, from](const Record &r) {
                if constexpr (std::is_enum_v<V>)
                    setEditorValue(editor, int(r.*from));
                else
                    setEditorValue(editor, QVariant::fromValue(r.*from));
            },
            [editor, to](Result *out) {
                if constexpr (std::is_enum_v<V>)
                    out->*to = V(editorValue(editor).toInt());
                else
                    out->*to = editorValue(editor).template value<V>();
                return QString();
            });
    }
    /// `editor` shows and is read back into `field`.
    template <typename E, typename V>
    requires std::is_same_v<Record, Result> E *bind(E *editor, V Record::*field)
    {
        return bind(editor, field, field);
    }
    /// `editor` with its own conversion: `load` shows the record in it, `read` reads it back.
    template <typename E> E *bind(E *editor, std::function<void(const Record &)> load, Reader read)
    {
        m_editors.push_back(editor);
        m_load.push_back(std::move(load));
        m_read.push_back(std::move(read));
        return editor;
    }

    /// Shows `record` in every editor.
    void load(const Record &record) const
    {
        for (const auto &load : m_load)
            load(record);
    }
    /// Reads every editor into `out`, in the order they were bound; the first problem, empty
    /// when there is none.
    QString read(Result *out) const
    {
        for (const Reader &read : m_read)
            if (QString problem = read(out); !problem.isEmpty())
                return problem;
        return QString();
    }
    /// The editors in the order they were bound (the form's reading and tab order).
    const std::vector<QWidget *> &editors() const { return m_editors; }

private:
    std::vector<QWidget *> m_editors;
    std::vector<std::function<void(const Record &)>> m_load;
    std::vector<Reader> m_read;
};

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
