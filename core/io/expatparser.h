#pragma once

#include <QString>

#include <cstring>
#include <string>

typedef struct XML_ParserStruct *XML_Parser;

namespace tuoyu::io {

class ReadBudget;

class ZipArchive;

/// A thin, fast wrapper over expat for the readers. Element and attribute names reach the
/// handler without their namespace prefix ("x:row" → "row", "r:id" → "id"), so transitional,
/// strict and prefixed documents read alike. Any entity declaration (the billion-laughs and
/// external-entity attacks) stops the parse with an error. Internal to the readers.
class XmlParser;

class XmlHandler
{
public:
    virtual ~XmlHandler() = default;
    virtual void startElement(const char *name, const char **attributes) = 0;
    virtual void endElement(const char *name) = 0;
    virtual void characters(const char *text, int length) = 0;

protected:
    /// Stops the parse in progress; the reader then fails with `reason`.
    void abort(const QString &reason);
    /// Appends a piece of one cell's (or paragraph's) text; false, with the parse stopped, when
    /// the text would pass the budget's per-cell limit.
    bool appendCellText(std::string &text, const char *piece, int length, ReadBudget &budget);

private:
    friend class XmlParser;
    XmlParser *m_parser = nullptr;
};

class XmlParser
{
public:
    explicit XmlParser(XmlHandler &handler);
    ~XmlParser();
    XmlParser(const XmlParser &) = delete;
    XmlParser &operator=(const XmlParser &) = delete;

    bool feed(const char *data, qsizetype length, bool final);
    /// Stops parsing from inside a handler callback; feed() then returns false with `reason`.
    void abort(const QString &reason);
    QString error() const { return m_error; }

    /// Inflates a zip entry straight into a fresh parser; `error` says which part failed and why.
    static bool parseEntry(ZipArchive &zip, const QString &part, XmlHandler &handler,
                           QString *error);
    /// Parses a document held in memory.
    static bool parseBytes(const QByteArray &bytes, XmlHandler &handler, QString *error);

private:
    XmlHandler &m_handler;
    XML_Parser m_parser = nullptr;
    QString m_error;
    bool m_aborted = false;

    static void onStart(void *user, const char *name, const char **attributes);
    static void onEnd(void *user, const char *name);
    static void onText(void *user, const char *text, int length);
    static void onEntityDecl(void *user, const char *, int, const char *, int, const char *,
                             const char *, const char *, const char *);
};

/// The part of a qualified name after its prefix.
inline const char *localName(const char *name)
{
    const char *colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}

/// The value of an attribute by local name (prefix ignored, xmlns declarations skipped), or
/// nullptr.
inline const char *attribute(const char **attributes, const char *name)
{
    for (const char **a = attributes; *a; a += 2) {
        if (std::strcmp(localName(a[0]), name) == 0 && std::strncmp(a[0], "xmlns", 5) != 0)
            return a[1];
    }
    return nullptr;
}

inline bool nameIs(const char *name, const char *expected)
{
    return std::strcmp(name, expected) == 0;
}

} // namespace tuoyu::io
