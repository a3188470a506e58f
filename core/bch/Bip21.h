#pragma once

#include "Result.h"
#include "bch/CashAddr.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace pd::bch {

/// A payment request as carried by a BIP21-style URI
/// `bitcoincash:<cashaddr>?amount=<BCH>&label=<text>&message=<text>`.
struct PaymentRequest
{
    Address address;
    std::optional<qint64> amountSats; ///< satoshis; written in whole BCH with at most 8 decimals
    QString label;
    QString message;
    /// Other parameters the reader does not interpret (their names do not start with "req-").
    QList<QPair<QString, QString>> otherParameters;
};

/// Builds and parses BIP21 URIs for Bitcoin Cash (bitcoin/bips bip-0021; CashAddr spec "Double
/// prefix": the address's prefix is the URI scheme and is not repeated).
class Bip21
{
    Q_DECLARE_TR_FUNCTIONS(Bip21)

public:
    /// The URI, in lowercase CashAddr. `amount` is exact ("0.0012", never "1.2e-3" or
    /// "0.00120000"); label and message are UTF-8 with every byte outside RFC 3986's
    /// unreserved set percent-encoded. Keys appear in the order amount, label, message.
    static QString build(const PaymentRequest& request);

    /// Parses a URI for the expected network. The scheme is case-insensitive; keys are
    /// case-sensitive. Refuses, with a message saying why: another network, a bad address, an
    /// amount that is not plain decimal BCH with at most 8 decimals (or negative, or zero), a
    /// duplicate key, a `req-` parameter Paydesk does not understand, malformed percent-encoding
    /// or text that is not UTF-8. Unknown keys without `req-` are kept in otherParameters.
    static Result<PaymentRequest> parse(const QString& uri, Network expected);

    /// RFC 3986 percent-encoding of UTF-8 text: unreserved characters (A-Z a-z 0-9 - . _ ~)
    /// as they are, every other byte as %XX (uppercase hex).
    static QString percentEncode(const QString& text);
};

} // namespace pd::bch
