#pragma once

#include <QLocale>
#include <QString>

namespace pd::ui {

/// Installs Paydesk's translation and Qt's own for a language: "ko" (Korean), "en"
/// (English, the source language) or empty for the system's language. Replaces any installed
/// before. Returns the language now in use ("ko" or "en").
QString installTranslations(const QString& language);

/// The languages Paydesk ships, as codes: "en", "ko".
QStringList availableLanguages();

} // namespace pd::ui
