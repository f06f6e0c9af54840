#include "expatparser.h"

#include "readoptions.h"
#include "zipsource.h"

#include <expat.h>

namespace tuoyu::io {

void XmlHandler::abort(const QString &reason)
{
    if (m_parser)
        m_parser->abort(reason);
}

bool XmlHandler::appendCellText(std::string &text, const char *piece, int length,
                                ReadBudget &budget)
{
    if (!budget.cellFits(qint64(text.size()) + length)) {
        abort(budget.error());
        return false;
    }
    text.append(piece, size_t(length));
    return true;
}

XmlParser::XmlParser(XmlHandler &handler)
    : m_handler(handler)
{
    handler.m_parser = this;
    m_parser = XML_ParserCreate(nullptr);
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &XmlParser::onStart, &XmlParser::onEnd);
    XML_SetCharacterDataHandler(m_parser, &XmlParser::onText);
    XML_SetEntityDeclHandler(m_parser, &XmlParser::onEntityDecl);
    XML_SetParamEntityParsing(m_parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlParser::~XmlParser()
{
    m_handler.m_parser = nullptr;
    XML_ParserFree(m_parser);
}

bool XmlParser::feed(const char *data, qsizetype length, bool final)
{
    if (m_aborted)
        return false;
    // expat takes int lengths: feed huge buffers in slices.
    while (length > 0 || final) {
        const int slice = int(std::min<qsizetype>(length, 64 * 1024 * 1024));
        const bool last = final && slice == length;
        if (XML_Parse(m_parser, data, slice, last) == XML_STATUS_ERROR) {
            if (!m_aborted) {
                m_error = QStringLiteral("XML 格式错误（第 %1 行：%2）")
                              .arg(XML_GetCurrentLineNumber(m_parser))
                              .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser))));
            }
            return false;
        }
        data += slice;
        length -= slice;
        if (last)
            break;
    }
    return !m_aborted;
}

void XmlParser::abort(const QString &reason)
{
    if (m_aborted)
        return;
    m_aborted = true;
    m_error = reason;
    XML_StopParser(m_parser, XML_FALSE);
}

void XmlParser::onStart(void *user, const char *name, const char **attributes)
{
    auto *self = static_cast<XmlParser *>(user);
    if (!self->m_aborted)
        self->m_handler.startElement(localName(name), attributes);
}

void XmlParser::onEnd(void *user, const char *name)
{
    auto *self = static_cast<XmlParser *>(user);
    if (!self->m_aborted)
        self->m_handler.endElement(localName(name));
}

void XmlParser::onText(void *user, const char *text, int length)
{
    auto *self = static_cast<XmlParser *>(user);
    if (!self->m_aborted)
        self->m_handler.characters(text, length);
}

void XmlParser::onEntityDecl(void *user, const char *, int, const char *, int, const char *,
                             const char *, const char *, const char *)
{
    static_cast<XmlParser *>(user)->abort(
        QStringLiteral("XML 中含有实体声明（可用于“实体扩展”攻击），已拒绝读取"));
}

bool XmlParser::parseEntry(ZipArchive &zip, const QString &part, XmlHandler &handler,
                           QString *error)
{
    XmlParser parser(handler);
    QString zipError;
    const bool read = zip.read(
        part, [&parser](const char *data, qsizetype n) { return parser.feed(data, n, false); },
        &zipError);
    if (read && parser.feed(nullptr, 0, true))
        return true;
    if (!zipError.isEmpty())
        *error = zipError;
    else if (parser.m_aborted)
        *error = parser.error();
    else
        *error = QStringLiteral("文件已损坏：%1 %2").arg(part, parser.error());
    return false;
}

bool XmlParser::parseBytes(const QByteArray &bytes, XmlHandler &handler, QString *error)
{
    XmlParser parser(handler);
    if (parser.feed(bytes.constData(), bytes.size(), true))
        return true;
    *error = parser.m_aborted ? parser.error() : QStringLiteral("文件已损坏：") + parser.error();
    return false;
}
} // namespace tuoyu::io
