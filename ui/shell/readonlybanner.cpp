#include "readonlybanner.h"

#include "storage/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tuoyu {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel)
    , m_restore(new QPushButton(tr("从备份恢复…")))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    // The colours of a warning that stays: the officer must not take the file for a sound one.
    setStyleSheet(QStringLiteral("#readOnlyBanner { background: #fdecea; border-bottom: 1px solid "
                                 "#e0a39b; } #readOnlyBanner QLabel { color: #7a1c12; }"));
    m_label->setObjectName(QStringLiteral("readOnlyReason"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restore->setObjectName(QStringLiteral("restoreFromBackup"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_restore);
    connect(m_restore, &QPushButton::clicked, this, &ReadOnlyBanner::restoreRequested);
    hide();
}

void ReadOnlyBanner::showFor(const Database *database)
{
    if (!database || !database->isReadOnly()) {
        hide();
        return;
    }
    m_label->setText(tr("只读：") + database->readOnlyReason());
    m_restore->setVisible(database->access() == Database::Access::Damaged);
    show();
}

QString ReadOnlyBanner::text() const
{
    return m_label->text();
}

} // namespace tuoyu
