#pragma once

#include "commands/importcommand.h"
#include "io/table.h"
#include "mapping/columnmapping.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace tuoyu {

class Workspace;

/// Imports one file: reads it, proposes the table and its column mapping, lets the officer correct
/// the mapping, previews what will be inserted, updated and refused, and only then writes — as
/// one undoable command. Reading, mapping and planning run off the GUI thread (Importer::prepare
/// with a connection of the worker's own) under a progress dialog whose 取消 changes nothing;
/// the command is applied here, on the GUI thread, through the workspace.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Workspace *workspace, qint64 planId, const QString &path,
                 QWidget *parent = nullptr);

    /// Reads the file; false (after telling the user why) when it cannot be read or was cancelled.
    bool load();
    /// Why the last load failed, in Chinese.
    QString lastError() const { return m_error; }
    /// No message boxes (tests and scripted use): failures are only in lastError().
    void setQuiet(bool quiet) { m_quiet = quiet; }
    /// The counts of the last preview, for tests and the status bar.
    const ImportPlan &preview() const { return m_plan; }
    /// Sets a column's field as the officer would in the mapping table.
    void setColumnField(int column, const QString &field);
    /// Writes the previewed import; false with a message when nothing could be written.
    bool commit(QString *error);

private:
    void chooseTable(int index);
    void showMapping();
    void showPreview();
    /// Maps table `index` with `mapping` (remembered or proposed when absent) and plans it off
    /// the GUI thread; false, with the dialog as it was, when the officer cancelled.
    bool prepare(int index, std::optional<mapping::ColumnMapping> mapping);
    /// Runs `work` on a worker thread while the event loop goes on under a progress dialog that
    /// shows `label`; false when the officer pressed 取消 (`cancelled` is then set, and the
    /// worker is left to finish on its own: `work` must own what it uses).
    bool runOffGuiThread(const QString &label, std::function<void()> work,
                         std::atomic_bool *cancelled);

    Workspace *m_workspace;
    qint64 m_planId;
    QString m_path;
    QList<io::Table> m_tables;
    int m_tableIndex = -1;
    mapping::ColumnMapping m_mapping;
    mapping::MappingResult m_result;
    ImportPlan m_plan;
    bool m_updating = false;
    bool m_quiet = false;
    QString m_error;

    QComboBox *m_tableBox = nullptr;
    QComboBox *m_kindBox = nullptr;
    QComboBox *m_planBox = nullptr; ///< task tables: the plan written into, or a new one
    QFormLayout *m_form = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QTableWidget *m_refusedTable = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace tuoyu
