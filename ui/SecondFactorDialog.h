#pragma once

#include "RestBackend.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pd::ui {

class QrCodeWidget;

/// The second step of signing in to paydesk-server (docs/SECURITY.md, "Second factor"): the
/// authenticator app's six-digit code (or a recovery code); when setting one up, the otpauth QR
/// code and secret to scan first; after setting up, the ten recovery codes to keep, shown once.
class SecondFactorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecondFactorDialog(const RestBackend::SecondFactorStep& step, QWidget* parent = nullptr);

    /// What was typed (trimmed); empty when the step asks nothing.
    QString answer() const;
    QrCodeWidget* qrCode() const { return m_qr; }

private:
    void updateAccept();

    RestBackend::SecondFactorStep m_step;
    QLineEdit* m_code = nullptr;
    QLabel* m_refusal = nullptr;
    QrCodeWidget* m_qr = nullptr;
    QPushButton* m_accept = nullptr;
};

/// A RestBackend::SecondFactorPrompt that opens a SecondFactorDialog over `parent` (window
/// modal, never blocking) and answers when it closes: the text on OK, empty on Cancel.
RestBackend::SecondFactorPrompt secondFactorPrompt(QWidget* parent);

} // namespace pd::ui
