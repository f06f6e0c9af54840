// The list of import kinds. A new kind is one file defining its ImportKind and one line here.

#include "importkind.h"

namespace tuoyu {

const ImportKind &institutionImport();
const ImportKind &enrolmentImport();
const ImportKind &decompositionImport();
const ImportKind &taskTableImport();
const ImportKind &feedbackReplyImport();
const ImportKind &staffImport();
const ImportKind &inspectionImport();

QList<mapping::FieldInfo> ImportKind::previewColumns(const mapping::ColumnMapping &mapping) const
{
    QList<mapping::FieldInfo> columns;
    for (const mapping::FieldInfo &f : fields()) {
        if (mapping.columnOf(f.key) < 0)
            continue;
        columns.append(f);
        if (f.type == mapping::FieldType::Kind)
            columns.last().key = QStringLiteral("kind_text");
    }
    return columns;
}

const QList<const ImportKind *> &importKinds()
{
    static const QList<const ImportKind *> kinds{
        &institutionImport(),   &enrolmentImport(), &decompositionImport(), &taskTableImport(),
        &feedbackReplyImport(), &staffImport(),     &inspectionImport(),
    };
    return kinds;
}

const ImportKind *importKind(mapping::TableKind kind)
{
    for (const ImportKind *k : importKinds())
        if (k->kind() == kind)
            return k;
    return nullptr;
}

} // namespace tuoyu
