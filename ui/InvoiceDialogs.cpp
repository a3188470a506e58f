#include "InvoiceDialogs.h"

#include "chain/ChainSettings.h"

#include "Labels.h"
#include "Money.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
constexpr qint64 kMaxInvoiceSats = 9'999'999'999; // invoices.amount DECIMAL(10,8): 99.99999999 BCH

/// "Kim Minji" / "김민지" from a users-list row (areaColumns(Area::Users)).
QString memberName(const QVariantList& row)
{
    const int last = columnIndex(Area::Users, QStringLiteral("last_name"));
    const int first = columnIndex(Area::Users, QStringLiteral("first_name"));
    const int country = columnIndex(Area::Users, QStringLiteral("country_code"));
    if (row.value(country).toString() == QLatin1String("KR")) {
        return row.value(last).toString() + row.value(first).toString();
    }
    return row.value(first).toString() + QLatin1Char(' ') + row.value(last).toString();
}
} // namespace

// -- NewInvoiceDialog ------------------------------------------------------------------------

NewInvoiceDialog::NewInvoiceDialog(Backend* backend, QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("newInvoiceDialog"));
    setWindowTitle(tr("New BCH invoice"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Name, email or phone"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("memberResults"));
    m_results->setMaximumHeight(120);
    m_member = new QLabel(tr("No member chosen"), this);
    m_member->setObjectName(QStringLiteral("chosenMember"));
    auto* memberBox = new QVBoxLayout;
    memberBox->addWidget(m_search);
    memberBox->addWidget(m_results);
    memberBox->addWidget(m_member);
    form->addRow(tr("Member"), memberBox);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(QStringLiteral("0.125"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("amountUnit"));
    m_unit->addItem(QStringLiteral("BCH"), QStringLiteral("bch")); // i18n-exempt: currency code
    m_unit->addItem(tr("satoshis"), QStringLiteral("sats"));
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_unit);
    m_amountPreview = new QLabel(this);
    m_amountPreview->setObjectName(QStringLiteral("amountPreview"));
    auto* amountBox = new QVBoxLayout;
    amountBox->addLayout(amountRow);
    amountBox->addWidget(m_amountPreview);
    form->addRow(tr("Amount"), amountBox);

    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaxLength(500);
    m_description->setPlaceholderText(tr("What the member pays for, e.g. 2026-11 meal fee"));
    form->addRow(tr("Description"), m_description);

    m_expiry = new QDateTimeEdit(this);
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime now = QDateTime::currentDateTime();
    m_expiry->setDateTime(QDateTime(now.date().addDays(7), QTime(now.time().hour(), 0)));
    m_expiry->setToolTip(tr("Local time. The member must pay before this; at most one year ahead."));
    form->addRow(tr("Pay by"), m_expiry);
    layout->addLayout(form);

    auto* buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create invoice"));
    buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createInvoice"));
    finishLayout(layout, buttonBox);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(300);
    connect(&m_searchTimer, &QTimer::timeout, this, &NewInvoiceDialog::searchMembers);
    connect(m_search, &QLineEdit::textChanged, this, [this]() { m_searchTimer.start(); });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            setMember(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString());
        }
    });
    connect(m_amount, &QLineEdit::textChanged, this, &NewInvoiceDialog::updateAmountPreview);
    // An old complaint goes away as soon as the user changes what it was about.
    for (QLineEdit* edit : {m_amount, m_description, m_search}) {
        clearErrorOnEdit(edit);
    }
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, [this]() { showError(QString()); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &NewInvoiceDialog::updateAmountPreview);
    updateAmountPreview();
    resize(520, sizeHint().height());
}

void NewInvoiceDialog::setMember(qint64 userId, const QString& name)
{
    m_memberId = userId;
    m_member->setText(userId > 0 ? tr("Chosen: %1 (#%2)").arg(name).arg(userId) : tr("No member chosen"));
}

void NewInvoiceDialog::searchMembers()
{
    if (m_searchRequest) {
        m_backend->cancel(m_searchRequest);
        m_searchRequest = 0;
    }
    const QString text = m_search->text().trimmed();
    m_results->clear();
    if (text.size() < 2) {
        return;
    }
    ListRequest request;
    request.area = Area::Users;
    request.filters.insert(QStringLiteral("q"), text);
    request.limit = 20;
    m_searchRequest = m_backend->fetchPage(request, this, [this](const Result<ListPage>& result) {
        m_searchRequest = 0;
        if (!result.ok()) {
            if (result.error().kind != Error::Kind::Cancelled) {
                showError(result.error().message);
            }
            return;
        }
        const int email = columnIndex(Area::Users, QStringLiteral("email"));
        const int org = columnIndex(Area::Users, QStringLiteral("organization"));
        for (const QVariantList& row : result.value().rows) {
            const qint64 id = row.value(0).toLongLong();
            auto* item =
                new QListWidgetItem(QStringLiteral("%1 · %2 · %3 · #%4")
                                        .arg(memberName(row), row.value(email).toString(), row.value(org).toString())
                                        .arg(id),
                                    m_results);
            item->setData(Qt::UserRole, id);
            item->setData(Qt::UserRole + 1, memberName(row));
        }
        if (result.value().rows.isEmpty()) {
            auto* item = new QListWidgetItem(tr("No member matches “%1”.").arg(m_search->text().trimmed()), m_results);
            item->setFlags(Qt::NoItemFlags);
        }
    });
}

