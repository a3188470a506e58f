#pragma once

#include "Backend.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <any>
#include <functional>

namespace pd::test {

/// A Backend for tests that need no database: every operation of the table (core/Operations.h)
/// answers Error::Kind::Internal "not in this fake" unless the test gives it an answer with
/// answer<Op>() or holds it with hold<Op>(). Answers are delivered inside the call; held calls
/// wait until cancel() (then they get Cancelled) or release<Op>(). `calls` lists the names of
/// the operations called, in order.
class FakeBackend : public Backend
{
public:
    explicit FakeBackend(ConnectionInfo info = {}, QObject* parent = nullptr)
        : Backend(parent)
        , m_info(std::move(info))
    {}

    /// Answers every call of Op with `answer(request)`.
    template<typename Op>
    void answer(std::function<Result<typename Op::Response>(const typename Op::Request&)> answer)
    {
        m_answers.insert(Op::operation().name, [answer](const std::any& request) -> Result<std::any> {
            auto result = answer(std::any_cast<const typename Op::Request&>(request));
            if (!result.ok()) {
                return result.error();
            }
            return std::any(result.value());
        });
    }
    /// Keeps every call of Op waiting: a slow database on demand.
    template<typename Op>
    void hold()
    {
        m_holding.append(Op::operation().name);
    }
    /// Answers the oldest waiting call of Op; false when none waits.
    template<typename Op>
    bool release(const Result<typename Op::Response>& result)
    {
        for (auto it = m_held.begin(); it != m_held.end(); ++it) {
            if (it->name == Op::operation().name) {
                Held held = *it;
                m_held.erase(it);
                deliver(held.id,
                        result.ok() ? Result<std::any>(std::any(result.value())) : Result<std::any>(result.error()),
                        held.done);
                return true;
            }
        }
        return false;
    }
    /// How many calls of an operation wait.
    int waiting(const QString& name) const
    {
        int n = 0;
        for (const Held& held : m_held) {
            n += held.name == name ? 1 : 0;
        }
        return n;
    }

    RequestId open(QObject* receiver, Callback<ConnectionInfo> done) override
    {
        const RequestId id = beginRequest(receiver);
        deliver(id, Result<ConnectionInfo>(m_info), done);
        return id;
    }
    ConnectionInfo connectionInfo() const override { return m_info; }
    RequestId exportCsv(const ExportRequest&, QObject* receiver, std::function<void(qint64)>,
                        Callback<ExportResult> done) override
    {
        calls << ops::ExportCsv::operation().name;
        const RequestId id = beginRequest(receiver);
        deliver(id, Result<ExportResult>(notInFake()), done);
        return id;
    }
    void cancel(RequestId id) override
    {
        if (!markCancelled(id)) {
            return;
        }
        cancelled << id;
        for (auto it = m_held.begin(); it != m_held.end(); ++it) {
            if (it->id == id) {
                Held held = *it;
                m_held.erase(it);
                deliver(id, Result<std::any>(Error(Error::Kind::Cancelled, QStringLiteral("cancelled"))), held.done);
                return;
            }
        }
    }

    QStringList calls;          ///< operation names, in call order
    QList<RequestId> cancelled; ///< ids passed to cancel() while pending

protected:
    RequestId invoke(const ops::Operation& op, std::any request, QObject* receiver, Callback<std::any> done) override
    {
        calls << op.name;
        const RequestId id = beginRequest(receiver);
        if (m_holding.contains(op.name)) {
            m_held.append(Held{id, op.name, std::move(done)});
            return id;
        }
        auto it = m_answers.constFind(op.name);
        deliver(id, it == m_answers.constEnd() ? Result<std::any>(notInFake()) : it.value()(request), done);
        return id;
    }

private:
    static Error notInFake() { return Error(Error::Kind::Internal, QStringLiteral("not in this fake")); }

    struct Held
    {
        RequestId id = 0;
        QString name;
        Callback<std::any> done;
    };
    ConnectionInfo m_info;
    QHash<QString, std::function<Result<std::any>(const std::any&)>> m_answers;
    QStringList m_holding;
    QList<Held> m_held;
};

} // namespace pd::test
