// libFuzzer targets for what paydesk-server reads from clients before any database work: every
// operation's request codec (path ids, query, JSON body, If-Match; core/Operations.h
// Operation::fromWire), access tokens (auth::verifyAccessToken) and list cursors
// (sql::decodeCursor). Built once per target by scripts/fuzz.sh (clang, ASan, UBSan), each
// binary picking its target with PD_FUZZ_PARSER, seeded with real requests (tests/fuzz/requests).
//
// A request seed is text: the operation's name on the first line, the query string on the
// second, If-Match on the third, the body after. Bytes that name no operation pick one by
// their first byte, so every codec is reached.
#include "Auth.h"
#include "Operations.h"
#include "sql/SqlLists.h"

#include <QByteArray>
#include <QUrlQuery>

#include <algorithm>
#include <cstdint>
#include <cstring>

using namespace pd;

namespace {

void serverRequest(const QByteArray& bytes)
{
    const QList<QByteArray> parts = bytes.split('\n');
    QVector<const ops::Operation*> coded;
    for (const ops::Operation* op : ops::all()) {
        if (op->hasCodec()) {
            coded.append(op);
        }
    }
    const ops::Operation* op = ops::find(QString::fromUtf8(parts.value(0)));
    if (!op || !op->hasCodec()) {
        op = coded.at(bytes.isEmpty() ? 0 : quint8(bytes.at(0)) % coded.size());
    }
    ops::Wire wire;
    wire.query = QUrlQuery(QString::fromUtf8(parts.value(1)));
    bool isNumber = false;
    const int version = parts.value(2).toInt(&isNumber);
    if (isNumber) {
        wire.ifMatch = version;
    }
    // Ids as the router passes them: positive integers from the path.
    for (const auto& item : wire.query.queryItems()) {
        if (item.first == QLatin1String("id")) {
            wire.ids.append(std::max<qint64>(1, item.second.toLongLong()));
        }
    }
    wire.ids.append(1 + qint64(bytes.size()));
    wire.ids.append(2);
    wire.key = QStringLiteral("payments");
    const qsizetype bodyStart = parts.value(0).size() + parts.value(1).size() + parts.value(2).size() + 3;
    wire.body = bodyStart < bytes.size() ? bytes.mid(bodyStart) : QByteArray();
    auto request = op->fromWire(wire);
    if (request.ok() && op->hasCodec()) {
        // A request the server accepted must be one the client could have sent.
        const ops::Wire again = op->toWire(request.value());
        auto reread = op->fromWire(again);
        if (!reread.ok()) {
            __builtin_trap();
        }
    }
}

void accessToken(const QByteArray& bytes)
{
    static const QByteArray key(32, 'k');
    auto claims = auth::verifyAccessToken(QString::fromLatin1(bytes), key, 1800000000);
    if (claims.ok() && (claims.value().subject.isEmpty() || claims.value().sessionId <= 0)) {
        __builtin_trap(); // accepted without a subject or a session
    }
}

void cursor(const QByteArray& bytes)
{
    auto decoded = sql::decodeCursor(QString::fromLatin1(bytes));
    if (decoded) {
        auto again = sql::decodeCursor(sql::encodeCursor(*decoded));
        if (!again || again->id != decoded->id || again->area != decoded->area) {
            __builtin_trap();
        }
    }
}

struct Target
{
    const char* name;
    void (*run)(const QByteArray&);
};

const Target kTargets[] = {
    {"server_request", serverRequest},
    {"access_token", accessToken},
    {"cursor", cursor},
};

const Target* chosen()
{
    static const Target* target = []() -> const Target* {
        for (const Target& t : kTargets) {
            if (std::strcmp(t.name, PD_FUZZ_PARSER) == 0) {
                return &t;
            }
        }
        return nullptr;
    }();
    return target;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Target* target = chosen();
    if (!target) {
        __builtin_trap(); // PD_FUZZ_PARSER names no target
    }
    target->run(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
