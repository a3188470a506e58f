#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// Stable codes for the program's user-facing sentences (docs/ARCHITECTURE.md, "Errors across
/// the wire"). Every sentence marked for translation is a template of the message catalog
/// (the Korean translation file, compiled into core): its code is its translation context and a
/// hash of its English source ("pd::sql::SqlSession:3f9a2c1d"), its arguments are the values
/// put into %1, %2, ... and %n. paydesk-server sends code and arguments with every problem,
/// so a console renders a server's refusal in its own language.
namespace pd::messages {

/// A sentence as a catalog code and the values of its placeholders, in placeholder order
/// (%1, %2, ...; the value of %n, when the template has one, last).
struct Coded
{
    QString code;
    QStringList args;
};

/// The catalog template that produced the English `message`, with its values; nullopt when
/// no template matches (a driver's text, a sentence not marked for translation). Among
/// several matches the template with the most fixed text wins.
std::optional<Coded> identify(const QString& message);

/// The sentence of `code` in the installed translation with `args` filled in; empty when the
/// code is not in this program's catalog (another version) or the argument count differs.
QString render(const QString& code, const QStringList& args);

} // namespace pd::messages
