#include "Provisioning.h"

#include "FieldCipher.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlSession.h"

#include <QFileInfo>
#include <QMutex>

namespace pd {

/// What the worker thread shares with the provisioner: the cancel flag and a pointer that the
/// destructor clears first, so late progress is dropped.
struct DemoProvisioner::Shared
{
    QMutex mutex;
    DemoProvisioner* owner = nullptr;
    std::atomic<bool> cancelled{false};
};

DemoProvisioner::DemoProvisioner(DatabaseUrl url, Options options, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_options(std::move(options))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
    m_url.mayCreate = true; // the one place a database file is made on purpose
}

DemoProvisioner::~DemoProvisioner()
{
    if (Shared* shared = m_shared.get()) {
        QMutexLocker lock(&shared->mutex);
        shared->owner = nullptr;
        shared->cancelled.store(true);
    }
}

void DemoProvisioner::cancel()
{
    if (Shared* shared = m_shared.get()) {
        shared->cancelled.store(true);
    }
}

void DemoProvisioner::start()
{
    if (m_backend) {
        return;
    }
    m_backend = std::make_unique<sql::SqlBackend>(m_url);
    const double scale = m_options.scale;
    const auto writeFiles = m_options.writeDocumentFiles;
    std::shared_ptr<Shared> shared = m_shared;
    m_backend->run<demo::DemoSummary>(
        sql::SqlBackend::Lane::Background, this,
        [this](const Result<demo::DemoSummary>& result) { Q_EMIT finished(result); },
        [shared, scale, writeFiles](sql::SqlSession& session) -> Result<demo::DemoSummary> {
            auto applied = sql::Migrator::upgrade(session);
            if (!applied.ok()) {
                return applied.error();
            }
            auto filled = session.scalar(sql::SqlBuilder("SELECT COUNT(*) FROM organizations"));
            if (filled.ok() && filled.value().toLongLong() > 0) {
                return demo::DemoSummary{}; // an upgrade of existing demo data
            }
            const QString dir = QFileInfo(session.url().path).absolutePath();
            demo::DemoOptions options;
            options.scale = scale;
            // A field key beside the database seals the demo's bank account numbers.
            const QString keyFile = dir + QStringLiteral("/field.key");
            if (FieldCipher::createKeyFile(keyFile).ok()) {
                options.fieldKeyFile = keyFile;
            }
            // Specimen document files beside the database, so the KYC page shows real files.
            if (writeFiles) {
                auto specimens = writeFiles(dir + QStringLiteral("/kyc-specimens"));
                if (specimens.ok()) {
                    options.documentFiles = specimens.value();
                }
            }
            return demo::generateDemoData(session, options, [shared](int percent, const QString& stage) {
                QMutexLocker lock(&shared->mutex);
                if (DemoProvisioner* owner = shared->owner) {
                    QMetaObject::invokeMethod(
                        owner, [owner, percent, stage]() { Q_EMIT owner->progress(percent, stage); },
                        Qt::QueuedConnection);
                }
                return !shared->cancelled.load();
            });
        });
}

} // namespace pd
