#pragma once

#include <QAbstractTableModel>

#include <algorithm>
#include <functional>

namespace tuoyu {

/// A table whose typed cells are commands: setData hands the value to setCell, which builds the
/// command and executes it on the workspace (so it is audited and undone with 编辑 → 撤销). A
/// refusal leaves the file as it was, shows the stored value again and is reported through
/// editRefused for the page to show.
class CommandTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CommandTableModel(int columnCount, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
    {
    }

    /// One cell as typed (or a check box as clicked); false with a Chinese `error` naming the
    /// record and the field when refused. Typing what is already there changes nothing.
    virtual bool setCell(int row, int column, const QVariant &value, QString *error) = 0;

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRefused(const QString &message);

protected:
    /// The column whose check box is an edit (Qt::CheckStateRole), -1 for none.
    virtual int checkColumn() const { return -1; }
    /// Rows read again: when `same` (the same records in the same order) only the cells
    /// change, so the current cell and the selection stay where the officer left them;
    /// otherwise the model is reset. `replace` swaps the rows in between.
    void replaceRows(bool same, const std::function<void()> &replace);
    /// The same records (by id) in the same order.
    template <typename Row> static bool sameIds(const QList<Row> &a, const QList<Row> &b)
    {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                          [](const Row &x, const Row &y) { return x.id == y.id; });
    }

private:
    int m_columnCount;
};

} // namespace tuoyu
