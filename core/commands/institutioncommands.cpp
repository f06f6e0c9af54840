#include "institutioncommands.h"

#include "domain/money.h"
#include "domain/valuerange.h"
#include "evidencecommands.h"
#include "oversightcommands.h"
#include "rowchanges.h"
#include "rowreader.h"
#include "session/workspace.h"
#include "storage/institutionrepository.h"

#include <QDate>

namespace tuoyu::institutioncommands {

namespace {

const QString kTable = QStringLiteral("institution");

/// The numeric columns a form edits, with the range each accepts (domain/valuerange.h).
const ValueRange *rangeOf(const QString &column)
{
    static const QHash<QString, ValueRange> numbers = {
        {QStringLiteral("slots"), ranges::slots},
        {QStringLiteral("puhui_slots"), ranges::slots},
        {QStringLiteral("slots_infant"), ranges::slots},
        {QStringLiteral("slots_toddler"), ranges::slots},
        {QStringLiteral("slots_older"), ranges::slots},
        {QStringLiteral("enrolled"), ranges::children},
        {QStringLiteral("staff"), ranges::staff},
        {QStringLiteral("certified_staff"), ranges::staff},
        {QStringLiteral("monthly_price_fen"), ranges::monthlyFeeFen}};
    const auto it = numbers.constFind(column);
    return it == numbers.cend() ? nullptr : &*it;
}

QString fieldLabel(const QString &column)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("name"), QStringLiteral("机构名称")},
        {QStringLiteral("slots"), QStringLiteral("托位数")},
        {QStringLiteral("puhui_slots"), QStringLiteral("普惠托位")},
        {QStringLiteral("slots_infant"), QStringLiteral("乳儿班托位")},
        {QStringLiteral("slots_toddler"), QStringLiteral("托小班托位")},
        {QStringLiteral("slots_older"), QStringLiteral("托大班托位")},
        {QStringLiteral("enrolled"), QStringLiteral("在托人数")},
        {QStringLiteral("staff"), QStringLiteral("从业人员")},
        {QStringLiteral("certified_staff"), QStringLiteral("持证人员")},
        {QStringLiteral("monthly_price_fen"), QStringLiteral("月收费")},
        {QStringLiteral("filed_date"), QStringLiteral("备案日期")},
        {QStringLiteral("opened_date"), QStringLiteral("开办日期")},
    };
    return labels.value(column, column);
}

} // namespace

QString validate(const QVariantMap &row)
{
    if (row.contains(QStringLiteral("name")) &&
        row.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return QStringLiteral("机构名称不能为空");
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const ValueRange *range = rangeOf(it.key());
        if (range && !it.value().isNull()) {
            bool ok = false;
            const qint64 n = it.value().toLongLong(&ok);
            if (!ok || n < 0)
                return QStringLiteral("%1不能为负数或非数字（%2）")
                    .arg(fieldLabel(it.key()), it.value().toString());
            if (!range->contains(n)) {
                // Money is shown in yuan, as the form asks for it.
                if (it.key() == QLatin1String("monthly_price_fen"))
                    return ranges::monthlyFeeYuan.refusal(fieldLabel(it.key()),
                                                          Fen(n).yuanDecimal());
                return range->refusal(fieldLabel(it.key()), QString::number(n));
            }
        }
        if ((it.key() == QLatin1String("filed_date") || it.key() == QLatin1String("opened_date")) &&
            !it.value().isNull() && it.value().toString().size() > 0 &&
            !QDate::fromString(it.value().toString(), Qt::ISODate).isValid() &&
            !it.value().toDate().isValid())
            return QStringLiteral("%1不是有效日期（%2）")
                .arg(fieldLabel(it.key()), it.value().toString());
    }
    // The puhui slots and the three classes are parts of the slots, and the certified staff
    // part of the staff: no part may be more than its whole.
    qint64 bandSum = 0;
    bool anyBand = false;
    for (const char *band : {"slots_infant", "slots_toddler", "slots_older"}) {
        const QVariant v = row.value(QLatin1String(band));
        if (!v.isNull()) {
            anyBand = true;
            bandSum += v.toLongLong();
        }
    }
    const QVariant slots = row.value(QStringLiteral("slots"));
    const struct
    {
        QVariant part;
        QVariant whole;
        const char *refusal;
    } parts[] = {
        {row.value(QStringLiteral("puhui_slots")), slots, "普惠托位（%1）不能多于托位数（%2）"},
        {anyBand ? QVariant(bandSum) : QVariant(), slots,
         "乳儿班、托小班、托大班托位合计（%1）不能多于托位数（%2）"},
        {row.value(QStringLiteral("certified_staff")), row.value(QStringLiteral("staff")),
         "持证人员（%1）不能多于从业人员（%2）"},
    };
    for (const auto &p : parts)
        if (!p.part.isNull() && !p.whole.isNull() && p.part.toLongLong() > p.whole.toLongLong())
            return QString::fromUtf8(p.refusal).arg(p.part.toLongLong()).arg(p.whole.toLongLong());
    return QString();
}

