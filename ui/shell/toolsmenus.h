#pragma once

namespace tuoyu {

class MainWindow;

/// 工具 → 设置… (Ctrl+,) and 帮助 → 使用说明 (F1) on the window's menu bar. Settings that pages
/// show (the reports' as-of date) are applied to them when the dialog is accepted.
void addToolsAndHelpMenus(MainWindow *window);

} // namespace tuoyu
