#include "FormDialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pd::ui {

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent)
{}

void FormDialog::finishLayout(QBoxLayout* layout, QDialogButtonBox* buttons)
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa1, 0x1b, 0x1b));
    m_error->setPalette(palette);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_buttons = buttons;
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit* FormDialog::addLineField(QFormLayout* form, QMap<QString, QLineEdit*>& fields, const char* key,
                                    const QString& label, const QString& value, const QString& hint)
{
    auto* edit = new QLineEdit(value, this);
    edit->setObjectName(QLatin1String(key));
    edit->setPlaceholderText(hint);
    clearErrorOnEdit(edit);
    fields.insert(QLatin1String(key), edit);
    form->addRow(label, edit);
    return edit;
}

void FormDialog::clearErrorOnEdit(QLineEdit* edit)
{
    connect(edit, &QLineEdit::textEdited, this, [this]() { showError(QString()); });
}

QPlainTextEdit* FormDialog::addReasonField(QFormLayout* form, bool required)
{
    auto* reason = new QPlainTextEdit(this);
    reason->setObjectName(QStringLiteral("reason"));
    reason->setPlaceholderText(required ? tr("Required; kept in the audit log with your name")
                                        : tr("Optional; kept in the audit log with your name"));
    reason->setMaximumHeight(80);
    form->addRow(tr("Reason"), reason);
    return reason;
}

bool FormDialog::reasonGiven(QPlainTextEdit* reason)
{
    if (!reason->toPlainText().trimmed().isEmpty()) {
        return true;
    }
    showError(tr("Give a reason: it is kept in the audit log with your name."));
    reason->setFocus();
    return false;
}

QDialogButtonBox* FormDialog::applyCloseButtons(const QString& applyText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(applyText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("applyChange"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    return buttons;
}

QString FormDialog::errorText() const
{
    return m_error && m_error->isVisible() ? m_error->text() : QString();
}

void FormDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void FormDialog::refuseSave(const Error& error)
{
    endSave();
    showError(error.message);
    if (error.kind == Error::Kind::Conflict || error.kind == Error::Kind::NotFound) {
        if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok)) {
            ok->setEnabled(false);
        }
    }
}

void FormDialog::finishSave(const Error& error, const std::function<void()>& saved)
{
    if (error.isError()) {
        refuseSave(error);
        return;
    }
    endSave();
    saved();
    accept();
}

bool FormDialog::beginSave()
{
    if (m_saving) {
        return false;
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    return true;
}

void FormDialog::endSave()
{
    m_saving = false;
    m_buttons->setEnabled(true);
}

} // namespace pd::ui
