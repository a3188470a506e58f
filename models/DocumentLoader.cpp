#include "DocumentLoader.h"

#include "ConnectionProfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPdfDocument>
#include <QSettings>
#include <QThreadPool>
#include <QUrl>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pd::models {

namespace {
struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(pd::models::DocumentLoader)
};
} // namespace

DocumentSources DocumentSources::configured()
{
    QSettings settings;
    DocumentSources sources;
    sources.roots = settings.value(QStringLiteral("kyc/documentRoots")).toStringList();
    sources.urlPrefixes = settings.value(QStringLiteral("kyc/documentUrlPrefixes")).toStringList();
    // The embedded demo writes its specimen files beside its database (core/Provisioning.cpp).
    sources.roots << QFileInfo(embeddedDatabasePath()).absolutePath() + QStringLiteral("/kyc-specimens");
    return sources;
}

QString DocumentSources::refusal(const QString& location) const
{
    const QUrl url = QUrl::fromUserInput(location);
    if (url.isLocalFile() || location.startsWith(QLatin1Char('/'))) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : location;
        const QString canonical = QFileInfo(path).canonicalFilePath(); // links resolved; empty when missing
        if (canonical.isEmpty()) {
            return LoaderText::tr("The file %1 does not exist on this computer. Check that the document store is "
                                  "mounted.")
                .arg(path);
        }
        for (const QString& root : roots) {
            const QString base = QFileInfo(root).canonicalFilePath();
            if (!base.isEmpty() && canonical.startsWith(base + QLatin1Char('/'))) {
                return {};
            }
        }
        return LoaderText::tr("Paydesk opens document files only from the document store (%1); %2 is elsewhere. Ask "
                              "an administrator to set kyc/documentRoots if the store moved.")
            .arg(roots.isEmpty() ? LoaderText::tr("none is set") : roots.join(QStringLiteral(", ")), path);
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        return LoaderText::tr("Paydesk cannot open \"%1\": the file must be a local path or an http(s) address.")
            .arg(location);
    }
    const QString address = url.toString(QUrl::FullyEncoded);
    for (const QString& prefix : urlPrefixes) {
        if (!prefix.isEmpty() && address.startsWith(prefix)) {
            return {};
        }
    }
    return LoaderText::tr("Paydesk fetches document files only from the document store's address (%1); %2 is "
                          "elsewhere. Ask an administrator to set kyc/documentUrlPrefixes.")
        .arg(urlPrefixes.isEmpty() ? LoaderText::tr("none is set") : urlPrefixes.join(QStringLiteral(", ")),
             url.toDisplayString());
}