std::optional<qint64> NewInvoiceDialog::amountSats(QString* why) const
{
    const QString text = m_amount->text().trimmed();
    QString reason;
    std::optional<qint64> sats;
    if (text.isEmpty()) {
        reason = tr("Enter the amount.");
    } else if (m_unit->currentData().toString() == QLatin1String("sats")) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || text.startsWith(QLatin1Char('+'))) {
            reason = tr("Satoshis are a whole number, such as 125000 (no separators).");
        } else {
            sats = value;
        }
    } else {
        QString parseWhy;
        const auto money = Money::fromDecimal(text, Currency::BCH, &parseWhy);
        if (!money) {
            reason = tr("“%1” is not a BCH amount: %2 Write it like 0.125.").arg(text, parseWhy);
        } else {
            sats = money->minorUnits();
        }
    }
    if (sats && *sats <= 0) {
        reason = tr("The amount must be more than zero.");
        sats.reset();
    } else if (sats && *sats > kMaxInvoiceSats) {
        reason = tr("An invoice can ask for at most 99.99999999 BCH.");
        sats.reset();
    }
    if (why) {
        *why = reason;
    }
    return sats;
}

void NewInvoiceDialog::updateAmountPreview()
{
    QString why;
    const auto sats = amountSats(&why);
    if (sats) {
        m_amountPreview->setText(
            tr("= %1 = %2 satoshis").arg(Money(*sats, Currency::BCH).format(), QLocale().toString(*sats)));
    } else {
        m_amountPreview->setText(m_amount->text().trimmed().isEmpty() ? QString() : why);
    }
}

void NewInvoiceDialog::submit()
{
    if (m_memberId <= 0) {
        showError(tr("Choose the member: type part of a name or email and pick them from the list."));
        m_search->setFocus();
        return;
    }
    QString why;
    const auto sats = amountSats(&why);
    if (!sats) {
        showError(why);
        m_amount->setFocus();
        return;
    }
    const QDateTime expiry = m_expiry->dateTime();
    if (expiry <= QDateTime::currentDateTime()) {
        showError(tr("The expiry must be in the future."));
        m_expiry->setFocus();
        return;
    }
    InvoiceDraft draft;
    draft.userId = m_memberId;
    draft.amountSats = *sats;
    draft.description = m_description->text().trimmed();
    draft.expiresAt = expiry.toUTC();
    if (!beginSave()) {
        return;
    }
    showError(QString());
    m_backend->createInvoice(draft, this, [this](const Result<CreatedInvoice>& result) {
        endSave();
        if (!result.ok()) {
            // Everything typed stays; the database is unchanged (one transaction).
            showError(result.error().message);
            return;
        }
        Q_EMIT created(result.value());
        accept();
    });
}

// -- InvoiceChangeDialog ---------------------------------------------------------------------

namespace {
struct ChangeDialogText
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::InvoiceChangeDialog)
};

QString actionTitle(InvoiceChange::Action action)
{
    switch (action) {
    case InvoiceChange::Action::MarkPaid:
        return ChangeDialogText::tr("Mark invoice paid");
    case InvoiceChange::Action::Confirm:
        return ChangeDialogText::tr("Confirm invoice payment");
    case InvoiceChange::Action::Expire:
        return ChangeDialogText::tr("Expire invoice");
    case InvoiceChange::Action::Cancel:
        return ChangeDialogText::tr("Cancel invoice");
    }
    return {};
}
} // namespace

