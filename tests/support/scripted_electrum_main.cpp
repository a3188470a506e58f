// The scripted Electrum server as a program, for trying the chain watcher by hand on the demo
// data (README, "BCH invoices on chain"; docs/TESTING.md). It listens on 127.0.0.1 and reads
// commands from standard input:
//   pay ADDRESS SATS   broadcast a transaction paying SATS satoshis to ADDRESS (CashAddr)
//   mine [N]           mine N blocks (default 1), the first holding the mempool
//   reorg N [mempool]  replace the last N blocks; their transactions vanish (or go back to the mempool)
//   tip                print the tip height
//
//   paydesk-scripted-electrum [--port 50001] [--cert FILE --key FILE]

#include "ScriptedElectrum.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A scripted Electrum Cash server for trying Paydesk's chain watcher."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default 50001)."),
                      QStringLiteral("port"), QStringLiteral("50001")});
    parser.addOption({QStringLiteral("cert"), QStringLiteral("Certificate (PEM) to speak TLS."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("key"), QStringLiteral("Private key (PEM) for --cert."), QStringLiteral("file")});
    parser.process(app);
    pd::test::ScriptedElectrum server;
    if (!server.listen(quint16(parser.value(QStringLiteral("port")).toUInt()), parser.value(QStringLiteral("cert")),
                       parser.value(QStringLiteral("key")))) {
        return 1;
    }
    std::printf("scripted electrum listening on %s, tip %d; commands: pay ADDRESS SATS | mine [N] | reorg N "
                "[mempool] | tip\n",
                qPrintable(server.url()), server.tipHeight());
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    quint32 seed = 1;
    QByteArray pending;
    const auto run = [&](const QByteArray& line) {
        const QStringList words = QString::fromUtf8(line).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            return;
        }
        const QString command = words.first();
        if (command == QLatin1String("pay") && words.size() == 3) {
            const QString text = words[1];
            const int colon = int(text.indexOf(QLatin1Char(':')));
            const auto network = pd::bch::networkFromPrefix(QStringView(text).left(colon < 0 ? 0 : colon));
            const auto address = pd::bch::parseAddress(text, network.value_or(pd::bch::Network::Mainnet));
            if (!address.ok()) {
                std::printf("not an address: %s\n", qPrintable(address.error().message));
            } else {
                std::printf("broadcast %s\n", qPrintable(server.broadcast(pd::test::ScriptedElectrum::paymentTransaction(
                                                    address.value(), words[2].toLongLong(), seed++))));
            }
        } else if (command == QLatin1String("mine")) {
            const int n = words.size() > 1 ? std::max(1, words[1].toInt()) : 1;
            server.mine();
            server.mineEmpty(n - 1);
            std::printf("tip %d\n", server.tipHeight());
        } else if (command == QLatin1String("reorg") && words.size() >= 2) {
            server.reorg(words[1].toInt(), words.size() > 2 && words[2] == QLatin1String("mempool"));
            std::printf("tip %d\n", server.tipHeight());
        } else if (command == QLatin1String("tip")) {
            std::printf("tip %d\n", server.tipHeight());
        } else {
            std::printf("commands: pay ADDRESS SATS | mine [N] | reorg N [mempool] | tip\n");
        }
        std::fflush(stdout);
    };
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&]() {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            input.setEnabled(false); // end of input: keep serving
            return;
        }
        pending.append(chunk, int(n));
        int end;
        while ((end = int(pending.indexOf('\n'))) >= 0) {
            run(pending.left(end));
            pending.remove(0, end + 1);
        }
    });
    return QCoreApplication::exec();
}
