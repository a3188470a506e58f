#pragma once

#include "DatabaseUrl.h"
#include "Result.h"
#include "chain/ChainWatcher.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace pd::sql {
class SqlSession;
class SqlChainStore;
} // namespace pd::sql

namespace pd::server {

/// The chain watcher inside paydesk-server (docs/DOMAIN.md, "Invoices on chain"): its own
/// thread and database connection, acting as the headquarters login `watchAs` (so its changes
/// are audited under that name and held to the database's rules), following the Electrum
/// servers of `options`. Its state reaches the consoles through the chain_watchers table.
class ChainService : public QObject
{
    Q_OBJECT
public:
    ChainService(DatabaseUrl database, QString watchAs, chain::ChainWatcherOptions options);
    /// Stops the watcher and waits for its thread.
    ~ChainService() override;

    /// Opens the connection, becomes `watchAs` and checks it may run the watcher (blocking, before
    /// the server listens); then starts watching on the thread. The error says what to fix.
    Result<Done> start();

private:
    /// On the watcher's thread: opens the connection as `watchAs`, checks it and starts watching.
    Result<Done> open();
    /// On the watcher's thread: a lost database connection is opened again (every 5 s until it
    /// works); the watcher starts over, which is idempotent.
    void reopenIfLost();
    void retryOpen();

    DatabaseUrl m_database;
    QString m_watchAs;
    chain::ChainWatcherOptions m_options;
    QThread m_thread;
    QObject* m_context = nullptr; ///< lives on m_thread: what runs there runs through it
    // Made, used and destroyed on m_thread only (a database connection belongs to its thread).
    std::unique_ptr<sql::SqlSession> m_session;
    std::unique_ptr<sql::SqlChainStore> m_store;
    std::unique_ptr<chain::ChainWatcher> m_watcher;
};

} // namespace pd::server
