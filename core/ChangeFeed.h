#pragma once

#include "ListTypes.h"

#include <QObject>
#include <QVector>

#include <optional>

namespace pd {

/// What other people change, as it happens (docs/ARCHITECTURE.md, "Live tables").
///
/// A feed names rows only by area and id, never their data: listeners re-read the rows through
/// their normal, role-checked queries. Implementations: sql::SqlChangeFeed (PostgreSQL NOTIFY
/// on a dedicated connection; SQLite's PRAGMA data_version) and the REST backend's Server-Sent
/// Events client (GET /api/v1/events). Signals arrive on the feed's own (GUI) thread.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Connecting,   ///< not yet heard from the source
        Live,         ///< changes arrive as they are committed
        Reconnecting, ///< the source was lost; retrying (lastError() says why)
    };
    Q_ENUM(State)

    using QObject::QObject;

    State state() const { return m_state; }
    /// Why the feed is reconnecting; empty while live.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// Rows of `area` with these ids were inserted or changed.
    void rowsChanged(pd::Area area, const QVector<qint64>& ids);
    /// Anything may have changed: after a reconnect (what was sent meanwhile is lost), or
    /// where the source cannot say which rows (SQLite). Re-read what is shown.
    void resyncNeeded();
    void stateChanged(pd::ChangeFeed::State state);

protected:
    void setState(State state, const QString& error = QString())
    {
        m_lastError = error;
        if (state != m_state) {
            m_state = state;
            Q_EMIT stateChanged(state);
        }
    }

private:
    State m_state = State::Connecting;
    QString m_lastError;
};

/// One change notification's text, "<area key> <id>" ("payments 812"), as migration 021 sends
/// it and paydesk-server forwards it; nullopt for anything else.
struct ChangeNote
{
    Area area = Area::Users;
    qint64 id = 0;
};
std::optional<ChangeNote> parseChangeNote(const QString& text);

} // namespace pd
