#pragma once

#include <QIcon>

namespace tuoyu {

/// The program's icon in each size the window system asks for (title bars, the taskbar,
/// Alt-Tab, dialogs), from the PNGs rendered from packaging/icons/tuoyu-desk.svg and built in as
/// Qt resources, so it shows without any icon theme or installed file.
QIcon applicationIcon();

} // namespace tuoyu
