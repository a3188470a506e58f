#pragma once

#include "Backend.h"
#include "FormDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace pd::ui {

/// Rejects a KYC document (a reason from the fixed list, plus an optional note; "other" needs
/// the note) or asks the customer for more information (the message is required). The
/// reviewer must hold the claim. A refused decision shows why and keeps what was typed; a
/// conflict (someone else decided first) disables OK until the list is looked at again. On
/// success emits decided() and closes.
class KycDecisionDialog : public FormDialog
{
    Q_OBJECT
public:
    /// `action` is KycAction::Reject or KycAction::RequestInfo.
    KycDecisionDialog(Backend* backend, KycAction action, qint64 documentId, int version, QWidget* parent = nullptr);
    void submit() override;

Q_SIGNALS:
    void decided(const pd::KycDecisionResult& result);

private:
    Backend* m_backend;
    KycDecision m_decision;
    QComboBox* m_reason = nullptr;
    QPlainTextEdit* m_note = nullptr;
};

/// Headquarters' review settings: how long a claim lasts, the SLA for a decision and the risk
/// score above which a document needs two approvals.
class KycSettingsDialog : public FormDialog
{
    Q_OBJECT
public:
    KycSettingsDialog(Backend* backend, const KycSettings& current, QWidget* parent = nullptr);
    void submit() override;

Q_SIGNALS:
    void saved(const pd::KycSettings& settings);

private:
    Backend* m_backend;
    KycSettings m_settings;
    QSpinBox* m_claimMinutes = nullptr;
    QSpinBox* m_slaHours = nullptr;
    QDoubleSpinBox* m_fourEyes = nullptr;
    QCheckBox* m_autoAssign = nullptr;
};

/// Decisions per reviewer per day for a chosen period, with the median time from submission
/// to decision, loaded in the background.
class ReviewerActivityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewerActivityDialog(Backend* backend, QWidget* parent = nullptr);
    /// Loads the period shown in the date fields.
    void reload();
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void loaded();

private:
    Backend* m_backend;
    Backend::RequestId m_request = 0;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace pd::ui
