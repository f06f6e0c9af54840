#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>
#include <QVariantMap>

#include <utility>

namespace tuoyu::mapping {

/// The values of one mapped record, by canonical key (fields.h). A record holds about ten
/// values, and an import holds 100,000 records: a flat list is one allocation per record where
/// a QVariantMap is one per value, and looking a key up among ten is as fast as in a tree.
class FieldValues
{
public:
    struct Entry
    {
        QString key;
        QVariant value;
    };
    using const_iterator = QList<Entry>::const_iterator;

    void reserve(qsizetype n) { m_entries.reserve(n); }

    /// The value for `key`, or an invalid QVariant when the record has none.
    QVariant value(QStringView key) const
    {
        const Entry *e = find(key);
        return e ? e->value : QVariant();
    }
    bool contains(QStringView key) const { return find(key) != nullptr; }

    /// Sets `key`, replacing a value it already has.
    void insert(const QString &key, QVariant value)
    {
        if (Entry *e = const_cast<Entry *>(find(key)))
            e->value = std::move(value);
        else
            m_entries.append({key, std::move(value)});
    }
    /// Adds a key the record does not have yet (the mapper's hot path: no search).
    void append(const QString &key, QVariant value) { m_entries.append({key, std::move(value)}); }

    /// Hands the entries over and leaves the record empty (the importer, freeing records as it
    /// plans them, moves their values on instead of copying them).
    QList<Entry> take() { return std::exchange(m_entries, {}); }

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const_iterator begin() const { return m_entries.cbegin(); }
    const_iterator end() const { return m_entries.cend(); }

    QVariantMap toMap() const
    {
        QVariantMap map;
        for (const Entry &e : m_entries)
            map.insert(e.key, e.value);
        return map;
    }

private:
    const Entry *find(QStringView key) const
    {
        for (const Entry &e : m_entries)
            if (e.key == key)
                return &e;
        return nullptr;
    }

    QList<Entry> m_entries;
};

} // namespace tuoyu::mapping