InvoiceChangeDialog::InvoiceChangeDialog(Backend* backend, InvoiceChange::Action action, qint64 invoiceId, int version,
                                         const QString& txHash, QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("invoiceChangeDialog"));
    m_change.id = invoiceId;
    m_change.version = version;
    m_change.action = action;
    setWindowTitle(actionTitle(action));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    switch (action) {
    case InvoiceChange::Action::MarkPaid:
        intro->setText(tr("Invoice #%1 was paid on chain and awaits confirmation. Enter the transaction hash as the "
                          "block explorer shows it.")
                           .arg(invoiceId));
        break;
    case InvoiceChange::Action::Confirm:
        intro->setText(tr("Invoice #%1's payment is confirmed on chain.").arg(invoiceId));
        break;
    case InvoiceChange::Action::Expire:
        intro->setText(tr("Invoice #%1 will be marked expired: its payment window has passed. Its address is never "
                          "used again.")
                           .arg(invoiceId));
        break;
    case InvoiceChange::Action::Cancel:
        intro->setText(tr("Invoice #%1 will be cancelled. Its address is never used again.").arg(invoiceId));
        break;
    }
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_txHash = new QLineEdit(txHash, this);
    m_txHash->setObjectName(QStringLiteral("txHash"));
    m_txHash->setPlaceholderText(tr("64 hexadecimal digits"));
    m_txHash->setMaxLength(80);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_txHash->setFont(mono);
    m_txHash->setMinimumWidth(m_txHash->fontMetrics().horizontalAdvance(QString(66, QLatin1Char('0'))));
    const bool needsHash = action == InvoiceChange::Action::MarkPaid || action == InvoiceChange::Action::Confirm;
    if (needsHash) {
        form->addRow(tr("Transaction hash"), m_txHash);
    } else {
        m_txHash->setVisible(false);
    }
    m_reason = addReasonField(form, action != InvoiceChange::Action::Expire);
    layout->addLayout(form);
    finishLayout(layout, applyCloseButtons(actionTitle(action)));
    clearErrorOnEdit(m_txHash);
}

void InvoiceChangeDialog::submit()
{
    const bool needsHash =
        m_change.action == InvoiceChange::Action::MarkPaid || m_change.action == InvoiceChange::Action::Confirm;
    const QString hashText = m_txHash->text().trimmed();
    if (needsHash && !hashText.isEmpty() && normalizedTxHash(hashText).isEmpty()) {
        showError(tr("A transaction hash is 64 hexadecimal digits (0-9, a-f); this one has %n character(s). "
                     "Copy it again from the wallet or block explorer.",
                     nullptr, int(hashText.size())));
        m_txHash->setFocus();
        return;
    }
    if (m_change.action == InvoiceChange::Action::MarkPaid && hashText.isEmpty()) {
        showError(tr("Enter the transaction hash (64 hexadecimal digits) of the payment."));
        m_txHash->setFocus();
        return;
    }
    if (m_change.action != InvoiceChange::Action::Expire && !reasonGiven(m_reason)) {
        return;
    }
    m_change.txHash = needsHash ? hashText : QString();
    m_change.reason = m_reason->toPlainText().trimmed();
    if (!beginSave()) {
        return;
    }
    showError(QString());
    m_backend->changeInvoice(m_change, this, [this](const Result<Done>& result) {
        finishSave(result.error(), [this]() { Q_EMIT changed(m_change.id); });
    });
}

// -- BchSettingsDialog -----------------------------------------------------------------------

namespace {
const QString kExplorerKey = QStringLiteral("bch/explorerUrl");
}

QString BchSettingsDialog::defaultExplorerTemplate()
{
    // The explorer seed 002 links transactions to.
    return QStringLiteral("https://blockchair.com/bitcoin-cash/transaction/{txid}");
}

QString BchSettingsDialog::explorerTemplate(const QSettings* settings)
{
    const QString value = settings ? settings->value(kExplorerKey).toString().trimmed() : QString();
    return value.isEmpty() ? defaultExplorerTemplate() : value;
}

QUrl BchSettingsDialog::explorerUrl(const QSettings* settings, const QString& txHash)
{
    const QString hash = normalizedTxHash(txHash);
    const QString pattern = explorerTemplate(settings);
    if (hash.isEmpty() || !pattern.contains(QLatin1String("{txid}"))) {
        return {};
    }
    QUrl url(QString(pattern).replace(QLatin1String("{txid}"), hash), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return {};
    }
    return url;
}

