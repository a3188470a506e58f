#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pd::ui {

namespace {
QTranslator* g_paydesk = nullptr;
QTranslator* g_qt = nullptr;
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString installTranslations(const QString& language)
{
    const QString code = language.isEmpty() ? QLocale::system().name().left(2) : language;
    for (QTranslator** translator : {&g_paydesk, &g_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    if (code != QLatin1String("ko")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // English is the source language; this file only holds plural forms ("1 invoice").
        g_paydesk = new QTranslator;
        if (g_paydesk->load(QStringLiteral(":/i18n/paydesk_en.qm"))) {
            QCoreApplication::installTranslator(g_paydesk);
        }
        return QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    g_paydesk = new QTranslator;
    if (g_paydesk->load(QStringLiteral(":/i18n/paydesk_ko.qm"))) {
        QCoreApplication::installTranslator(g_paydesk);
    }
    // Qt's own strings (standard buttons, dialogs) from the qt6-translations-l10n package.
    g_qt = new QTranslator;
    if (g_qt->load(QLocale(QLocale::Korean), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(g_qt);
    }
    return QStringLiteral("ko");
}

} // namespace pd::ui
