#include "fields.h"

#include "import/importkind.h"

namespace tuoyu::mapping {

bool headerHas(QStringView s, const char16_t *word)
{
    return s.contains(QStringView(word));
}

bool headerHasAny(QStringView s, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (s.contains(QStringView(w)))
            return true;
    return false;
}

const QList<FieldInfo> &fieldsFor(TableKind kind)
{
    static const QList<FieldInfo> none;
    const ImportKind *k = importKind(kind);
    return k ? k->fields() : none;
}

const FieldInfo *fieldInfo(TableKind kind, const QString &key)
{
    for (const auto &f : fieldsFor(kind))
        if (f.key == key)
            return &f;
    return nullptr;
}

bool isRowNumberHeader(QStringView s)
{
    return s == u"序号" || s == u"编号" || s == u"序" || s == u"no" || s == u"no." || s == u"#" ||
           s == u"行号";
}

QString matchHeader(TableKind kind, QStringView s)
{
    if (s.isEmpty())
        return {};
    const ImportKind *k = importKind(kind);
    return k ? k->matchHeader(s) : QString();
}

} // namespace tuoyu::mapping
