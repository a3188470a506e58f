// libFuzzer targets for what the chain watcher reads from Electrum servers, which it does not
// trust: raw transactions (bch::parseTransaction, CashToken prefixes included), block headers and
// Merkle branches, and BIP21 URIs. Seeded with the published vectors (tests/fuzz/chain). Built
// by scripts/fuzz.sh with PD_FUZZ_PARSER naming the target.
#include "bch/Bip21.h"
#include "bch/Transaction.h"

#include <QByteArray>

#include <cstdint>

using namespace pd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), int(size));
    const QByteArray target(PD_FUZZ_PARSER);
    if (target == "transaction") {
        const auto tx = bch::parseTransaction(bytes);
        if (tx.ok()) {
            qint64 total = 0;
            for (const auto& out : tx.value().outputs) {
                total += tx.value().satsPaidTo(out.lockingScript);
            }
            if (tx.value().txid.size() != 64 || total < 0) {
                __builtin_trap();
            }
        }
        const auto header = bch::parseBlockHeader(bytes.left(80));
        if (header.ok()) {
            bch::merkleRootFromBranch(header.value().hash, {header.value().previousHash, header.value().merkleRoot},
                                      qint64(header.value().time));
        }
    } else if (target == "bip21") {
        for (bch::Network n : {bch::Network::Mainnet, bch::Network::Testnet}) {
            const auto request = bch::Bip21::parse(QString::fromUtf8(bytes), n);
            if (request.ok() && request.value().amountSats &&
                (*request.value().amountSats <= 0 || *request.value().amountSats > 2100000000000000LL)) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
