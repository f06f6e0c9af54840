#include "reader.h"

#include "cfbfile.h"
#include "csvreader.h"
#include "docxreader.h"
#include "xlsreader.h"
#include "xlsxreader.h"
#include "zipsource.h"

#include <QFile>
#include <QFileInfo>

namespace tuoyu::io {

QString readError(const QString &path, const QString &reason)
{
    return QStringLiteral("无法读取 %1：%2").arg(QFileInfo(path).fileName(), reason);
}

namespace {

bool isOneOf(const QString &suffix, std::initializer_list<const char *> list)
{
    for (const char *s : list) {
        if (suffix == QLatin1String(s))
            return true;
    }
    return false;
}

FileFormat zipFormat(const QString &path, const QString &suffix)
{
    ZipArchive zip{ReadOptions{}};
    QString error;
    if (!zip.open(path, &error)) {
        if (isOneOf(suffix, {"docx", "docm", "dotx"}))
            return FileFormat::Docx;
        return FileFormat::Xlsx; // the xlsx reader reports the broken container
    }
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return FileFormat::Xlsx;
    if (zip.contains(QStringLiteral("word/document.xml")))
        return FileFormat::Docx;
    if (zip.contains(QStringLiteral("xl/workbook.bin")))
        return FileFormat::Xlsb;
    if (zip.contains(QStringLiteral("content.xml")) && zip.contains(QStringLiteral("mimetype")))
        return FileFormat::Ods;
    // A package whose main part sits elsewhere: trust the relationships via the reader.
    for (const QString &name : zip.entryNames()) {
        const QString lower = name.toLower().replace(QLatin1Char('\\'), QLatin1Char('/'));
        if (lower.endsWith(QLatin1String("workbook.xml")) || lower.startsWith(QLatin1String("xl/")))
            return FileFormat::Xlsx; // the reader says what is missing
        if (lower.startsWith(QLatin1String("word/")))
            return FileFormat::Docx;
    }
    if (zip.contains(QStringLiteral("[Content_Types].xml"))) {
        if (isOneOf(suffix, {"docx", "docm", "dotx"}))
            return FileFormat::Docx;
        if (isOneOf(suffix, {"xlsx", "xlsm", "xltx", "xltm"}))
            return FileFormat::Xlsx;
    }
    return FileFormat::OtherZip;
}

FileFormat oleFormat(const QString &path, const QString &suffix)
{
    CfbFile cfb;
    QString error;
    const bool wps = isOneOf(suffix, {"et", "ett"});
    if (!cfb.open(path, ReadOptions{}.maxEntryBytes, &error))
        return wps ? FileFormat::Et : FileFormat::Xls; // the xls reader reports the damage
    if (cfb.hasStream(QStringLiteral("EncryptedPackage")))
        return FileFormat::Encrypted;
    if (cfb.hasStream(QStringLiteral("WordDocument")))
        return isOneOf(suffix, {"wps", "wpt"}) ? FileFormat::Wps : FileFormat::Doc;
    if (wps)
        return FileFormat::Et;
    if (cfb.hasStream(QStringLiteral("Workbook")) || cfb.hasStream(QStringLiteral("Book")))
        return FileFormat::Xls;
    if (isOneOf(suffix, {"wps", "wpt"}))
        return FileFormat::Wps;
    return FileFormat::OtherOle;
}

bool looksLikeText(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return true;
    int controls = 0;
    int zeros = 0;
    for (char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            ++zeros;
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    if (zeros > head.size() / 4 && zeros < head.size() * 3 / 4 + 1) {
        // UTF-16 without BOM: zeros in every other byte only
        int even = 0, odd = 0;
        for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
            even += head[i] == 0;
            odd += head[i + 1] == 0;
        }
        return (even == 0 || odd == 0) && controls == 0;
    }
    return zeros == 0 && controls <= head.size() / 100;
}

} // namespace

FileFormat detectFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileFormat::Unknown;
    if (file.size() == 0)
        return FileFormat::Empty;
    const QByteArray head = file.read(4096);
    file.close();

    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") ||
        head.startsWith("PK\x07\x08"))
        return zipFormat(path, suffix);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return oleFormat(path, suffix);
    if (head.size() >= 4) {
        const auto b = [&](int i) { return static_cast<unsigned char>(head[i]); };
        const int type = b(0) | (b(1) << 8);
        const int length = b(2) | (b(3) << 8);
        if ((type == 0x0009 || type == 0x0209 || type == 0x0409 || type == 0x0809) && length >= 4 &&
            length <= 32)
            return FileFormat::LegacyXls;
    }
    if (head.startsWith("%PDF"))
        return FileFormat::Pdf;
    if (head.startsWith("{\\rtf"))
        return FileFormat::Doc;

    if (looksLikeText(head)) {
        QByteArray probe = head.left(2048);
        if (probe.startsWith("\xFF\xFE") || probe.startsWith("\xFE\xFF"))
            probe = QString::fromUtf16(reinterpret_cast<const char16_t *>(probe.constData() + 2),
                                       (probe.size() - 2) / 2)
                        .toUtf8();
        probe = probe.trimmed().toLower();
        if (probe.startsWith("\xEF\xBB\xBF"))
            probe = probe.mid(3).trimmed();
        if (probe.startsWith("<")) {
            if (probe.contains("urn:schemas-microsoft-com:office:spreadsheet") &&
                !probe.contains("<html"))
                return FileFormat::SpreadsheetMl;
            if (probe.contains("<html") || probe.contains("<table") ||
                probe.contains("<!doctype") || probe.contains("<meta") || probe.contains("<head") ||
                probe.contains("<body"))
                return FileFormat::Html;
            if (probe.startsWith("<?xml"))
                return probe.contains("<workbook") ? FileFormat::SpreadsheetMl : FileFormat::Html;
        }
        return FileFormat::Csv;
    }
    if (isOneOf(suffix, {"et", "ett"}))
        return FileFormat::Et;
    if (isOneOf(suffix, {"wps", "wpt"}))
        return FileFormat::Wps;
    if (isOneOf(suffix, {"doc", "dot"}))
        return FileFormat::Doc;
    if (suffix == QLatin1String("xlsb"))
        return FileFormat::Xlsb;
    if (isOneOf(suffix, {"ods", "ots"}))
        return FileFormat::Ods;
    return FileFormat::Binary;
}