BchSettingsDialog::BchSettingsDialog(Backend* backend, QSettings* settings, QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("bchSettingsDialog"));
    setWindowTitle(tr("BCH settings"));
    auto* layout = new QVBoxLayout(this);
    m_current = new QLabel(tr("Loading the current account…"), this);
    m_current->setObjectName(QStringLiteral("currentAccount"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_current);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setPlaceholderText(tr("BCH account"));
    form->addRow(tr("Account name"), m_name);
    m_network = new QComboBox(this);
    m_network->setObjectName(QStringLiteral("network"));
    m_network->addItem(tr("Mainnet (bitcoincash:)"), int(bch::Network::Mainnet));
    m_network->addItem(tr("Testnet (bchtest:)"), int(bch::Network::Testnet));
    m_network->addItem(tr("Regtest (bchreg:)"), int(bch::Network::Regtest));
    form->addRow(tr("Network"), m_network);
    m_xpub = new QLineEdit(this);
    m_xpub->setObjectName(QStringLiteral("xpub"));
    m_xpub->setPlaceholderText(tr("xpub… of m/44'/145'/0' (leave empty to keep the current account)"));
    m_xpub->setToolTip(tr("The account's extended public key from the wallet (Electron Cash: Wallet > Information). "
                          "Paydesk never sees a private key; it derives addresses 0/i from this key."));
    form->addRow(tr("Extended public key"), m_xpub);
    m_explorer = new QLineEdit(explorerTemplate(settings), this);
    m_explorer->setObjectName(QStringLiteral("explorerUrl"));
    m_explorer->setToolTip(tr("Where a transaction hash links to; {txid} is replaced by the hash."));
    form->addRow(tr("Block explorer link"), m_explorer);
    const chain::ChainSettings chainSettings = chain::ChainSettings::load(settings);
    m_electrum = new QLineEdit(chainSettings.servers.join(QLatin1Char(' ')), this);
    m_electrum->setObjectName(QStringLiteral("electrumServers"));
    m_electrum->setPlaceholderText(tr("ssl://electrum.example.org:50002 (several: separated by spaces)"));
    m_electrum->setToolTip(tr("The Electrum (Fulcrum) servers Check on chain asks, in order. On a Paydesk server "
                              "connection, the server's own --electrum servers are used instead."));
    form->addRow(tr("Electrum servers"), m_electrum);
    m_gapLimit = new QSpinBox(this);
    m_gapLimit->setObjectName(QStringLiteral("gapLimit"));
    m_gapLimit->setRange(1, 10000);
    m_gapLimit->setValue(chainSettings.gapLimit);
    m_gapLimit->setToolTip(
        tr("How many unused addresses in a row the organisation's wallet scans before it stops "
           "(20 in Electron Cash and most wallets). The invoices page warns before a run gets longer."));
    form->addRow(tr("Wallet gap limit"), m_gapLimit);
    layout->addLayout(form);
    finishLayout(layout, new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this));
    resize(620, sizeHint().height());

    m_backend->fetchBchAccount(this, [this](const Result<std::optional<BchAccount>>& result) {
        if (!result.ok()) {
            m_current->setText(result.error().message);
            return;
        }
        if (!result.value()) {
            m_current->setText(tr("No account is set up yet: new invoices need one. Paste the account xpub below."));
            return;
        }
        const BchAccount& account = *result.value();
        m_current->setText(tr("Current account: %1, %2 network, next address index %3.\n%4")
                               .arg(account.name, bch::networkPrefix(account.network))
                               .arg(account.nextIndex)
                               .arg(account.xpub));
        m_name->setText(account.name);
        m_network->setCurrentIndex(m_network->findData(int(account.network)));
    });
}

void BchSettingsDialog::submit()
{
    const QString explorer = m_explorer->text().trimmed();
    if (!explorer.isEmpty()) {
        const QString probe = QString(explorer).replace(QLatin1String("{txid}"), QString(64, QLatin1Char('0')));
        const QUrl url(probe, QUrl::StrictMode);
        if (!explorer.contains(QLatin1String("{txid}")) || !url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            showError(tr("The block explorer link must be an http(s) address containing {txid}, for example %1.")
                          .arg(defaultExplorerTemplate()));
            m_explorer->setFocus();
            return;
        }
    }
    chain::ChainSettings chainSettings = chain::ChainSettings::load(m_settings);
    chainSettings.servers = m_electrum->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    QStringList serverErrors;
    chainSettings.electrumServers(&serverErrors);
    if (!serverErrors.isEmpty()) {
        showError(serverErrors.first());
        m_electrum->setFocus();
        return;
    }
    chainSettings.gapLimit = m_gapLimit->value();
    const auto saveExplorer = [this, explorer, chainSettings]() {
        if (explorer.isEmpty() || explorer == defaultExplorerTemplate()) {
            m_settings->remove(kExplorerKey);
        } else {
            m_settings->setValue(kExplorerKey, explorer);
        }
        chainSettings.save(*m_settings);
    };
    const QString xpub = m_xpub->text().trimmed();
    if (xpub.isEmpty()) {
        saveExplorer();
        accept();
        return;
    }
    if (!beginSave()) {
        return;
    }
    showError(QString());
    m_backend->setBchAccount(m_name->text(), xpub, bch::Network(m_network->currentData().toInt()), this,
                             [this, saveExplorer](const Result<BchAccount>& result) {
                                 endSave();
                                 if (!result.ok()) {
                                     showError(result.error().message);
                                     return;
                                 }
                                 saveExplorer();
                                 accept();
                             });
}

} // namespace pd::ui
