#pragma once

#include "shell/page.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace tuoyu {

/// 数据检查: every finding of the data checks with the record it names, refreshed as the
/// workspace changes. Missing population figures — which leave 每千人口托位数 and 入托率 without
/// an actual — get a button that asks for them.
class ChecksPage : public Page
{
    Q_OBJECT

public:
    explicit ChecksPage(QWidget *parent = nullptr);

    int findingCount() const;
    /// Asks for a year's population figures (the dialog); false when cancelled or refused.
    bool askForPopulation(int year);

private:
    void reload() override;
    QLabel *m_summary = nullptr;
    QPushButton *m_populationButton = nullptr;
    QTableWidget *m_table = nullptr;
    int m_missingYear = 0;
};

} // namespace tuoyu
