#pragma once

#include "Backend.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSettings;
class QTableView;

namespace pd::models {
class Reconciliation;
}

namespace pd::ui {

/// Reconciliation of a bank's or auto-debit provider's result file, after KMyMoney:
/// the file's lines (statement) on the left with their matches, the expected payments no line
/// settles (ledger) on the right, the running difference above, until it is zero. Matches by
/// provider id and by member + month + amount start chosen; suggestions wait for a tick; a
/// line and a payment can be matched by hand. Bad lines are listed with line number and
/// reason. "Apply" writes everything in one transaction; the same file twice changes nothing.
/// The column mapping chosen for a file layout is remembered (settings).
class ReconciliationPage : public QWidget
{
    Q_OBJECT
public:
    ReconciliationPage(Backend* backend, QSettings* settings, QWidget* parent = nullptr);

    /// Loads the organisation list (called when the page is first shown).
    void start();
    /// Reads a result file (off the GUI thread) for the chosen center and matches it.
    void openFile(const QString& path);
    /// Reads `bytes` as if from a file named `fileName` (also used by openFile()).
    void openBytes(const QByteArray& bytes, const QString& fileName);
    /// Chooses the center whose payments the file settles.
    void setCenter(qint64 organizationId);
    /// Re-reads the current file with a mapping (and remembers it for this header layout).
    void useMapping(const ColumnMapping& mapping);
    /// Applies the chosen matches.
    void apply();

    models::Reconciliation* reconciliation() const { return m_reconciliation; }
    QTableView* linesView() const { return m_lines; }
    QTableView* expectedView() const { return m_expected; }
    QString summaryText() const;
    QString messageText() const;
    QListWidget* badLines() const { return m_bad; }
    QPushButton* applyButton() const { return m_apply; }

Q_SIGNALS:
    /// A file was read and matched (or failed: then messageText() says why).
    void loaded(bool ok);
    /// Apply finished.
    void applied(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Parses (on a worker thread) and then shows the result with showParsed().
    void parsed(const QByteArray& bytes, const QString& fileName, const std::optional<ColumnMapping>& mapping);
    void showParsed(const Result<Statement>& result, const QByteArray& bytes, const QString& fileName,
                    const std::optional<ColumnMapping>& mapping);
    /// Reads the ledger for `statement`. `outcome`, when not empty, is the message of an Apply
    /// that just ran: it stays on screen instead of the "imported already" warning.
    void fetchCandidates(const Statement& statement, const QString& outcome = QString());
    void updateSummary();
    void setMessage(const QString& text, bool error);
    void chooseColumns();
    void matchSelected();
    void unmatchSelected();

    Backend* m_backend;
    QSettings* m_settings;
    bool m_started = false;
    quint64 m_parseSerial = 0; ///< the newest parse request; older results are dropped
    QByteArray m_bytes;
    QString m_fileName;
    qint64 m_center = 0;
    models::Reconciliation* m_reconciliation;
    QComboBox* m_centers = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_columns = nullptr;
    QPushButton* m_match = nullptr;
    QPushButton* m_unmatch = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_file = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_lines = nullptr;
    QTableView* m_expected = nullptr;
    QListWidget* m_bad = nullptr;
};

} // namespace pd::ui
