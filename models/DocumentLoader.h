#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>

class QNetworkAccessManager;
class QNetworkReply;

namespace pd::models {

/// A KYC document file ready to show: one image per page (one for a photo or scan, one per
/// page of a PDF rendered at DocumentLoader::kPdfDpi).
struct DocumentPages
{
    QVector<QImage> pages;
    QString format; ///< "pdf", "png", "jpeg", ... as detected from the bytes
    qint64 bytes = 0;
};

/// Where KYC document files may come from (docs/SECURITY.md, "The desktop"): a file_url is read
/// only when it is a regular file under one of `roots` (after resolving links) or an http(s)
/// address starting with one of `urlPrefixes`. Anything else (another local file, a device, a
/// FIFO, any other server) is refused without being touched.
struct DocumentSources
{
    QStringList roots;       ///< folders of the document store as mounted on this computer
    QStringList urlPrefixes; ///< "https://docs.example.org/kyc/"

    /// The sources of this computer: the settings kyc/documentRoots and kyc/documentUrlPrefixes
    /// (lists), and the embedded demo's specimen folder.
    static DocumentSources configured();
    /// Why `location` may not be opened (a sentence for the reviewer), empty when it may.
    QString refusal(const QString& location) const;
};

/// Loads the file behind kyc_documents.file_url without ever blocking the GUI thread:
/// a local path or file: URL is read on a worker thread; an http(s) URL is fetched through
/// QNetworkAccessManager with a transfer timeout, a size limit and same-origin redirects only.
/// Images are decoded by QImageReader and PDFs rendered by QtPdf, both on a worker thread.
/// A newer load() replaces the older one (its result is dropped). Exactly one of loaded() or
/// failed() follows each load() that is not replaced.
class DocumentLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBytes = 25 * 1024 * 1024; ///< larger files are refused
    static constexpr int kPdfDpi = 110;                   ///< PDF pages are rendered at this resolution
    static constexpr int kMaxPdfPages = 20;               ///< pages beyond this are not rendered

    explicit DocumentLoader(QObject* parent = nullptr);
    ~DocumentLoader() override;

    /// Starts loading `fileUrl` (empty: fails at once with a message saying there is no file).
    void load(const QString& fileUrl);
    /// Drops the load under way, if any.
    void cancel();
    /// Network transfer timeout in milliseconds (default 20 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// Where files may come from (default: DocumentSources::configured()).
    void setSources(const DocumentSources& sources) { m_sources = sources; }
    const DocumentSources& sources() const { return m_sources; }

    /// Decodes bytes into pages (PDF by its %PDF header, else any image format Qt reads).
    /// Runs on the calling thread; errors are a message for people in `error`.
    static DocumentPages decode(const QByteArray& bytes, QString* error);

Q_SIGNALS:
    void loaded(const pd::models::DocumentPages& pages);
    void failed(const QString& message);

private:
    void decodeInBackground(const QByteArray& bytes, quint64 generation);
    void finishNetwork(QNetworkReply* reply, quint64 generation);

    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    quint64 m_generation = 0;
    int m_timeoutMs = 20000;
    DocumentSources m_sources;
};

} // namespace pd::models

Q_DECLARE_METATYPE(pd::models::DocumentPages)
