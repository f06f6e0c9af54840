#pragma once

#include <QWidget>

#include <initializer_list>
#include <vector>

namespace tuoyu {

/// Tab moves through `widgets` in the order given. Forms whose reading order is not the order
/// their widgets were made in (or that hold a text box, where Tab would otherwise type a tab)
/// say their order here, once, instead of relying on creation order.
inline void setTabChain(const std::vector<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}
inline void setTabChain(std::initializer_list<QWidget *> widgets)
{
    setTabChain(std::vector<QWidget *>(widgets));
}

} // namespace tuoyu
