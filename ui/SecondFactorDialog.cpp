#include "SecondFactorDialog.h"

#include "QrCodeWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pd::ui {

using Kind = RestBackend::SecondFactorStep::Kind;

SecondFactorDialog::SecondFactorDialog(const RestBackend::SecondFactorStep& step, QWidget* parent)
    : QDialog(parent)
    , m_step(step)
{
    setObjectName(QStringLiteral("secondFactorDialog"));
    setMinimumWidth(440);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("secondFactorIntro"));
    layout->addWidget(intro);
    auto* buttons = new QDialogButtonBox(this);

    if (step.kind == Kind::RecoveryCodes) {
        if (step.recoveryCodes.isEmpty()) {
            setWindowTitle(tr("Recovery code used"));
            intro->setText(step.recoveryCodesLeft > 0
                               ? tr("You signed in with a recovery code; %n are left. Each works once.", "",
                                    step.recoveryCodesLeft)
                               : tr("You signed in with your last recovery code. Ask headquarters to reset your second "
                                    "factor if the phone is lost, so that you are not locked out."));
        } else {
            setWindowTitle(tr("Keep your recovery codes"));
            intro->setText(tr("Your authenticator app is set up. If you lose the phone, each of these codes signs you "
                              "in once instead of a code from the app. Print them or write them down and keep them "
                              "safe: they are shown only now."));
            auto* codes = new QPlainTextEdit(step.recoveryCodes.join(QLatin1Char('\n')), this);
            codes->setObjectName(QStringLiteral("recoveryCodes"));
            codes->setReadOnly(true);
            codes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            codes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            codes->setMinimumHeight(codes->fontMetrics().lineSpacing() * 11);
            layout->addWidget(codes);
            QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
            connect(copy, &QPushButton::clicked, this,
                    [step]() { QApplication::clipboard()->setText(step.recoveryCodes.join(QLatin1Char('\n'))); });
        }
        m_accept = buttons->addButton(tr("I have kept them"), QDialogButtonBox::AcceptRole);
        if (step.recoveryCodes.isEmpty()) {
            m_accept->setText(tr("OK"));
        }
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        return;
    }

    if (step.kind == Kind::Enrol) {
        setWindowTitle(tr("Set up sign-in codes for %1").arg(step.user));
        intro->setText(tr("Your role signs in with a code from an authenticator app as well as the password. Scan "
                          "this QR code with the app (FreeOTP, Aegis, Google or Microsoft Authenticator, ...), then "
                          "type the six-digit code it shows."));
        m_qr = new QrCodeWidget(this);
        m_qr->setObjectName(QStringLiteral("otpauthQr"));
        m_qr->setPayload(step.otpauthUri);
        m_qr->setMinimumSize(220, 220);
        layout->addWidget(m_qr, 0, Qt::AlignHCenter);
        // Grouped in fours, as apps that take a typed key show it.
        QString grouped;
        for (qsizetype i = 0; i < step.secret.size(); i += 4) {
            grouped += step.secret.mid(i, 4) + QLatin1Char(' ');
        }
        layout->addWidget(new QLabel(tr("Or type this key into the app:"), this));
        auto* secret = new QLabel(grouped.trimmed(), this);
        secret->setObjectName(QStringLiteral("otpauthSecret"));
        secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
        secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(secret, 0, Qt::AlignHCenter);
    } else {
        setWindowTitle(tr("Sign-in code for %1").arg(step.user));
        intro->setText(tr("Type the six-digit code your authenticator app shows for Paydesk. Without the phone, type "
                          "one of your recovery codes instead."));
    }
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("secondFactorCode"));
    m_code->setPlaceholderText(step.kind == Kind::Enrol ? tr("6-digit code") : tr("6-digit code or recovery code"));
    m_code->setMaxLength(40);
    if (step.kind == Kind::Enrol) {
        m_code->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,7}")), m_code));
    }
    m_code->setInputMethodHints(Qt::ImhPreferNumbers);
    layout->addWidget(m_code);
    m_refusal = new QLabel(step.refusal, this);
    m_refusal->setObjectName(QStringLiteral("secondFactorRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_refusal->setVisible(!step.refusal.isEmpty());
    layout->addWidget(m_refusal);
    m_accept =
        buttons->addButton(step.kind == Kind::Enrol ? tr("Confirm") : tr("Sign in"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &SecondFactorDialog::updateAccept);
    updateAccept();
    m_code->setFocus();
}

QString SecondFactorDialog::answer() const
{
    return m_code ? m_code->text().remove(QLatin1Char(' ')).trimmed() : QString();
}

void SecondFactorDialog::updateAccept()
{
    const QString typed = answer();
    const bool digits =
        typed.size() == 6 && std::all_of(typed.begin(), typed.end(), [](QChar c) { return c.isDigit(); });
    // A recovery code is 16 letters and digits (dashes and spaces aside).
    const bool recovery = m_step.kind == Kind::Code && typed.size() >= 16;
    m_accept->setEnabled(digits || recovery);
}

RestBackend::SecondFactorPrompt secondFactorPrompt(QWidget* parent)
{
    QPointer<QWidget> owner(parent);
    return [owner](const RestBackend::SecondFactorStep& step, std::function<void(const QString&)> answer) {
        auto* dialog = new SecondFactorDialog(step, owner.data());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        QObject::connect(dialog, &QDialog::finished, dialog, [dialog, answer](int result) {
            answer(result == QDialog::Accepted ? dialog->answer() : QString());
        });
        dialog->open();
    };
}

} // namespace pd::ui
