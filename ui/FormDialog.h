#pragma once

#include "Result.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QBoxLayout;
class QDialogButtonBox;
class QFormLayout;
class QPlainTextEdit;
class QLabel;
class QLineEdit;

namespace pd::ui {

/// A dialog with a form that saves through the Backend: an error line under the form that
/// says what is wrong (the fields keep what was typed), and buttons disabled while a save is
/// under way so it cannot be sent twice.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(QWidget* parent = nullptr);
    /// The message shown for the last refused input or save (empty when none).
    QString errorText() const;
    /// Checks the form and saves it; the dialog stays open, with the reason, on any error.
    virtual void submit() = 0;

protected:
    /// Adds the error line and `buttons` (OK/Save connected to submit(), Cancel to reject())
    /// at the bottom of `layout`.
    void finishLayout(QBoxLayout* layout, QDialogButtonBox* buttons);
    /// Adds the "Reason" box (object name "reason") of an audited change to `form`;
    /// `required` picks the placeholder that says whether it may stay empty.
    QPlainTextEdit* addReasonField(QFormLayout* form, bool required);
    /// Adds a one-line field (object name `key`) with `label`, `value` and `hint` as its
    /// placeholder to `form` and to `fields` under `key`; typing in it clears the shown refusal.
    QLineEdit* addLineField(QFormLayout* form, QMap<QString, QLineEdit*>& fields, const char* key, const QString& label,
                            const QString& value, const QString& hint);
    /// Clears the shown refusal as soon as the user types in `edit` (the complaint was about it).
    void clearErrorOnEdit(QLineEdit* edit);
    /// False, with the refusal shown and the box focused, when `reason` is blank.
    bool reasonGiven(QPlainTextEdit* reason);
    /// The buttons of a change dialog: OK titled `applyText` (object name "applyChange") and Close.
    QDialogButtonBox* applyCloseButtons(const QString& applyText);
    /// Marks a save as started (false when one is already running) or finished.
    bool beginSave();
    void endSave();
    void showError(const QString& text);
    /// Ends a save that the Backend refused: shows the message and, for a conflict or a row
    /// that is gone (saving again cannot help until the list is looked at again), disables OK.
    void refuseSave(const Error& error);
    /// Ends a save with the Backend's answer: refuseSave() when `error` is set; otherwise
    /// endSave(), `saved()` (to announce the change) and accept().
    void finishSave(const Error& error, const std::function<void()>& saved);
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_saving = false;
};

} // namespace pd::ui