ReadResult readFile(const QString &path, const ReadOptions &options)
{
    ReadResult result;
    auto refuse = [&](const QString &reason) {
        result.error = readError(path, reason);
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(QStringLiteral("文件不存在"));
    if (info.isDir())
        return refuse(QStringLiteral("这是一个文件夹，不是文件"));

    switch (detectFormat(path)) {
    case FileFormat::Xlsx:
        return readXlsx(path, options);
    case FileFormat::Docx:
        return readDocx(path, options);
    case FileFormat::Xls:
    case FileFormat::LegacyXls:
        return readXls(path, options);
    case FileFormat::Csv:
        return readDelimitedText(path, options);
    case FileFormat::Et:
        return refuse(
            QStringLiteral("这是 WPS 表格格式，请在 WPS 或 Excel 中另存为 .xlsx 后再导入"));
    case FileFormat::Wps:
        return refuse(QStringLiteral("这是 WPS 文字格式，请在 WPS 中另存为 .docx 后再导入"));
    case FileFormat::Doc:
        return refuse(
            QStringLiteral("这是 Word 97–2003 文档（.doc）或 RTF 文档，请在 Word 或 WPS 中"
                           "另存为 .docx 后再导入"));
    case FileFormat::Xlsb:
        return refuse(
            QStringLiteral("这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再导入"));
    case FileFormat::Ods:
        return refuse(QStringLiteral("这是 OpenDocument 格式（.ods/.odt），请在 WPS、Excel 或 "
                                     "LibreOffice 中另存为 .xlsx 后再导入"));
    case FileFormat::Encrypted:
        return refuse(QStringLiteral("文件受密码保护（已加密）；请在 Excel 或 Word 中输入密码打开，"
                                     "取消密码后另存为 .xlsx 或 .docx 再导入"));
    case FileFormat::Html:
        return refuse(
            QStringLiteral("这是网页（HTML/XML）文件，只是扩展名像表格；请在 Excel 中打开后"
                           "另存为 .xlsx 再导入"));
    case FileFormat::SpreadsheetMl:
        return refuse(
            QStringLiteral("这是 Excel 2003 XML 表格，请在 Excel 或 WPS 中另存为 .xlsx 后再导入"));
    case FileFormat::Pdf:
        return refuse(
            QStringLiteral("这是 PDF 文件，无法从中读取表格；请向发文单位索取 Excel 或 Word 版本"));
    case FileFormat::OtherZip:
        return refuse(QStringLiteral("这是一个 zip 压缩包，不是 Excel 或 Word 文件；如果是压缩包，"
                                     "请先解压，再导入其中的 .xlsx 或 .docx"));
    case FileFormat::OtherOle:
        return refuse(QStringLiteral("这是无法识别的 Office 97–2003 文件（不是 Excel 工作簿）；"
                                     "请另存为 .xlsx 后再导入"));
    case FileFormat::Empty:
        return refuse(QStringLiteral("文件是空的（0 字节）"));
    case FileFormat::Binary:
        return refuse(QStringLiteral("文件不是可识别的表格格式（Excel、CSV 或 Word），可能已损坏"));
    case FileFormat::Unknown:
        break;
    }
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return refuse(QStringLiteral("无法打开文件（%1）").arg(file.errorString()));
}

} // namespace tuoyu::io
