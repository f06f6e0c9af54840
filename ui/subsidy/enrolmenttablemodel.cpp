#include "enrolmenttablemodel.h"

#include "commands/subsidycommands.h"
#include "domain/institutionkind.h"
#include "session/workspace.h"
#include "shell/corewords.h"
#include "subsidy/subsidyengine.h"

#include <QCoreApplication>

namespace tuoyu {

namespace {

/// The enrolment_record field and heading of each count column (class bands, then the
/// categories 002 and 003 pay for), in Column order after the institution.
struct CountColumn
{
    const char *key;
    const char *label;
};
constexpr CountColumn kCountColumns[] = {
    {"infant", QT_TRANSLATE_NOOP("tuoyu::EnrolmentTableModel", "乳儿班")},
    {"toddler", QT_TRANSLATE_NOOP("tuoyu::EnrolmentTableModel", "托小班")},
    {"older", QT_TRANSLATE_NOOP("tuoyu::EnrolmentTableModel", "托大班")},
    {"second_child", QT_TRANSLATE_NOOP("tuoyu::EnrolmentTableModel", "其中二孩")},
    {"third_child", QT_TRANSLATE_NOOP("tuoyu::EnrolmentTableModel", "其中三孩")},
    {"three_child_family", QT_TRANSLATE_NOOP("tuoyu::EnrolmentTableModel", "三孩家庭")},
    {"special_family", QT_TRANSLATE_NOOP("tuoyu::EnrolmentTableModel", "计生特殊家庭")},
    {"disabled", QT_TRANSLATE_NOOP("tuoyu::EnrolmentTableModel", "残疾婴幼儿")},
};
static_assert(std::size(kCountColumns) == EnrolmentTableModel::ColumnCount - 1);

const CountColumn *countColumn(int column)
{
    return column >= 1 && column < EnrolmentTableModel::ColumnCount ? &kCountColumns[column - 1]
                                                                    : nullptr;
}

} // namespace

void EnrolmentTableModel::reload(Workspace *workspace, qint64 planId, int year,
                                 const QString &month)
{
    m_workspace = workspace;
    m_month = month;
    QList<Institution> institutions;
    QHash<qint64, QHash<QString, qint64>> counts;
    if (workspace) {
        const SubsidyEngine::Inputs in = SubsidyEngine::load(workspace, planId, year);
        institutions = in.institutions;
        for (const EnrolmentRecord &e : in.enrolment)
            if (e.month == month)
                counts.insert(e.institutionId, e.counts);
    }
    replaceRows(sameIds(institutions, m_records), [&] {
        m_records = institutions;
        m_counts = counts;
    });
}

QVariant EnrolmentTableModel::cell(const Institution &i, const QModelIndex &index, int role) const
{
    if (index.column() == InstitutionColumn) {
        if (role == Qt::DisplayRole)
            return i.name;
        if (role == Qt::ToolTipRole)
            return tr("%1，托位 %2%3")
                .arg(shownWords(kindLabel(i.kind)))
                .arg(i.slots)
                .arg(i.puhui ? tr("，普惠") : QString());
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const CountColumn *c = countColumn(index.column());
    const auto record = m_counts.constFind(i.id);
    const QString key = QLatin1String(c->key);
    return record != m_counts.cend() && record->contains(key) ? QString::number(record->value(key))
                                                              : QString();
}

QVariant EnrolmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == InstitutionColumn)
        return tr("机构");
    const CountColumn *c = countColumn(section);
    return c ? QVariant(tr(c->label)) : QVariant();
}

Qt::ItemFlags EnrolmentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == InstitutionColumn ? f : f | Qt::ItemIsEditable;
}

bool EnrolmentTableModel::setCell(int row, int column, const QVariant &value, QString *error)
{
    const QString text = value.toString();
    const CountColumn *c = countColumn(column);
    if (!m_workspace || row < 0 || row >= m_records.size() || !c) {
        *error = tr("没有这一格");
        return false;
    }
    const Institution &institution = m_records.at(row);
    if (text.trimmed() == data(index(row, column), Qt::EditRole).toString())
        return true; // left as it was: no command
    bool ok = false;
    const qint64 count = text.trimmed().toLongLong(&ok);
    if (!ok || count < 0) {
        *error = tr("“%1”%2 %3：请填写 0 或正整数（填的是“%4”）")
                     .arg(institution.name, m_month, tr(c->label), text);
        return false;
    }
    auto command = subsidycommands::setEnrolment(m_workspace, institution.id, m_month,
                                                 {{QLatin1String(c->key), count}}, error);
    return command && m_workspace->execute(std::move(command), error);
}

} // namespace tuoyu
