#pragma once

// What GUI tests share to drive the window's forms as the officer does.

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

namespace tuoyu::test {

/// Runs `fill` on the modal dialog the next call opens, as the officer would type into it.
inline void whenDialogOpens(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        fill(dialog);
    });
}

/// The child of `parent` named `name`; the test stops when there is none.
template <typename W> W *child(QObject *parent, const char *name)
{
    W *w = parent->findChild<W *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

/// Shows `page` on `plan` of `workspace` as the window does — following the workspace's changes,
/// on the smallest screen the pages are laid out for (1366×698) — and waits until it is active.
template <typename P, typename W> void showPage(P &page, W *workspace, qint64 plan)
{
    QObject::connect(workspace, &W::changed, &page, &P::refresh);
    page.setContext(workspace, plan);
    page.resize(1366, 698);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
}

} // namespace tuoyu::test
