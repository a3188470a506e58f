#pragma once

#include "Backend.h"
#include "DatabaseUrl.h"

#include <QMetaObject>

#include <memory>

namespace pd::sql {

class SqlSession;
class SqlLane;

/// Backend over PostgreSQL (QPSQL) or SQLite (QSQLITE).
///
/// SQL runs on two worker threads ("lanes"), each with its own connection, opened on first use
/// and reopened after the connection is lost: the interactive lane serves pages, details and
/// changes; the background lane serves counts and other long scans, so that an exact count of
/// millions of rows never delays the next page. The GUI thread never waits on either.
class SqlBackend : public Backend
{
    Q_OBJECT
public:
    enum class Lane { Interactive, Background };

    explicit SqlBackend(DatabaseUrl url, QObject* parent = nullptr);
    ~SqlBackend() override;

    const DatabaseUrl& url() const { return m_url; }

    RequestId open(QObject* receiver, Callback<ConnectionInfo> done) override;
    ConnectionInfo connectionInfo() const override { return m_info; }
    RequestId fetchPage(const ListRequest& request, QObject* receiver, Callback<ListPage> done) override;
    RequestId fetchCount(const ListRequest& request, CountMode mode, QObject* receiver,
                         Callback<CountResult> done) override;
    RequestId fetchDetail(Area area, qint64 id, QObject* receiver, Callback<DetailRecord> done) override;
    RequestId fetchOrganizations(QObject* receiver, Callback<QVector<Organization>> done) override;
    void cancel(RequestId id) override;

    /// Runs `work` on a lane with that lane's session and delivers its result like any other
    /// request. For SQL work that has no place in the Backend interface (schema upgrade, demo
    /// data, benchmarks). `work` runs on the worker thread: it must not touch GUI objects.
    template <typename T>
    RequestId run(Lane lane, QObject* receiver, Callback<T> done, std::function<Result<T>(SqlSession&)> work)
    {
        const RequestId id = beginRequest(receiver);
        auto onResult = [this, id, done](const Result<T>& result) {
            QMetaObject::invokeMethod(
                this, [this, id, done, result]() { deliver(id, result, done); }, Qt::QueuedConnection);
        };
        enqueue(lane, id, [work, onResult](SqlSession* session, const Error& openError) {
            if (!session) {
                onResult(Result<T>(openError));
                return;
            }
            onResult(work(*session));
        });
        return id;
    }

private:
    using JobFn = std::function<void(SqlSession* session, const Error& openError)>;
    void enqueue(Lane lane, RequestId id, JobFn job);
    SqlLane& lane(Lane which);

    DatabaseUrl m_url;
    ConnectionInfo m_info;
    std::unique_ptr<SqlLane> m_interactive;
    std::unique_ptr<SqlLane> m_background;
};

} // namespace pd::sql
