#pragma once

#include <QJsonObject>
#include <QString>

// The measurements tuoyu-bench makes, one function each. Each runs inside a child process.

namespace tuoyu::bench {

/// This process's peak resident memory in MiB (VmHWM on Linux, PeakWorkingSetSize on Windows).
double peakMemoryMib();

/// Reads, maps, validates and writes an institution list into a new workspace in one
/// transaction: {seconds, inserted}.
QJsonObject measureImport(const QString &xlsxPath);

/// A workspace with a plan (the tunliu template) and `institutions` generated institutions.
bool makeRegistryWorkspace(const QString &path, int institutions, QString *error);

/// Starts tuoyu-desk on `workspace` (offscreen) and returns the milliseconds from process start
/// to the main window's first paint, or -1. `page` (a page key: tasks …) is the page the window
/// reopens on, as if the officer had left it there; empty: the first start's page.
double measureStartupMs(const QString &workspace, const QString &page = QString());

/// One edit on the workspace, then all indicators recomputed and the dashboard refreshed: {ms}.
QJsonObject measureDashboardRefresh(const QString &workspace);

/// A year's subsidy ledger for 1,000 institutions with 12 months of enrolment: {seconds}.
QJsonObject measureLedger();

/// The progress report with a 1,000-institution attachment, as PDF: {seconds}.
QJsonObject measureReportPdf();

/// 30 departments' feedback forms of 20 rows each, read, matched and merged: {seconds, rows,
/// updated}.
QJsonObject measureFeedbackMerge();

} // namespace tuoyu::bench
