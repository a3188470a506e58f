#include "ChainService.h"

#include "sql/SqlChain.h"
#include "sql/SqlSession.h"

#include <QHostInfo>
#include <QTimer>

#include <cstdio>

namespace pd::server {

ChainService::ChainService(DatabaseUrl database, QString watchAs, chain::ChainWatcherOptions options)
    : m_database(std::move(database))
    , m_watchAs(std::move(watchAs))
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("paydesk-chain-watcher"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

ChainService::~ChainService()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                m_watcher.reset();
                m_store.reset();
                m_session.reset();
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

Result<Done> ChainService::start()
{
    if (m_watchAs.isEmpty()) {
        return Error(Error::Kind::Invalid,
                     QStringLiteral("--electrum needs --watch-as LOGIN: the headquarters staff login the chain watcher "
                                    "acts as (its changes are audited under that name)."));
    }
    m_options.name = m_watchAs + QStringLiteral("@") + QHostInfo::localHostName() + QStringLiteral(" (server)");
    m_thread.start();
    Result<Done> result = Done{};
    QMetaObject::invokeMethod(
        m_context, [this, &result] { result = open(); }, Qt::BlockingQueuedConnection);
    return result;
}

Result<Done> ChainService::open()
{
    m_watcher.reset();
    m_store.reset();
    m_session.reset();
    auto session = sql::SqlSession::open(m_database, QStringLiteral("paydesk-chain-watcher"));
    if (!session.ok()) {
        return session.error();
    }
    m_session = std::move(session.value());
    PD_TRY(m_session->actAs(m_watchAs));
    PD_TRY(sql::checkChainWatcherLogin(*m_session));
    m_store = std::make_unique<sql::SqlChainStore>(*m_session);
    m_watcher = std::make_unique<chain::ChainWatcher>(*m_store, m_options);
    connect(m_watcher.get(), &chain::ChainWatcher::message, m_watcher.get(), [](const QString& text) {
        std::fprintf(stderr, "{\"chain\":\"%s\"}\n",
                     qPrintable(QString(text).replace(QLatin1Char('"'), QLatin1Char('\''))));
    });
    connect(m_watcher.get(), &chain::ChainWatcher::passFinished, m_context,
            [this] { QTimer::singleShot(0, m_context, [this] { reopenIfLost(); }); });
    m_watcher->start();
    return Done{};
}

void ChainService::reopenIfLost()
{
    if (!m_session || !m_session->isBroken()) {
        return;
    }
    std::fprintf(stderr, "{\"chain\":\"the database connection was lost; opening it again\"}\n");
    retryOpen();
}

void ChainService::retryOpen()
{
    if (open().ok()) {
        return;
    }
    m_watcher.reset();
    m_store.reset();
    m_session.reset();
    QTimer::singleShot(5000, m_context, [this] { retryOpen(); });
}

} // namespace pd::server
