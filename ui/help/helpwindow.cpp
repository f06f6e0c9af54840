#include "helpwindow.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QPixmap>
#include <QPointer>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTreeWidget>
#include <QUrl>

#include <algorithm>

namespace tuoyu {

namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kHeadingRole = Qt::UserRole + 1;

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QImage HelpWindow::imageResource(QTextDocument *doc, const QString &name)
{
    // The browser hands over a file's bytes; the document caches decoded images.
    const QVariant resource = doc->resource(QTextDocument::ImageResource, QUrl(name));
    if (resource.canConvert<QImage>() && resource.typeId() != QMetaType::QByteArray)
        return resource.value<QImage>();
    return QImage::fromData(resource.toByteArray());
}

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("托育工作台 使用说明"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_contents = new QTreeWidget;
    m_contents->setObjectName(QStringLiteral("manualContents"));
    m_contents->setHeaderHidden(true);
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setOpenExternalLinks(true);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 860});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    // Links between chapters follow the table of contents; a new page's screenshots fit.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] { fitImages(); });
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        openChapter(item->data(0, kPathRole).toString(), item->data(0, kHeadingRole).toString());
    });
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        openChapter(item->data(0, kPathRole).toString(), item->data(0, kHeadingRole).toString());
    });
    fillContents();
    if (const QStringList all = chapters(); !all.isEmpty())
        openChapter(all.constFirst());
    const QSize wanted(1100, 720);
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size() - QSize(40, 60))
                    : wanted);
}

HelpWindow *HelpWindow::showManual(QWidget *parent)
{
    static QPointer<HelpWindow> window;
    if (!window)
        window = new HelpWindow(parent);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QStringList HelpWindow::chapters()
{
    const QDir dir(QStringLiteral(":/manual"));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

void HelpWindow::fillContents()
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,2})\\s+(.+?)\\s*$"),
                                            QRegularExpression::MultilineOption);
    for (const QString &path : chapters()) {
        QTreeWidgetItem *chapter = nullptr;
        auto it = heading.globalMatch(readText(path));
        while (it.hasNext()) {
            const auto m = it.next();
            const bool top = m.captured(1).size() == 1;
            if (top && chapter) // one title a chapter; a second # is a section
                continue;
            auto *item =
                top || !chapter ? new QTreeWidgetItem(m_contents) : new QTreeWidgetItem(chapter);
            item->setText(0, m.captured(2));
            item->setData(0, kPathRole, path);
            item->setData(0, kHeadingRole, top ? QString() : m.captured(2));
            if (top || !chapter)
                chapter = item;
        }
    }
    m_contents->expandAll();
}

void HelpWindow::openChapter(const QString &path, const QString &heading)
{
    const QUrl url(QStringLiteral("qrc") + path);
    if (m_browser->source() != url)
        m_browser->setSource(url, QTextDocument::MarkdownResource);
    int y = 0;
    if (!heading.isEmpty()) {
        for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() > 0 && b.text().trimmed() == heading) {
                QTextCursor cursor(b);
                m_browser->setTextCursor(cursor);
                y = m_browser->cursorRect(cursor).top() + m_browser->verticalScrollBar()->value();
                break;
            }
        }
    }
    m_browser->verticalScrollBar()->setValue(y);
}

void HelpWindow::fitImages()
{
    QTextDocument *doc = m_browser->document();
    const qreal column = std::max(400, m_browser->viewport()->width() - 40);
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto f = b.begin(); !f.atEnd(); ++f) {
            const QTextFragment fragment = f.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image = imageResource(doc, format.name());
            if (image.isNull() || image.width() <= column)
                continue;
            format.setWidth(column);
            format.setHeight(column * image.height() / image.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

} // namespace tuoyu
