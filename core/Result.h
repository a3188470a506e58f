#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace pd {

/// What went wrong in a call that reached for data.
///
/// `kind` lets the UI choose its wording and what to offer (log in again, pick another
/// database, retry); `message` is one sentence for a person saying what is wrong and what to
/// do; `detail` is the driver's or server's own text, for a "details" box and the log. A
/// default-constructed Error means "no error".
struct Error
{
    enum class Kind {
        None,
        Connection,     ///< host unreachable, refused, dropped mid-call
        Authentication, ///< wrong user or password, expired or revoked token
        Tls,            ///< certificate refused, wrong host name, TLS required
        NotPaydesk,     ///< the database holds something other than a Paydesk schema
        SchemaTooNew,   ///< the schema is newer than this program understands
        SchemaOutdated, ///< a Paydesk schema older than this program: offer --init-db to upgrade
        EmptyDatabase,  ///< reachable, but no Paydesk schema yet (offer --init-db)
        Conflict,       ///< someone else changed the row first (optimistic concurrency)
        NotFound,       ///< the row is gone
        Invalid,        ///< the request itself is wrong (bad filter, bad value)
        Permission,     ///< the role may not do this
        Cancelled,      ///< the caller cancelled, or a newer request replaced this one
        Timeout,        ///< no answer in time
        Database,       ///< any other database error
        Network,        ///< any other network error
        Internal,       ///< a bug in Paydesk
    };

    Kind kind = Kind::None;
    QString message;
    QString detail;
    /// The message's catalog code and arguments (core/Messages.h) when it came from another
    /// program (paydesk-server); empty otherwise.
    QString code;
    QStringList args;

    Error() = default;
    Error(Kind k, QString msg, QString det = {})
        : kind(k)
        , message(std::move(msg))
        , detail(std::move(det))
    {}

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    /// Stable, untranslated name of a kind ("conflict", "not_found", ...), used on the wire
    /// (REST problem+json `type`) and in logs.
    static QString kindName(Kind kind);
    /// The inverse of kindName(); unknown names give Kind::Internal.
    static Kind kindFromName(const QString& name);
};

/// A value of type T or an Error. Used as the payload of every asynchronous backend call.
template<typename T>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value converts to a success
        : m_value(std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor): an Error converts to a failure
        : m_error(std::move(error))
    {
        if (!m_error.isError()) {
            m_error = Error(Error::Kind::Internal, QStringLiteral("Result built from an empty error"));
        }
    }

    bool ok() const { return m_value.has_value(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of a call that returns nothing but may fail.
struct Done
{};

} // namespace pd

/// Evaluates a Result-returning expression and returns its error from the enclosing function
/// (which must return a Result) when it failed.
#define PD_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        auto _pdResult = (expr);                                                                                       \
        if (!_pdResult.ok()) {                                                                                         \
            return _pdResult.error();                                                                                  \
        }                                                                                                              \
    } while (false)

Q_DECLARE_METATYPE(pd::Error)
