#include "forms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tuoyu::forms {

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = named(new QLineEdit, objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLineEdit *searchBox(const QString &objectName, const QString &placeholder)
{
    QLineEdit *search = lineEdit(objectName, placeholder);
    search->setClearButtonEnabled(true);
    return search;
}

QDateEdit *dateEdit(const QDate &date)
{
    auto *edit = new QDateEdit(date);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QPushButton *addButton(QBoxLayout *row, const QString &text, const QString &objectName)
{
    auto *button = named(new QPushButton(text), objectName);
    row->addWidget(button);
    return button;
}

void addLabelled(QBoxLayout *row, const QString &label, QWidget *widget)
{
    row->addWidget(new QLabel(label));
    row->addWidget(widget);
}

QSplitter *split(Qt::Orientation orientation, QWidget *first, QWidget *second, int firstStretch,
                 int secondStretch)
{
    auto *splitter = new QSplitter(orientation);
    splitter->addWidget(first);
    splitter->addWidget(second);
    splitter->setStretchFactor(0, firstStretch);
    splitter->setStretchFactor(1, secondStretch);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QTableWidget *listTable(const QString &objectName, const QStringList &headers, int stretchColumn)
{
    auto *table = named(new QTableWidget(0, int(headers.size())), objectName);
    table->setHorizontalHeaderLabels(headers);
    if (stretchColumn < 0)
        table->horizontalHeader()->setStretchLastSection(true);
    else
        table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    return table;
}

QDialogButtonBox *acceptCancel(QDialog *dialog, const QString &acceptText,
                               QDialogButtonBox::StandardButton accept)
{
    auto *buttons = new QDialogButtonBox(accept | QDialogButtonBox::Cancel);
    buttons->button(accept)->setText(acceptText);
    buttons->button(QDialogButtonBox::Cancel)
        ->setText(QCoreApplication::translate("tuoyu::Forms", "取消"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void layOut(QDialog *dialog, QLayout *content, QDialogButtonBox *buttons, QWidget *note)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(content);
    if (note)
        layout->addWidget(note);
    layout->addWidget(buttons);
}

int chooseIndex(QWidget *parent, const QString &title, const QString &label,
                const QStringList &labels)
{
    bool ok = false;
    const QString choice = QInputDialog::getItem(parent, title, label, labels, 0, false, &ok);
    return ok ? int(labels.indexOf(choice)) : -1;
}

QString openFile(QWidget *parent, const QString &caption, const QString &filter)
{
    return QFileDialog::getOpenFileName(
        parent, caption, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        filter);
}

QString saveFile(QWidget *parent, const QString &caption, const QString &fileName,
                 const QString &filter,
                 const std::function<bool(const QString &path, QString *error)> &write)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, caption,
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
            fileName,
        filter);
    if (path.isEmpty())
        return path;
    QString error;
    if (write(path, &error))
        return path;
    QMessageBox::warning(parent, QCoreApplication::translate("tuoyu::Forms", "无法导出"), error);
    return QString();
}

void printPreview(QWidget *parent, const QString &title,
                  const std::function<void(QPrinter *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, paint);
    preview.exec();
}

QVariant editorValue(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text().trimmed();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return text->toPlainText().trimmed();
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentData();
    if (const auto *check = qobject_cast<const QCheckBox *>(editor))
        return check->isChecked();
    if (const auto *spin = qobject_cast<const QSpinBox *>(editor))
        return spin->value();
    if (const auto *date = qobject_cast<const QDateEdit *>(editor))
        return date->date();
    Q_ASSERT_X(false, "editorValue", "an editor of a kind the binder does not know");
    return QVariant();
}

void setEditorValue(QWidget *editor, const QVariant &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value.toString());
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setPlainText(value.toString());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        check->setChecked(value.toBool());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        date->setDate(value.toDate());
    else
        Q_ASSERT_X(false, "setEditorValue", "an editor of a kind the binder does not know");
}

FormDialog::FormDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
{
    setWindowTitle(title);
    layOut(this, m_form, acceptCancel(this, QCoreApplication::translate("tuoyu::Forms", "确定")));
}

void FormDialog::addRow(const QString &label, QWidget *widget)
{
    m_form->addRow(label, widget);
}

bool FormDialog::runUntilDone(const std::function<bool(QString *)> &apply)
{
    while (exec() == QDialog::Accepted) {
        QString error;
        if (apply(&error))
            return true;
        QMessageBox::warning(this, QCoreApplication::translate("tuoyu::Forms", "无法保存"), error);
    }
    return false;
}

} // namespace tuoyu::forms
