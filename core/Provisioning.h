#pragma once

#include "DatabaseUrl.h"
#include "Result.h"
#include "demo/DemoGenerator.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace pd {

namespace sql {
class SqlBackend;
}

/// Makes the embedded demo database usable on first start, off the GUI thread: creates the
/// SQLite file, applies every migration (an existing file is only upgraded), and fills an empty
/// database with demo data (docs/DOMAIN.md), with a FieldCipher key and specimen document files
/// beside it. Reports progress and can be cancelled; finished() comes exactly once.
class DemoProvisioner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        double scale = 1.0; ///< demo data size (DemoOptions::scale)
        /// Writes specimen KYC document files into a folder and returns their paths; runs on
        /// the worker thread. Null: no document files.
        std::function<Result<QStringList>(const QString& dir)> writeDocumentFiles;
    };

    DemoProvisioner(DatabaseUrl url, Options options, QObject* parent = nullptr);
    /// Never waits: a running job is cancelled and finishes on its own.
    ~DemoProvisioner() override;

    /// Starts the work (once).
    void start();
    /// Asks the work to stop at the next step; finished() then reports Cancelled.
    void cancel();

Q_SIGNALS:
    /// `percent` 0..100 and the stage's words.
    void progress(int percent, const QString& stage);
    /// The outcome: what was generated (empty for an upgrade of existing demo data), or why not.
    void finished(const pd::Result<pd::demo::DemoSummary>& result);

private:
    struct Shared;
    DatabaseUrl m_url;
    Options m_options;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<sql::SqlBackend> m_backend;
};

} // namespace pd