DocumentLoader::DocumentLoader(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_sources(DocumentSources::configured())
{
    qRegisterMetaType<DocumentPages>();
}

DocumentLoader::~DocumentLoader()
{
    cancel();
}

void DocumentLoader::cancel()
{
    ++m_generation;
    if (QNetworkReply* reply = m_reply.data()) {
        reply->abort();
        reply->deleteLater();
    }
}

DocumentPages DocumentLoader::decode(const QByteArray& bytes, QString* error)
{
    DocumentPages out;
    out.bytes = bytes.size();
    if (bytes.startsWith("%PDF")) {
        out.format = QStringLiteral("pdf");
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() < 1) {
            *error = LoaderText::tr("The PDF could not be read (%1). Ask the customer to upload it again.")
                         .arg(pdf.error() == QPdfDocument::Error::IncorrectPassword
                                  ? LoaderText::tr("it is password-protected")
                                  : LoaderText::tr("it is damaged or not a PDF"));
            return out;
        }
        for (int page = 0; page < std::min(pdf.pageCount(), kMaxPdfPages); ++page) {
            const QSizeF points = pdf.pagePointSize(page);
            const QSize pixels((points * kPdfDpi / 72.0).toSize());
            QImage image = pdf.render(page, pixels);
            if (image.isNull()) {
                *error = LoaderText::tr("Page %1 of the PDF could not be rendered.").arg(page + 1);
                return out;
            }
            out.pages.append(image);
        }
        return out;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // honour EXIF orientation of phone photos
    out.format = QString::fromLatin1(reader.format());
    QImage image = reader.read();
    if (image.isNull()) {
        *error =
            LoaderText::tr("The file is neither a PDF nor an image Paydesk can read (%1).").arg(reader.errorString());
        return out;
    }
    out.pages.append(image);
    return out;
}

void DocumentLoader::decodeInBackground(const QByteArray& bytes, quint64 generation)
{
    QPointer<DocumentLoader> self(this);
    QThreadPool::globalInstance()->start([self, bytes, generation]() {
        QString error;
        DocumentPages pages = decode(bytes, &error);
        // Deliver on the loader's thread; a replaced or destroyed loader drops the result.
        QMetaObject::invokeMethod(
            qApp,
            [self, pages, error, generation]() {
                DocumentLoader* loader = self.data();
                if (loader == nullptr || loader->m_generation != generation) {
                    return;
                }
                if (error.isEmpty()) {
                    Q_EMIT loader->loaded(pages);
                } else {
                    Q_EMIT loader->failed(error);
                }
            },
            Qt::QueuedConnection);
    });
}

void DocumentLoader::load(const QString& fileUrl)
{
    cancel();
    const quint64 generation = m_generation;
    const QString location = fileUrl.trimmed();
    auto failLater = [this, generation](const QString& message) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, message]() {
                if (m_generation == generation) {
                    Q_EMIT failed(message);
                }
            },
            Qt::QueuedConnection);
    };
    if (location.isEmpty()) {
        failLater(LoaderText::tr("This document has no file."));
        return;
    }
    if (const QString refused = m_sources.refusal(location); !refused.isEmpty()) {
        failLater(refused);
        return;
    }
    const QUrl url = QUrl::fromUserInput(location);
    if (url.isLocalFile() || location.startsWith(QLatin1Char('/'))) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : location;
        QPointer<DocumentLoader> self(this);
        QThreadPool::globalInstance()->start([self, path, generation]() {
            QString error;
            QByteArray bytes;
            // Opened without blocking (a FIFO would hang), then checked to be a regular file, and
            // read with a hard limit (a device would never end).
            const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
            struct stat st = {};
            if (fd < 0) {
                error = LoaderText::tr("The file %1 could not be opened: %2. Check that the document store is "
                                       "mounted on this computer.")
                            .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            } else if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
                error = LoaderText::tr("%1 is not a regular file; Paydesk does not open it.").arg(path);
            } else if (st.st_size > kMaxBytes) {
                error = LoaderText::tr("The file %1 is larger than 25 MB; open it outside Paydesk.").arg(path);
            } else {
                bytes.resize(qsizetype(st.st_size) + 1);
                qsizetype got = 0;
                while (got < bytes.size()) {
                    const ssize_t n = ::read(fd, bytes.data() + got, size_t(bytes.size() - got));
                    if (n <= 0) {
                        break;
                    }
                    got += n;
                }
                bytes.truncate(std::min<qsizetype>(got, kMaxBytes));
            }
            if (fd >= 0) {
                ::close(fd);
            }
            QMetaObject::invokeMethod(
                qApp,
                [self, bytes, error, generation]() {
                    DocumentLoader* loader = self.data();
                    if (loader == nullptr || loader->m_generation != generation) {
                        return;
                    }
                    if (!error.isEmpty()) {
                        Q_EMIT loader->failed(error);
                    } else {
                        loader->decodeInBackground(bytes, generation);
                    }
                },
                Qt::QueuedConnection);
        });
        return;
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        failLater(LoaderText::tr("Paydesk cannot open \"%1\": the file must be a local path or an http(s) address.")
                      .arg(location));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkReply* reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64 total) {
        if (received > kMaxBytes || total > kMaxBytes) {
            reply->setProperty("pd_too_large", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation]() { finishNetwork(reply, generation); });
}

void DocumentLoader::finishNetwork(QNetworkReply* reply, quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation) {
        return;
    }
    const QString where = reply->url().toDisplayString();
    if (reply->property("pd_too_large").toBool()) {
        Q_EMIT failed(LoaderText::tr("The file at %1 is larger than 25 MB; open it outside Paydesk.").arg(where));
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        Q_EMIT failed(LoaderText::tr("%1 did not answer within %2 seconds. Try again, or check the network.")
                          .arg(where)
                          .arg(m_timeoutMs / 1000));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT failed(
            status > 0 ? LoaderText::tr("The document server answered HTTP %1 for %2.").arg(status).arg(where)
                       : LoaderText::tr("The file could not be fetched from %1: %2.").arg(where, reply->errorString()));
        return;
    }
    decodeInBackground(reply->readAll(), generation);
}

} // namespace pd::models