std::unique_ptr<WorkspaceCommand> add(Workspace *workspace, const Institution &institution,
                                      QString *error)
{
    const QVariantMap row = InstitutionRepository::toRow(institution);
    if (const QString problem = validate(row); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    const qint64 id = workspace->allocateId(kTable);
    return std::make_unique<WorkspaceCommand>(workspace,
                                              QStringLiteral("新增机构“%1”").arg(institution.name),
                                              QList<RowChange>{RowChange::insert(kTable, id, row)});
}

std::unique_ptr<WorkspaceCommand> edit(Workspace *workspace, qint64 id, const QVariantMap &changes,
                                       QString *error)
{
    const QVariantMap current = rowreader::row(workspace->db(), kTable, id);
    if (current.isEmpty()) {
        *error = QStringLiteral("找不到机构 #%1").arg(id);
        return nullptr;
    }
    QVariantMap merged = current;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!current.contains(it.key()) || it.key() == QLatin1String("id")) {
            *error = QStringLiteral("机构没有字段 %1").arg(it.key());
            return nullptr;
        }
        merged.insert(it.key(), it.value());
    }
    if (const QString problem = validate(merged); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    // Unchanged values are not written or audited.
    const std::optional<RowChange> update = rowchanges::update(kTable, current, changes);
    if (!update) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    const QString name = current.value(QStringLiteral("name")).toString();
    QString text =
        update->after.size() == 1
            ? QStringLiteral("修改“%1”的%2").arg(name, fieldLabel(update->after.firstKey()))
            : QStringLiteral("修改“%1”").arg(name);
    return std::make_unique<WorkspaceCommand>(workspace, text, QList<RowChange>{*update});
}

std::unique_ptr<WorkspaceCommand> remove(Workspace *workspace, qint64 id, QString *error)
{
    QSqlDatabase &db = workspace->db();
    const QVariantMap current = rowreader::row(db, kTable, id);
    if (current.isEmpty()) {
        *error = QStringLiteral("找不到机构 #%1").arg(id);
        return nullptr;
    }
    // Children first: the foreign keys would cascade anyway, but undo must know what to restore.
    QList<RowChange> changes;
    for (const QVariantMap &r : rowreader::rowsWhere(db, QStringLiteral("enrolment_record"),
                                                     QStringLiteral("institution_id"), id))
        changes.append(RowChange::remove(QStringLiteral("enrolment_record"),
                                         r.value(QStringLiteral("id")).toLongLong(), r));
    // Its 从业人员 and 监督检查, and the inspections' 佐证材料.
    changes += oversightcommands::institutionRemovals(workspace, id);
    // Its 奖补 claims with their evidence; its ledger lines keep the name and lose the link
    // (the foreign key's SET NULL, written here so that undo links them again).
    const QList<RowChange> claims = rowchanges::removeWhere(db, QStringLiteral("subsidy_claim"),
                                                            QStringLiteral("institution_id"), id);
    changes += claims;
    changes += evidencecommands::followingRemovals(workspace, claims);
    for (const QVariantMap &line : rowreader::rowsWhere(db, QStringLiteral("ledger_line"),
                                                        QStringLiteral("institution_id"), id))
        changes.append(rowchanges::set(QStringLiteral("ledger_line"), line,
                                       {{QStringLiteral("institution_id"), QVariant()}}));
    changes.append(RowChange::remove(kTable, id, current));
    return std::make_unique<WorkspaceCommand>(
        workspace,
        QStringLiteral("删除机构“%1”").arg(current.value(QStringLiteral("name")).toString()),
        changes);
}

} // namespace tuoyu::institutioncommands
