#include "csvexporter.h"

#include "cellformat.h"

#include <QDate>
#include <QDateTime>
#include <QSaveFile>

#include <cmath>

namespace tuoyu::io {

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool exportNumber(const QVariant &value, double *number)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        *number = value.toDouble();
        return std::isfinite(*number);
    case QMetaType::QString: {
        bool ok = false;
        *number = value.toString().trimmed().toDouble(&ok);
        return ok && std::isfinite(*number);
    }
    default:
        return false;
    }
}

QDate exportDate(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().date();
    return QDate::fromString(value.toString().trimmed().left(10), Qt::ISODate);
}

namespace {

QString csvField(const QVariant &value, ColumnKind kind)
{
    if (value.isNull() || !value.isValid())
        return QString();
    double number = 0;
    switch (kind) {
    case ColumnKind::Integer:
        if (exportNumber(value, &number))
            return formatNumber(std::round(number));
        break;
    case ColumnKind::Decimal:
    case ColumnKind::Money:
        if (exportNumber(value, &number))
            return QString::number(number, 'f', 2);
        break;
    case ColumnKind::Percent:
        if (exportNumber(value, &number))
            return QString::number(number * 100, 'f', 2) + QLatin1Char('%');
        break;
    case ColumnKind::Date:
        if (const QDate d = exportDate(value); d.isValid())
            return d.toString(Qt::ISODate);
        break;
    case ColumnKind::Text:
        break;
    }
    const QString text = value.toString();
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

void appendField(QString &line, const QString &field)
{
    bool quote = false;
    for (QChar ch : field) {
        if (ch == u',' || ch == u'"' || ch == u'\n' || ch == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        line.append(field);
        return;
    }
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    line.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
}

} // namespace

QByteArray exportCsv(const ExportSheet &sheet)
{
    QString text;
    auto addLine = [&](const QStringList &fields) {
        QString line;
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line.append(QLatin1Char(','));
            appendField(line, fields[i]);
        }
        text.append(line);
        text.append(QLatin1String("\r\n"));
    };
    QStringList headers;
    for (const QString &h : sheet.headers)
        headers.append(looksLikeFormula(h) ? QLatin1Char('\'') + h : h);
    addLine(headers);
    for (const auto &row : sheet.rows) {
        QStringList fields;
        for (int c = 0; c < row.size(); ++c)
            fields.append(csvField(row[c], sheet.kind(c)));
        addLine(fields);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool writeCsv(const QString &path, const ExportSheet &sheet, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("无法写入 %1：%2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = exportCsv(sheet);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("无法写入 %1：%2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace tuoyu::io
