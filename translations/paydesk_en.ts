<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Bip21</name>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="118"/>
        <source>A payment URI starts with bitcoincash: (or bchtest:, bchreg:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="123"/>
        <source>&quot;%1&quot; is not a Bitcoin Cash payment URI scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="127"/>
        <source>This is a %1 payment request, but Paydesk is set up for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="133"/>
        <source>The address repeats the prefix (&quot;%1:%1:&quot;); a payment URI carries it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="155"/>
        <source>The URI has a malformed %-escape or text that is not UTF-8 in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="159"/>
        <source>The URI gives &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="165"/>
        <source>The amount &quot;%1&quot; is not plain decimal BCH with at most 8 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="170"/>
        <source>The amount &quot;%1&quot; is not a positive number of BCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="183"/>
        <source>The URI requires &quot;%1&quot;, which Paydesk does not understand, so it cannot be paid here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="173"/>
        <source>The amount &quot;%1&quot; is more than the 21,000,000 BCH that can ever exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashAddr</name>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="231"/>
        <location filename="../core/bch/CashAddr.cpp" line="407"/>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="236"/>
        <source>The address mixes upper- and lowercase letters; a CashAddr is written all in lowercase (or all in uppercase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="247"/>
        <source>The address has no prefix such as bitcoincash:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="254"/>
        <source>The prefix &quot;%1&quot; may contain only letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="262"/>
        <source>The address contains &quot;%1&quot; at position %2, which a CashAddr never contains (it uses 0, 2-9 and letters except b, i, o).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="270"/>
        <source>The address is too short to carry its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="275"/>
        <source>The address checksum does not match: a character is wrong or missing, or it belongs to another network. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="281"/>
        <source>The address payload has invalid padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="284"/>
        <source>The address has a valid checksum but no payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="288"/>
        <source>The address&apos;s version byte sets the reserved bit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="296"/>
        <source>The address says its hash has %1 bytes but carries %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="373"/>
        <source>&quot;%1&quot; is not a valid character in a legacy address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="391"/>
        <source>The legacy address is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="396"/>
        <source>The legacy address checksum does not match; copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="423"/>
        <source>A legacy address carries a 20-byte hash; this one carries %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="442"/>
        <source>The legacy address has version byte %1, which is not a Bitcoin Cash P2PKH or P2SH address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="447"/>
        <location filename="../core/bch/CashAddr.cpp" line="460"/>
        <location filename="../core/bch/CashAddr.cpp" line="471"/>
        <source>This is a %1 address, but Paydesk is set up for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="474"/>
        <source>The address has type %1; Paydesk pays only to P2PKH and P2SH addresses (types 0-3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainWatcher</name>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="106"/>
        <source>No Electrum server is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="114"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="128"/>
        <source>%1 refused the protocol handshake: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="129"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="143"/>
        <source>%1 sent no valid chain tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="150"/>
        <source>Connected to %1 (%2), tip %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="174"/>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="180"/>
        <source>Every Electrum server failed; the last said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="213"/>
        <source>Reorganisation at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="292"/>
        <source>invoice #%1: &quot;%2&quot; is not an address this watcher can follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="371"/>
        <source>%1 sent a history that is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="381"/>
        <source>%1 sent a history entry without a transaction hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="433"/>
        <source>%1 sent transaction %2 that cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="438"/>
        <source>%1 sent other bytes for transaction %2 (they hash to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="474"/>
        <source>%1 could not prove that block %2 holds transaction %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="497"/>
        <source>%1 sent no header for block %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="518"/>
        <source>invoice #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="577"/>
        <source>the pass is over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <location filename="../core/sql/SqlChangeFeed.cpp" line="49"/>
        <location filename="../core/sql/SqlChangeFeed.cpp" line="105"/>
        <source>Could not listen for changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChangeFeed.cpp" line="91"/>
        <source>This login hears no changes: it is neither an active staff member nor the schema owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChangeFeed.cpp" line="126"/>
        <source>The connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../core/Dashboard.cpp" line="143"/>
        <source>&quot;%1&quot; is not a month; write it as YYYY-MM, for example 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Dashboard.cpp" line="146"/>
        <source>The dashboard shows 1 to 24 months; %1 were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Dashboard.cpp" line="149"/>
        <source>&quot;%1&quot; is not an organization id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Dashboard.cpp" line="152"/>
        <source>A UTC offset of %1 seconds is outside -14 to +14 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="121"/>
        <source>adding up collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="181"/>
        <source>adding up collections per center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="258"/>
        <source>adding up overdue debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="308"/>
        <source>counting KYC documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="334"/>
        <source>measuring decision times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="367"/>
        <source>adding up invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="397"/>
        <source>Unknown chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="142"/>
        <source>adding up last month&apos;s first days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Electrum</name>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="36"/>
        <source>&quot;%1&quot; is not an Electrum server; write tcp://HOST:PORT or ssl://HOST:PORT (for example ssl://electrum.example.org:50002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="42"/>
        <source>&quot;%1&quot; names no port; Electrum servers listen on one, usually 50001 (tcp) or 50002 (ssl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="48"/>
        <source>&quot;%1&quot;: an Electrum server is only a scheme, a host and a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="65"/>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="91"/>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="100"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="105"/>
        <source>%1: the server&apos;s certificate is not trusted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="112"/>
        <source>%1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="134"/>
        <source>%1 holds no PEM certificate to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="179"/>
        <source>not connected to an Electrum server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="215"/>
        <source>%1 sent a line longer than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="230"/>
        <source>%1 sent something that is not JSON-RPC: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="245"/>
        <source>%1 answered a request that was never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="253"/>
        <source>the server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendedPublicKey</name>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="87"/>
        <source>This is not an extended public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="91"/>
        <source>An extended public key holds 78 bytes; this one holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="95"/>
        <source>This is an extended PRIVATE key. Paydesk never takes private keys: export the account&apos;s extended public key (xpub) from the wallet instead, and keep this one secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="100"/>
        <source>Unknown extended key version %1; Paydesk reads xpub (mainnet) and tpub (testnet) keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="112"/>
        <source>The extended key claims to be a master key but names a parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="116"/>
        <source>The extended key does not hold a compressed public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="123"/>
        <source>The extended key&apos;s public key is not a point on the secp256k1 curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="147"/>
        <source>Hardened child %1 cannot be derived from a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="150"/>
        <source>The key is already at the deepest level BIP32 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="159"/>
        <source>HMAC-SHA512 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="171"/>
        <source>The secp256k1 computation could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="174"/>
        <source>Child %1 is not a valid key (BIP32: IL &gt;= n); use the next index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="179"/>
        <source>The secp256k1 point multiplication failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="182"/>
        <source>Child %1 is the point at infinity; use the next index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="187"/>
        <source>The child public key could not be serialised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceSheet</name>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="53"/>
        <source>%1 %2</source>
        <extracomment>&quot;%1 %2&quot;: the number of invoices, then the number of pages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../render/InvoiceSheet.cpp" line="53"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../render/InvoiceSheet.cpp" line="53"/>
        <source>on %n page(s)</source>
        <translation>
            <numerusform>on %n page</numerusform>
            <numerusform>on %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="75"/>
        <location filename="../render/InvoiceSheet.cpp" line="216"/>
        <source>There are no invoices to print; change the selection or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="84"/>
        <source>Invoice #%1 has an address that is not a valid CashAddr (%2); it cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="93"/>
        <source>The printer or file could not be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="103"/>
        <source>A new page could not be started on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="106"/>
        <source>Paydesk · BCH invoices · printed %1 · page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="132"/>
        <source>The QR code of invoice #%1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="140"/>
        <source>The sheet could not be finished on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="163"/>
        <source>Invoice #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="165"/>
        <source>%1 satoshis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="166"/>
        <source>Member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="169"/>
        <source>Transfer reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="172"/>
        <source>Institution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="175"/>
        <source>Center: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="178"/>
        <source>Pay by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="185"/>
        <source>TEST NETWORK: not real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="225"/>
        <source>Paydesk BCH invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="248"/>
        <source>The PDF could not be written to %1; check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="240"/>
        <source>The PDF could not be written to %1 completely; check the free space and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="179"/>
        <source>Scan with a Bitcoin Cash wallet; pay exactly this amount in one payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="144"/>
        <source>Migration %1 (%2) in this database differs from the one this version of Paydesk ships. Paydesk will not change the schema; ask the administrator which version created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="165"/>
        <source>This database has no Paydesk schema yet. Create it with: paydesk --init-db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="170"/>
        <source>This database holds tables of another program (%1) and no Paydesk schema. Paydesk will not change it; choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="179"/>
        <source>This database was upgraded by a newer Paydesk (schema %1; this program knows up to %2). Install the newer Paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="187"/>
        <source>This database has an older Paydesk schema (%1 of %2). Upgrade it with: paydesk --init-db %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="220"/>
        <source>This database holds tables of another program (%1) and no Paydesk schema. Nothing was changed; choose an empty database or an existing Paydesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="227"/>
        <source>This database was upgraded by a newer Paydesk (schema %1; this program knows up to %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="235"/>
        <source>creating schema_migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="248"/>
        <source>applying migration %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsText</name>
    <message>
        <location filename="../core/Operations.cpp" line="621"/>
        <source>Give from and to as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Operations.cpp" line="969"/>
        <source>There is no chart called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Operations.cpp" line="537"/>
        <source>Give gap_limit as a whole number from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../core/sql/SqlWrite.cpp" line="48"/>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlWrite.cpp" line="55"/>
        <source>%1 was changed by %2 at %3 since you loaded it. Nothing was changed; look at it again and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="775"/>
        <location filename="../core/sql/SqlWrite.cpp" line="57"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="62"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="62"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="63"/>
        <source>Payment #%1 belongs to settlement #%2 (%3, %4), which is %5, so it cannot change. Ask headquarters to reopen the settlement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlWrite.cpp" line="37"/>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="328"/>
        <location filename="../core/sql/SqlWrite.cpp" line="40"/>
        <source>The reason is longer than 500 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="108"/>
        <source>The reference is longer than 100 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="111"/>
        <source>Enter the day the money arrived; it cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="118"/>
        <source>Payment #%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="131"/>
        <location filename="../core/sql/SqlPayments.cpp" line="179"/>
        <source>Payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="134"/>
        <source>Payment #%1 is %2; only pending or failed payments can be settled or cancelled by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="140"/>
        <source>Payment #%1 is %2; only a pending payment can be marked failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="196"/>
        <source>A settlement month is written YYYY-MM, for example 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="325"/>
        <source>Give a reason for reopening: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="335"/>
        <source>Only headquarters may reopen a settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="347"/>
        <source>Settlement #%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="363"/>
        <source>Settlement #%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="370"/>
        <source>%1 is %2; this step needs it to be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="530"/>
        <source>Result code %1 (%2) in %3, line %4: ask the member for a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="531"/>
        <source>Result code %1 (%2) in %3, line %4: collection stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="569"/>
        <location filename="../core/sql/SqlPayments.cpp" line="650"/>
        <source>Choose the center whose payments the file settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="573"/>
        <source>&quot;%1&quot; is not a month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="610"/>
        <source>loading the expected payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="653"/>
        <source>The file&apos;s checksum is missing; open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="668"/>
        <source>Payment #%1 is chosen for two lines; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="719"/>
        <source>Payment #%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="722"/>
        <source>%1 does not exist any more; nothing was applied. Open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="773"/>
        <source>%1 was changed by %2 at %3 after the file was matched (it is now %4); nothing was applied. Open the file again to match afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="788"/>
        <source>Line %1: provider transaction %2 was applied by another import meanwhile; nothing was applied. Open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="804"/>
        <source>Line %1: %2 Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="822"/>
        <source>unknown result code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1022"/>
        <source>Choose how the reminders go out: &quot;sms&quot; or &quot;letter&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1038"/>
        <source>More than %1 members are overdue with these filters; choose a band, an organisation or a search to remind fewer at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1139"/>
        <source>The export has %1 titles for %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1147"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1214"/>
        <location filename="../core/sql/SqlPayments.cpp" line="1223"/>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1228"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1232"/>
        <source>Saving %1 failed: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="737"/>
        <source>Line %1: %2 is not a payment of the chosen center; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="743"/>
        <source>Line %1 is dated %2, which is in the future; nothing was applied. Check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="755"/>
        <source>By its member and month, line %1 pays payment #%2, not %3; nothing was applied. Open the file again to match afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="762"/>
        <source>Line %1 brings %2 won for %3, which is owed %4 won. A part payment is settled on the payment itself, with a reason; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="656"/>
        <source>The matches do not belong to this file; open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="664"/>
        <source>A chosen match has no payment; open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="31"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="35"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="35"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="51"/>
        <source>Exporting… %1 rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="56"/>
        <source>%1 rows written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="59"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../core/bch/QrCode.cpp" line="12"/>
        <source>There is nothing to encode in the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/QrCode.cpp" line="33"/>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <location filename="../core/Reconciliation.cpp" line="72"/>
        <source>the amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="76"/>
        <source>the amount %1 is negative; a refund is not a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="84"/>
        <source>the amount %1 has a fraction of a won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="89"/>
        <location filename="../core/Reconciliation.cpp" line="95"/>
        <source>&quot;%1&quot; is not an amount in won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="283"/>
        <source>%1 has no lines. Choose the result file the bank or provider sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="293"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="296"/>
        <source>member or contract id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="299"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="302"/>
        <source>No column was found for: %1. Choose the columns of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Reconciliation.cpp" line="320"/>
        <source>%n column(s), the mapping needs %1</source>
        <translation>
            <numerusform>%n column, the mapping needs %1</numerusform>
            <numerusform>%n columns, the mapping needs %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="329"/>
        <source>&quot;%1&quot; is not a date (write 2026-10-25 or 20261025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="335"/>
        <source>the member or contract id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="350"/>
        <source>a value is longer than the database keeps (transaction id 100, member 64, result code 20 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="357"/>
        <source>a quote (&quot;) is not closed; the rest of the file was not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSession</name>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="81"/>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="85"/>
        <source>The root certificate path may not contain &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="106"/>
        <source>The SQLite driver for Qt (QSQLITE) is not installed; install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="233"/>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="242"/>
        <source>running a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="314"/>
        <location filename="../core/sql/SqlSession.cpp" line="338"/>
        <source>This query needs a PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="321"/>
        <source>estimating the row count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="389"/>
        <location filename="../core/sql/SqlSession.cpp" line="397"/>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="410"/>
        <location filename="../core/sql/SqlSession.cpp" line="420"/>
        <source>saving the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="423"/>
        <source>The database did not confirm the change; nothing was saved. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="432"/>
        <source>The connection to the database was lost while saving; nothing was saved. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="463"/>
        <location filename="../core/sql/SqlSession.cpp" line="511"/>
        <source>The query was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="472"/>
        <source>The connection to the database was lost while %1; nothing was changed. Paydesk will reconnect on the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="490"/>
        <source>Your database role may not do this (%1). Ask an administrator for the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="496"/>
        <source>Someone else was changing the same rows; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="501"/>
        <location filename="../core/sql/SqlSession.cpp" line="521"/>
        <source>The database refused the values (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="505"/>
        <source>A value has the wrong form (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="516"/>
        <source>The database file is busy with another change; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="526"/>
        <source>The database file cannot be written (%1). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="530"/>
        <source>The database reported an error while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="553"/>
        <source>Cannot open the database file %1. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="563"/>
        <source>The server at %1 refused the user name or password. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="570"/>
        <source>The server&apos;s certificate is not for the host name %1, so the connection was refused. Connect with the name the certificate was issued for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="578"/>
        <source>No root certificate was given to check the server with. Choose the CA certificate file of your database server in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="585"/>
        <source>The server at %1 does not offer an encrypted connection, and this profile requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="592"/>
        <source>The server&apos;s certificate was refused: it is not signed by the chosen root certificate. Check the CA file in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="599"/>
        <source>The server at %1 has no database named &quot;%2&quot;. Check the name, or create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="606"/>
        <source>The server at %1 did not answer within %2 seconds. Check the host name and network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="613"/>
        <source>Cannot reach the database server at %1. Check the host name and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="167"/>
        <source>Acting as a staff member needs PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="111"/>
        <source>There is no SQLite database at %1. Check the path, or create one with paydesk --init-db sqlite:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="385"/>
        <source>Transactions are nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="183"/>
        <source>The transaction&apos;s bytes end too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="193"/>
        <source>The transaction has no inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="213"/>
        <source>The transaction has no outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="226"/>
        <source>An output&apos;s value is outside 0 to 21,000,000 BCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="233"/>
        <source>An output&apos;s token prefix is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="243"/>
        <source>The transaction has bytes after its lock time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="274"/>
        <source>A block header is 80 bytes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Backend</name>
    <message>
        <location filename="../core/Backend.h" line="249"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Bulk</name>
    <message>
        <location filename="../core/Bulk.cpp" line="119"/>
        <source>Expire invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="121"/>
        <source>Cancel invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="123"/>
        <source>Release claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="125"/>
        <source>Assign to a reviewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="127"/>
        <source>Mark payments failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="129"/>
        <source>Cancel payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="131"/>
        <source>Confirm settlements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="142"/>
        <source>You are about to expire %n invoice(s)</source>
        <translation>
            <numerusform>You are about to expire %n invoice</numerusform>
            <numerusform>You are about to expire %n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="145"/>
        <source>You are about to cancel %n invoice(s)</source>
        <translation>
            <numerusform>You are about to cancel %n invoice</numerusform>
            <numerusform>You are about to cancel %n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="148"/>
        <source>You are about to release the claims on %n KYC document(s)</source>
        <translation>
            <numerusform>You are about to release the claim on %n KYC document</numerusform>
            <numerusform>You are about to release the claims on %n KYC documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="151"/>
        <source>You are about to assign %n KYC document(s)</source>
        <translation>
            <numerusform>You are about to assign %n KYC document</numerusform>
            <numerusform>You are about to assign %n KYC documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="154"/>
        <source>You are about to mark %n payment(s) failed</source>
        <translation>
            <numerusform>You are about to mark %n payment failed</numerusform>
            <numerusform>You are about to mark %n payments failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="157"/>
        <source>You are about to cancel %n payment(s)</source>
        <translation>
            <numerusform>You are about to cancel %n payment</numerusform>
            <numerusform>You are about to cancel %n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="160"/>
        <source>You are about to confirm %n settlement(s)</source>
        <translation>
            <numerusform>You are about to confirm %n settlement</numerusform>
            <numerusform>You are about to confirm %n settlements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="168"/>
        <source>%1 worth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="172"/>
        <source>%n selected row(s) will be left as they are (see why below).</source>
        <translation>
            <numerusform>%n selected row will be left as it is (see why below).</numerusform>
            <numerusform>%n selected rows will be left as they are (see why below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ConnectionProfile</name>
    <message>
        <location filename="../core/ConnectionProfile.cpp" line="128"/>
        <source>The read replica &quot;%1&quot; has no valid port; write host:port, for example replica.example.org:5432.</source>
        <translation>The read replica &quot;%1&quot; has no valid port; write host:port, for example replica.example.org:5432.</translation>
    </message>
    <message>
        <location filename="../core/ConnectionProfile.cpp" line="138"/>
        <source>The read replica &quot;%1&quot; is not a host name; write host:port.</source>
        <translation>The read replica &quot;%1&quot; is not a host name; write host:port.</translation>
    </message>
</context>
<context>
    <name>pd::DatabaseUrl</name>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="41"/>
        <source>The SQLite URL names no file; write sqlite:PATH, for example sqlite:paydesk.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="48"/>
        <source>The database URL must start with postgresql:// or sqlite: (for example postgresql://me@db.example:5432/paydesk or sqlite:paydesk.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="54"/>
        <source>The database URL is not well formed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="60"/>
        <source>The PostgreSQL URL names no host; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="65"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="72"/>
        <source>The PostgreSQL URL names no database; add /DATABASE after the host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="81"/>
        <source>Unknown sslmode &quot;%1&quot;; use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="92"/>
        <source>connect_timeout must be a whole number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="97"/>
        <source>Unknown URL parameter &quot;%1&quot;; Paydesk understands sslmode, sslrootcert and connect_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::FieldCipher</name>
    <message>
        <location filename="../core/FieldCipher.cpp" line="31"/>
        <source>The encryption library failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="60"/>
        <source>The encrypted value does not open with this key: it was altered, belongs to another record, or was sealed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="79"/>
        <location filename="../core/FieldCipher.cpp" line="155"/>
        <source>An AES-256 key is 32 bytes; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="89"/>
        <source>The field key file %1 could not be read (%2). Ask headquarters IT for the key file of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="97"/>
        <source>The field key file %1 does not hold 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="115"/>
        <location filename="../core/FieldCipher.cpp" line="120"/>
        <source>The field key file %1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="142"/>
        <source>The encrypted value is not in Paydesk&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Invoices</name>
    <message numerus="yes">
        <location filename="../core/Invoices.cpp" line="41"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Invoices.cpp" line="44"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Invoices.cpp" line="47"/>
        <source>%n already paid</source>
        <translation>
            <numerusform>%n already paid</numerusform>
            <numerusform>%n already paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Invoices.cpp" line="49"/>
        <source>Left out %n invoice(s) that cannot be paid any more: %1.</source>
        <translation>
            <numerusform>Left out %n invoice that cannot be paid any more: %1.</numerusform>
            <numerusform>Left out %n invoices that cannot be paid any more: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/Invoices.cpp" line="66"/>
        <source>Invoice %1 (rest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::KeychainStore</name>
    <message>
        <location filename="../core/SecretStore.cpp" line="35"/>
        <source>No keychain is available on this computer, so Paydesk cannot remember passwords; you will be asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/SecretStore.cpp" line="41"/>
        <source>The keychain refused access; you will be asked for the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/SecretStore.cpp" line="47"/>
        <source>The keychain failed; you will be asked for the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/SecretStore.cpp" line="79"/>
        <source>The keychain did not answer within %1 seconds (is it locked?); you will be asked for the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Money</name>
    <message>
        <location filename="../core/Money.cpp" line="65"/>
        <source>The amount is empty; enter a number such as 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Money.cpp" line="79"/>
        <location filename="../core/Money.cpp" line="99"/>
        <source>The amount may contain only digits and one &apos;.&apos; as the decimal mark (no spaces, separators or exponent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Money.cpp" line="84"/>
        <location filename="../core/Money.cpp" line="121"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Money.cpp" line="94"/>
        <location filename="../core/Money.cpp" line="114"/>
        <source>The amount has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Money.cpp" line="105"/>
        <source>The amount has more decimals than the currency allows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::OutputFile</name>
    <message>
        <location filename="../core/OutputFile.cpp" line="26"/>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/OutputFile.cpp" line="27"/>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/OutputFile.cpp" line="28"/>
        <source>a pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/OutputFile.cpp" line="29"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/OutputFile.cpp" line="31"/>
        <source>%1 is %2, not a file Paydesk may write; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PageSpec</name>
    <message>
        <location filename="../core/Pages.cpp" line="71"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="73"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="94"/>
        <source>KYC review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="118"/>
        <source>BCH invoices</source>
        <translation>BCH invoices</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="138"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="159"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="161"/>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="179"/>
        <source>Overdue members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="203"/>
        <source>Debit calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="228"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="247"/>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="262"/>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="282"/>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="300"/>
        <source>Bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="313"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="330"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="349"/>
        <source>Manual credits</source>
        <translation>Manual credits</translation>
    </message>
</context>
<context>
    <name>pd::RestBackend</name>
    <message>
        <location filename="../core/RestBackend.cpp" line="46"/>
        <source>Certificate: %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="59"/>
        <location filename="../core/RestBackend.cpp" line="64"/>
        <location filename="../core/RestBackend.cpp" line="612"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="90"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="91"/>
        <source>Choose the PEM file of the CA that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="96"/>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="102"/>
        <source>Unencrypted http:// is allowed only to this computer; use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="191"/>
        <source>The server %1 could not prove its identity, so Paydesk did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="193"/>
        <source>
If your organisation uses its own CA, choose its certificate as the CA file of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="200"/>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="201"/>
        <source>Try again; if it keeps happening, the server or the network is overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="207"/>
        <source>Cannot reach the Paydesk server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="211"/>
        <source>The server %1 closed the connection before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="215"/>
        <source>The server sent Paydesk to another address, which it does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="220"/>
        <source>The request to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="292"/>
        <location filename="../core/RestBackend.cpp" line="688"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="353"/>
        <source>The server&apos;s sign-in answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="386"/>
        <source>Sign in to the Paydesk server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="459"/>
        <source>The account %1 signs in with a code from an authenticator app as well; sign in with the Paydesk console.</source>
        <translation>The account %1 signs in with a code from an authenticator app as well; sign in with the Paydesk console.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="510"/>
        <source>Sign-in cancelled: no code was given.</source>
        <translation>Sign-in cancelled: no code was given.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="630"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="712"/>
        <source>Cannot write the export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="593"/>
        <source>The Paydesk server has no call %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::RestChangeFeed</name>
    <message>
        <location filename="../core/RestChangeFeed.cpp" line="137"/>
        <source>The change stream ended; reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/RestChangeFeed.cpp" line="140"/>
        <source>The server refused the change stream (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Users</name>
    <message>
        <location filename="../core/Users.cpp" line="63"/>
        <source>&quot;%1&quot; is not a login; use 1 to 63 lowercase letters, digits, &quot;_&quot; and &quot;.&quot;, starting with a letter or &quot;_&quot;, such as kim.center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="71"/>
        <source>&quot;%1&quot; is not a role; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="78"/>
        <source>%1 needs 12 to 200 characters; a passphrase of a few words is easiest to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="103"/>
        <source>&quot;%1&quot; is not a bank code Paydesk debits from; choose the bank from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="109"/>
        <source>Enter the account holder&apos;s name as the bank has it: 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="120"/>
        <source>Enter the account number to debit: 10 to 14 digits, hyphens allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="121"/>
        <source>&quot;%1&quot; is not an account number; a Korean account number has 10 to 14 digits, written with or without hyphens (123-456789-01-234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="127"/>
        <source>The payment day is the day of the month the account is debited: 1 to 28 (every month has those days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="131"/>
        <source>The monthly amount is in won, from ₩1 to ₩10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="143"/>
        <source>Enter the last (family) name: 1 to 100 characters, no line breaks.</source>
        <translation>Enter the last (family) name: 1 to 100 characters, no line breaks.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="146"/>
        <source>Enter the first (given) name: 1 to 100 characters, no line breaks.</source>
        <translation>Enter the first (given) name: 1 to 100 characters, no line breaks.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="159"/>
        <source>&quot;%1&quot; is not a phone number; write a Korean number as 010-1234-5678 or an international one with its country code, such as +1-555-0100.</source>
        <translation>&quot;%1&quot; is not a phone number; write a Korean number as 010-1234-5678 or an international one with its country code, such as +1-555-0100.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="166"/>
        <source>&quot;%1&quot; is not an e-mail address; write it as name@example.com.</source>
        <translation>&quot;%1&quot; is not an e-mail address; write it as name@example.com.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="170"/>
        <source>Choose the institution the member belongs to.</source>
        <translation>Choose the institution the member belongs to.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="180"/>
        <source>Enter the child&apos;s name: 1 to 100 characters, no line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="183"/>
        <source>The birth date %1 is not possible; give a date between 1900-01-01 and today, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="188"/>
        <source>The class name is longer than 100 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::app::Cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="44"/>
        <location filename="../app/Cli.cpp" line="67"/>
        <location filename="../app/Cli.cpp" line="577"/>
        <source>paydesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="46"/>
        <source>  detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="96"/>
        <source>%1: the Paydesk schema is up to date (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="99"/>
        <source>%1: applied %n migration(s); the schema is now at version %2.</source>
        <translation>
            <numerusform>%1: applied %n migration; the schema is now at version %2.</numerusform>
            <numerusform>%1: applied %n migrations; the schema is now at version %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="114"/>
        <source>paydesk: --scale takes a number above 0 and at most 100 (1 = about 20,000 users and 300,000 payments; 17 = about 5,000,000 payments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="124"/>
        <source>paydesk: --seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="131"/>
        <source>paydesk: --as-of takes a date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="157"/>
        <source>Demo data written to %1 in %2 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="161"/>
        <source>  %1 organisations, %2 staff, %3 users, %4 KYC documents, %5 wallets, %6 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="169"/>
        <source>  %1 parents, %2 children, %3 payments, %4 BCH invoices, %5 credits, %6 settlements, %7 audit rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="186"/>
        <source>Writes BCH invoices as a PDF sheet (A4, %1 per page; each with its QR code, amount, address, member, center, invoice id, due date and the non-refundable notice). Needs no display and no network beyond the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="192"/>
        <location filename="../app/Cli.cpp" line="295"/>
        <location filename="../app/Cli.cpp" line="413"/>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="193"/>
        <location filename="../app/Cli.cpp" line="414"/>
        <source>The Paydesk database (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="193"/>
        <location filename="../app/Cli.cpp" line="299"/>
        <location filename="../app/Cli.cpp" line="414"/>
        <location filename="../app/Cli.cpp" line="418"/>
        <location filename="../app/Cli.cpp" line="560"/>
        <location filename="../app/Cli.cpp" line="564"/>
        <location filename="../app/Cli.cpp" line="567"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="195"/>
        <source>Only invoices with this status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="197"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="199"/>
        <source>Only invoices of this organisation (by code, with everything below it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="200"/>
        <location filename="../app/Cli.cpp" line="304"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="202"/>
        <source>Only invoices created on or after this local day (or ISO-8601 instant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="203"/>
        <location filename="../app/Cli.cpp" line="573"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="204"/>
        <source>At most this many invoices (default 5000, at most 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="205"/>
        <location filename="../app/Cli.cpp" line="425"/>
        <location filename="../app/Cli.cpp" line="570"/>
        <location filename="../app/Cli.cpp" line="571"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="206"/>
        <source>The PDF file to write (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="206"/>
        <location filename="../app/Cli.cpp" line="422"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="208"/>
        <location filename="../app/Cli.cpp" line="263"/>
        <source>paydesk print-invoices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="216"/>
        <source>paydesk print-invoices: give --db URL and --out FILE.pdf; see paydesk print-invoices --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="230"/>
        <source>paydesk print-invoices: --created-since takes a date, YYYY-MM-DD, or an ISO-8601 instant such as 2026-11-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="240"/>
        <source>paydesk print-invoices: --limit takes a whole number from 1 to 20000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="258"/>
        <source>paydesk print-invoices: no invoice matches; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="275"/>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="511"/>
        <source>paydesk watch-invoices: the connection to the database was lost; stopping so that it can be started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="553"/>
        <source>Paydesk, the admin console for payments, KYC, BCH invoices and settlements.

Databases are named by URL: postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full or sqlite:PATH.
A PostgreSQL password comes from PGPASSWORD, ~/.pgpass or the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="560"/>
        <source>Open the console on the database at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="562"/>
        <source>Create or upgrade the Paydesk schema at &lt;url&gt;; refuses a database that holds another program&apos;s tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="566"/>
        <source>Fill the empty Paydesk database at &lt;url&gt; with deterministic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="569"/>
        <source>Demo size: 1 = about 20,000 users and 300,000 payments (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <source>Demo random seed (default 20251122).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="572"/>
        <source>Demo data ends on this day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="594"/>
        <source>paydesk: nothing to do; see paydesk --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="299"/>
        <source>The Paydesk PostgreSQL database (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="300"/>
        <source>The login name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="300"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="302"/>
        <source>One of %1 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="303"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="304"/>
        <source>The organisation code (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="306"/>
        <source>The display name (default: the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="306"/>
        <location filename="../app/Cli.cpp" line="309"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="311"/>
        <source>Read the new login&apos;s password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="313"/>
        <source>paydesk admin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="355"/>
        <source>paydesk admin add-staff: give --db, --login, --role and --org; see paydesk admin --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="376"/>
        <source>Staff member %1 (%2) can now sign in to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="286"/>
        <source>admin add-staff: creates a PostgreSQL login role for a staff member, grants it the group role of ROLE (paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor) and records it in the staff table at the organisation CODE. Row-level security then limits it to that organisation&apos;s subtree. Run it as a role with CREATEROLE (the schema owner).
admin deactivate-staff / reactivate-staff: turns a staff member&apos;s login off (it cannot connect, loses its group role and its server sessions end at once) or on again, with --reason, audited. Run it as headquarters (hq_admin) or the schema owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="297"/>
        <source>add-staff, deactivate-staff or reactivate-staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="308"/>
        <source>Why (deactivate-staff and reactivate-staff; kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="325"/>
        <source>paydesk admin %1: give --db, --login and --reason; see paydesk admin --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="340"/>
        <source>Staff member %1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="341"/>
        <source>Staff member %1 is deactivated: the login cannot connect and its server sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="348"/>
        <source>paydesk admin: the action is add-staff, deactivate-staff or reactivate-staff; see paydesk admin --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="266"/>
        <source>paydesk print-invoices: no invoice that matches can still be paid; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="390"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmed</numerusform>
            <numerusform>%n confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="392"/>
        <source>%n paid (unconfirmed)</source>
        <translation>
            <numerusform>%n paid (unconfirmed)</numerusform>
            <numerusform>%n paid (unconfirmed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="393"/>
        <source>%n underpaid</source>
        <translation>
            <numerusform>%n underpaid</numerusform>
            <numerusform>%n underpaid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="394"/>
        <source>%n paid late</source>
        <translation>
            <numerusform>%n paid late</numerusform>
            <numerusform>%n paid late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="395"/>
        <source>%n taken back</source>
        <translation>
            <numerusform>%n taken back</numerusform>
            <numerusform>%n taken back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="396"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="397"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="400"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="408"/>
        <source>Watches the Bitcoin Cash chain through Electrum servers for the open invoices&apos; addresses and settles each paid invoice with its monthly payment and a credit (underpaid, overpaid and late payments are marked for a person). Watch-only: no node and no private key. Runs as a headquarters login or the database owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="416"/>
        <source>An Electrum server, tcp://HOST:PORT or ssl://HOST:PORT (required; repeat for failover, tried in order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="420"/>
        <source>Trust the certificates in this PEM file for ssl:// servers instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="424"/>
        <source>Settle a payment at this many confirmations (default 1, at most 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="426"/>
        <source>One pass over every open invoice, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="428"/>
        <location filename="../app/Cli.cpp" line="445"/>
        <location filename="../app/Cli.cpp" line="479"/>
        <location filename="../app/Cli.cpp" line="491"/>
        <location filename="../app/Cli.cpp" line="503"/>
        <source>paydesk watch-invoices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="436"/>
        <source>paydesk watch-invoices: give --db URL and at least one --electrum URL; see paydesk watch-invoices --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="455"/>
        <source>paydesk watch-invoices: --confirmations takes a whole number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="483"/>
        <source>invoice #%1: %2 (%3 satoshis received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="497"/>
        <source>Checked %n invoice(s) at height %1 on %2: %3.</source>
        <translation>
            <numerusform>Checked %n invoice at height %1 on %2: %3.</numerusform>
            <numerusform>Checked %n invoices at height %1 on %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="575"/>
        <source>print-invoices, watch-invoices or admin (see their --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::demo::BulkWriter</name>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="53"/>
        <source>PostgreSQL refused to start loading %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="133"/>
        <location filename="../core/demo/BulkWriter.cpp" line="162"/>
        <source>The connection failed while loading %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="138"/>
        <source>PostgreSQL refused the rows for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="212"/>
        <source>preparing to load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="243"/>
        <source>loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="269"/>
        <source>The database refused a row while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="273"/>
        <source>Loading was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="275"/>
        <source>SQLite failed while %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::demo::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="299"/>
        <source>No bulk loader for this database driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="326"/>
        <source>Updating planner statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="330"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="359"/>
        <source>Demo data generation was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="372"/>
        <source>This database already holds data; demo data is only written into an empty Paydesk database. Create a new database and run --init-db first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="383"/>
        <source>Organisations and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="387"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="391"/>
        <source>KYC documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="395"/>
        <source>Wallets and transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="399"/>
        <source>Parents, children and CMS contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="404"/>
        <source>BCH invoices</source>
        <translation>BCH invoices</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="408"/>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="413"/>
        <location filename="../core/demo/DemoGenerator.cpp" line="469"/>
        <source>Building indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="452"/>
        <location filename="../core/demo/DemoGenerator.cpp" line="504"/>
        <source>preparing the bulk load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="467"/>
        <source>building indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="535"/>
        <source>filling sort keys and search tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="1554"/>
        <source>Payments %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="1942"/>
        <source>The scale must be a number above 0 and at most 100 (1 = about 300,000 payments).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::BulkRun</name>
    <message>
        <location filename="../models/BulkRun.cpp" line="85"/>
        <location filename="../models/BulkRun.cpp" line="120"/>
        <source>not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/BulkRun.cpp" line="133"/>
        <source>no answer for this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/BulkRun.cpp" line="156"/>
        <source>not applied: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::DocumentLoader</name>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="115"/>
        <source>The PDF could not be read (%1). Ask the customer to upload it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="117"/>
        <source>it is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="118"/>
        <source>it is damaged or not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="126"/>
        <source>Page %1 of the PDF could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="142"/>
        <source>The file is neither a PDF nor an image Paydesk can read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="189"/>
        <source>This document has no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="214"/>
        <source>The file %1 is larger than 25 MB; open it outside Paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="208"/>
        <source>The file %1 could not be opened: %2. Check that the document store is mounted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="66"/>
        <location filename="../models/DocumentLoader.cpp" line="248"/>
        <source>Paydesk cannot open &quot;%1&quot;: the file must be a local path or an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="274"/>
        <source>The file at %1 is larger than 25 MB; open it outside Paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="278"/>
        <source>%1 did not answer within %2 seconds. Try again, or check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="286"/>
        <source>The document server answered HTTP %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="287"/>
        <source>The file could not be fetched from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="51"/>
        <source>The file %1 does not exist on this computer. Check that the document store is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="61"/>
        <source>Paydesk opens document files only from the document store (%1); %2 is elsewhere. Ask an administrator to set kyc/documentRoots if the store moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="63"/>
        <location filename="../models/DocumentLoader.cpp" line="77"/>
        <source>none is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="75"/>
        <source>Paydesk fetches document files only from the document store&apos;s address (%1); %2 is elsewhere. Ask an administrator to set kyc/documentUrlPrefixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="212"/>
        <source>%1 is not a regular file; Paydesk does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::ExpectedPaymentsModel</name>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="209"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="211"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="213"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="215"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="217"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="219"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="221"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="223"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="256"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="256"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::Labels</name>
    <message>
        <location filename="../models/Labels.cpp" line="23"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="24"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="25"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="26"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="27"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="28"/>
        <location filename="../models/Labels.cpp" line="51"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="29"/>
        <source>Preferred currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="30"/>
        <source>KYC status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="31"/>
        <source>KYC level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="32"/>
        <source>User&apos;s KYC level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="33"/>
        <location filename="../models/Labels.cpp" line="272"/>
        <location filename="../models/Labels.cpp" line="449"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="34"/>
        <location filename="../models/Labels.cpp" line="297"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="35"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="36"/>
        <source>Circle wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="37"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="38"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="39"/>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="40"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="41"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="42"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="43"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="44"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="45"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="46"/>
        <location filename="../models/Labels.cpp" line="70"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="47"/>
        <source>Address (line 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="48"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="49"/>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="50"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="52"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="53"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="54"/>
        <source>Income range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="55"/>
        <source>Source of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="56"/>
        <location filename="../models/Labels.cpp" line="141"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="57"/>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="58"/>
        <source>File size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="59"/>
        <source>Verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="60"/>
        <source>Verification method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="61"/>
        <source>Verification notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="62"/>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="63"/>
        <source>Verified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="64"/>
        <source>Compliance check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="65"/>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="66"/>
        <source>Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="67"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="68"/>
        <location filename="../models/Labels.cpp" line="85"/>
        <location filename="../models/Labels.cpp" line="252"/>
        <location filename="../models/Labels.cpp" line="446"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="69"/>
        <location filename="../models/Labels.cpp" line="198"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="72"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="73"/>
        <source>Confirmed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="74"/>
        <location filename="../models/Labels.cpp" line="289"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="75"/>
        <location filename="../models/Labels.cpp" line="155"/>
        <source>Transaction hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="83"/>
        <location filename="../models/Labels.cpp" line="251"/>
        <location filename="../models/Labels.cpp" line="421"/>
        <location filename="../models/Labels.cpp" line="455"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="84"/>
        <location filename="../models/Labels.cpp" line="96"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="86"/>
        <location filename="../models/Labels.cpp" line="233"/>
        <location filename="../models/Labels.cpp" line="440"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="87"/>
        <location filename="../models/Labels.cpp" line="439"/>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="88"/>
        <source>Center code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="89"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="90"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="91"/>
        <source>Provider reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="92"/>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="93"/>
        <source>Failure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="94"/>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="95"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="97"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="98"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="99"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="100"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="101"/>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="102"/>
        <source>Months owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="103"/>
        <source>Amount owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="104"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="105"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="106"/>
        <source>Oldest due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="107"/>
        <source>Last failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="108"/>
        <source>Service status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="109"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="110"/>
        <source>CMS contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="111"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="112"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="113"/>
        <source>Payment day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="114"/>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="115"/>
        <source>CMS status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="116"/>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="117"/>
        <source>Wallet address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="118"/>
        <source>USDC balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="119"/>
        <location filename="../models/Labels.cpp" line="170"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="120"/>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="121"/>
        <location filename="../models/Labels.cpp" line="181"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="122"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="123"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="124"/>
        <location filename="../models/Labels.cpp" line="238"/>
        <location filename="../models/Labels.cpp" line="445"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="125"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="133"/>
        <source>On hold because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="134"/>
        <source>Put on hold by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="135"/>
        <source>On hold since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="136"/>
        <source>SLA counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="137"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="149"/>
        <source>Chain ID</source>
        <translation>Chain ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="150"/>
        <source>Balance updated</source>
        <translation>Balance updated</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="151"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="152"/>
        <source>Total fee</source>
        <translation>Total fee</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="153"/>
        <source>Gas fee</source>
        <translation>Gas fee</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="154"/>
        <source>Service fee</source>
        <translation>Service fee</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="156"/>
        <source>Transaction ID</source>
        <translation>Transaction ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="157"/>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="159"/>
        <source>USD amount</source>
        <translation>USD amount</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="160"/>
        <source>Local amount</source>
        <translation>Local amount</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="161"/>
        <source>Local currency</source>
        <translation>Local currency</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="162"/>
        <source>Merchant ID</source>
        <translation>Merchant ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="163"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="164"/>
        <source>Source chain</source>
        <translation>Source chain</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="165"/>
        <source>Target chain</source>
        <translation>Target chain</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="166"/>
        <source>Source address</source>
        <translation>Source address</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="167"/>
        <source>Target address</source>
        <translation>Target address</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="168"/>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="169"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="171"/>
        <source>Parent organization</source>
        <translation>Parent organization</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="173"/>
        <source>Retries of a failed debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="174"/>
        <source>Banking days between retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="176"/>
        <source>From month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="177"/>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="178"/>
        <source>Set at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="179"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="180"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="182"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="183"/>
        <source>Server password</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="184"/>
        <source>Second factor</source>
        <translation>Second factor</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="185"/>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="186"/>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="187"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="188"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="189"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="190"/>
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="191"/>
        <source>Organization ID</source>
        <translation>Organization ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="192"/>
        <source>Parent ID</source>
        <translation>Parent ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="193"/>
        <source>Contract ID</source>
        <translation>Contract ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="194"/>
        <source>Contract version</source>
        <translation>Contract version</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="195"/>
        <source>Bank code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="196"/>
        <source>Before (JSON)</source>
        <translation>Before (JSON)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="197"/>
        <source>After (JSON)</source>
        <translation>After (JSON)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="199"/>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="200"/>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="201"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="202"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="203"/>
        <source>Decision note</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="204"/>
        <source>Credit balance</source>
        <translation>Credit balance</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="206"/>
        <source>Scheduled date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="207"/>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="208"/>
        <source>Check first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="209"/>
        <source>This month&apos;s payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="210"/>
        <source>Last month&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="211"/>
        <source>Failed months (6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="212"/>
        <source>Retry no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="213"/>
        <source>What the failure asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="214"/>
        <source>Last reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="215"/>
        <source>Reminded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="216"/>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="217"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="218"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="219"/>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="220"/>
        <source>Changed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="231"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="232"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="234"/>
        <location filename="../models/Labels.cpp" line="581"/>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="239"/>
        <source>Parent membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="240"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="241"/>
        <source>Personal data (level 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="242"/>
        <source>Address and occupation (level 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="243"/>
        <source>Document file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="244"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="245"/>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="82"/>
        <location filename="../models/Labels.cpp" line="249"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="253"/>
        <location filename="../models/Labels.cpp" line="456"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="147"/>
        <location filename="../models/Labels.cpp" line="254"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="255"/>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="256"/>
        <source>Recent transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="257"/>
        <source>KYC documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="258"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="259"/>
        <source>Recent payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="261"/>
        <source>The user&apos;s other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="262"/>
        <source>Successful payments by method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="263"/>
        <source>Unpaid months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="285"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="286"/>
        <location filename="../models/Labels.cpp" line="330"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="287"/>
        <location filename="../models/Labels.cpp" line="332"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="288"/>
        <source>Needs information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="290"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="291"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="292"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="293"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="294"/>
        <location filename="../models/Labels.cpp" line="352"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="295"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="158"/>
        <location filename="../models/Labels.cpp" line="296"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="172"/>
        <source>Fee rate in force (basis points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="175"/>
        <source>Own fee rate (basis points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="267"/>
        <location filename="../models/Labels.cpp" line="448"/>
        <source>Auto-debit contract</source>
        <translation>Auto-debit contract</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="268"/>
        <source>BCH invoices</source>
        <translation>BCH invoices</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="269"/>
        <location filename="../models/Labels.cpp" line="459"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="270"/>
        <location filename="../models/Labels.cpp" line="460"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="271"/>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="273"/>
        <source>Organizations below</source>
        <translation>Organizations below</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="274"/>
        <source>Staff here</source>
        <translation>Staff here</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="275"/>
        <source>Fee rates by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="276"/>
        <location filename="../models/Labels.cpp" line="450"/>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="277"/>
        <source>What this staff member did</source>
        <translation>What this staff member did</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="278"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="279"/>
        <source>Changes (before and after)</source>
        <translation>Changes (before and after)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="280"/>
        <location filename="../models/Labels.cpp" line="425"/>
        <source>Manual credit</source>
        <translation>Manual credit</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="281"/>
        <location filename="../models/Labels.cpp" line="462"/>
        <source>Bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="298"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="299"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="300"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="301"/>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="302"/>
        <source>Registration pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="306"/>
        <source>CMS auto-debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="307"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="308"/>
        <source>Bitcoin Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="309"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="313"/>
        <source>National ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="314"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="315"/>
        <source>Driver&apos;s license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="316"/>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="317"/>
        <source>Proof of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="324"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="355"/>
        <source>User deactivated</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="356"/>
        <source>User reactivated</source>
        <translation>User reactivated</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="357"/>
        <source>Staff member added</source>
        <translation>Staff member added</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="358"/>
        <source>Staff member deactivated</source>
        <translation>Staff member deactivated</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="359"/>
        <source>Staff member reactivated</source>
        <translation>Staff member reactivated</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="360"/>
        <source>Second factor reset</source>
        <translation>Second factor reset</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="361"/>
        <source>Account number revealed</source>
        <translation>Account number revealed</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="362"/>
        <source>BCH account set</source>
        <translation>BCH account set</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="363"/>
        <source>Invoice created</source>
        <translation>Invoice created</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="364"/>
        <source>Payment frozen by its settlement</source>
        <translation>Payment frozen by its settlement</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="365"/>
        <source>Credit from a BCH invoice</source>
        <translation>Credit from a BCH invoice</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="366"/>
        <source>Credit taken back</source>
        <translation>Credit taken back</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="367"/>
        <source>Service paused</source>
        <translation>Service paused</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="368"/>
        <source>Withdrawn from the service</source>
        <translation>Withdrawn from the service</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="369"/>
        <source>Service resumed</source>
        <translation>Service resumed</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="370"/>
        <source>Contract active</source>
        <translation>Contract active</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="371"/>
        <source>Contract suspended</source>
        <translation>Contract suspended</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="372"/>
        <source>Reminder sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="373"/>
        <source>Retry policy set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="374"/>
        <source>Contract terminated</source>
        <translation>Contract terminated</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="375"/>
        <source>Manual credit asked</source>
        <translation>Manual credit asked</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="376"/>
        <source>Manual credit approved</source>
        <translation>Manual credit approved</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="377"/>
        <source>Manual credit rejected</source>
        <translation>Manual credit rejected</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="378"/>
        <source>Manual credit written</source>
        <translation>Manual credit written</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="379"/>
        <source>Bank holiday added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="380"/>
        <source>Bank holiday withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="381"/>
        <source>Bank holiday restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="387"/>
        <source>Retry at the next debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="390"/>
        <source>Follow up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="391"/>
        <source>No code recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="396"/>
        <source>retry of a failed debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="397"/>
        <source>contract suspended: not debited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="398"/>
        <source>service paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="399"/>
        <source>member withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="400"/>
        <source>account changed since the last debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="401"/>
        <source>failed repeatedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="402"/>
        <source>month already settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="414"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="415"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="419"/>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="420"/>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="422"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="429"/>
        <location filename="../models/Labels.cpp" line="437"/>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="430"/>
        <source>Regional admin</source>
        <translation>Regional admin</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="431"/>
        <source>Center manager</source>
        <translation>Center manager</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="432"/>
        <source>KYC reviewer</source>
        <translation>KYC reviewer</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="433"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="438"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="447"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="451"/>
        <source>KYC document</source>
        <translation>KYC document</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="452"/>
        <source>KYC settings</source>
        <translation>KYC settings</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="453"/>
        <source>BCH invoice</source>
        <translation>BCH invoice</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="454"/>
        <source>BCH account</source>
        <translation>BCH account</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="457"/>
        <source>Result file</source>
        <translation>Result file</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="205"/>
        <location filename="../models/Labels.cpp" line="458"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="581"/>
        <source>Paid, unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="595"/>
        <source>1-7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="597"/>
        <source>8-30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="599"/>
        <source>31-60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="601"/>
        <source>over 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="698"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="698"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="126"/>
        <source>Review stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="127"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="128"/>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="129"/>
        <source>Claim ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="130"/>
        <source>First approval by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="131"/>
        <source>First approval at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="132"/>
        <location filename="../models/Labels.cpp" line="322"/>
        <source>Resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="138"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="139"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="140"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="148"/>
        <source>Reason or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="246"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="247"/>
        <source>Review history of this user&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="248"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="323"/>
        <source>Needs second approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="328"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="329"/>
        <source>Claim released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="331"/>
        <source>First approval (four eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="333"/>
        <source>More information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="334"/>
        <source>Document number revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="335"/>
        <source>Review settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="388"/>
        <source>Suspend the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="389"/>
        <source>Suspend; ask for a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="461"/>
        <source>Manual credit request</source>
        <translation>Manual credit request</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="628"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="630"/>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="632"/>
        <source>over SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="634"/>
        <source>SLA paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="662"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="665"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="667"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="321"/>
        <source>New submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="142"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="143"/>
        <source>Result code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="144"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="145"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="146"/>
        <source>Fee rate (basis points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="264"/>
        <source>History of this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="265"/>
        <source>Result file lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="266"/>
        <source>History of this settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="336"/>
        <source>Marked paid by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="337"/>
        <source>Cancelled by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="338"/>
        <source>Reconciled from a result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="339"/>
        <source>Settlement computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="340"/>
        <source>Settlement confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="341"/>
        <source>Settlement paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="342"/>
        <source>Settlement reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="343"/>
        <source>Result file imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="76"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="77"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="78"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="79"/>
        <source>Block height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="80"/>
        <source>Address index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="81"/>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="250"/>
        <source>On chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="260"/>
        <source>Credits (BCH ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="344"/>
        <source>Seen on chain (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="345"/>
        <source>Confirmed on chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="346"/>
        <source>Underpaid on chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="347"/>
        <source>Paid after the expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="348"/>
        <source>Taken back (left the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="349"/>
        <source>Chain state updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="350"/>
        <source>Late payment accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="351"/>
        <source>Marked for a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="353"/>
        <source>Settled by a BCH invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="354"/>
        <source>BCH settlement taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="406"/>
        <source>Underpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="407"/>
        <source>Overpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="408"/>
        <source>Paid late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="409"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="410"/>
        <source>Refund due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="423"/>
        <source>BCH invoice paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="424"/>
        <source>BCH payment taken back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::OrganizationListModel</name>
    <message>
        <location filename="../models/OrganizationListModel.cpp" line="72"/>
        <source>All organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::PagedTableModel</name>
    <message>
        <location filename="../models/PagedTableModel.cpp" line="734"/>
        <source>%1 local time (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PagedTableModel.cpp" line="739"/>
        <source>Changed by someone else: it no longer matches this list&apos;s filter and goes at the next refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PagedTableModel.cpp" line="821"/>
        <source>Click to sort by %1 in the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::Reconciliation</name>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="378"/>
        <source>%1: unknown code (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="406"/>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="408"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="410"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="412"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="423"/>
        <source>The member reference&apos;s check digit is wrong: a typo? Match by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReconciliationModel.cpp" line="426"/>
        <source>%n payment(s) of this amount are due within 3 days of the date: match by hand.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="434"/>
        <source>provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="437"/>
        <source>member reference (check digit valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="439"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="442"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="445"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="448"/>
        <source>due date within 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="453"/>
        <source>amount %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="454"/>
        <source>amount %1 less</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReconciliationModel.cpp" line="458"/>
        <source>paid %n month(s) after the payment&apos;s month</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReconciliationModel.cpp" line="459"/>
        <source>paid %n month(s) before the payment&apos;s month</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="462"/>
        <source>member does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="464"/>
        <source>Same: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="464"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="466"/>
        <source>differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReconciliationModel.cpp" line="470"/>
        <source>%n other payment(s) fit as well: not ticked, check before applying</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="480"/>
        <source>Provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="483"/>
        <source>Member and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="486"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="489"/>
        <source>Partial payment: settle by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="492"/>
        <source>Several payments fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="495"/>
        <source>No payment fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="498"/>
        <source>Applied by an earlier import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="501"/>
        <source>Repeated in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="505"/>
        <source>overpaid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReconciliationModel.cpp" line="508"/>
        <source>late %n day(s)</source>
        <translation>
            <numerusform>late %n day</numerusform>
            <numerusform>late %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::models::SpecimenDocuments</name>
    <message>
        <location filename="../models/SpecimenDocuments.cpp" line="49"/>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SpecimenDocuments.cpp" line="56"/>
        <location filename="../models/SpecimenDocuments.cpp" line="72"/>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::StatementLinesModel</name>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="48"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="50"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="52"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="54"/>
        <source>Member / contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="56"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="58"/>
        <source>Provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="60"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="62"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="64"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="66"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="68"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="70"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="116"/>
        <source>Taken when the line is applied, and written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="154"/>
        <source>#%1 %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ops::Operation</name>
    <message>
        <location filename="../core/Operations.cpp" line="170"/>
        <source>The request body is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Operations.cpp" line="174"/>
        <source>The request body is not in the expected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Operations.cpp" line="235"/>
        <location filename="../core/Operations.cpp" line="992"/>
        <source>There is no list called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Operations.cpp" line="199"/>
        <source>The request body needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::server::ApiServer</name>
    <message>
        <location filename="../server/ApiServer.cpp" line="356"/>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../server/ApiServer.cpp" line="627"/>
        <source>Too many requests from %1 (more than %2 a minute); try again in %n seconds.</source>
        <translation>
            <numerusform>Too many requests from %1 (more than %2 a minute); try again in %n second.</numerusform>
            <numerusform>Too many requests from %1 (more than %2 a minute); try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="799"/>
        <source>Give a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="867"/>
        <source>A second factor is set up already; give its code to auth/mfa/verify.</source>
        <translation>A second factor is set up already; give its code to auth/mfa/verify.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="901"/>
        <source>Give the sign-in&apos;s mfa_token and either a code or a recovery code.</source>
        <translation>Give the sign-in&apos;s mfa_token and either a code or a recovery code.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="906"/>
        <source>The code is too long.</source>
        <translation>The code is too long.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="929"/>
        <source>The code is wrong; check the time on the phone and type the code it shows now.</source>
        <translation>The code is wrong; check the time on the phone and type the code it shows now.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="932"/>
        <source>No second factor is being set up; sign in again.</source>
        <translation>No second factor is being set up; sign in again.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="955"/>
        <source>This recovery code is wrong or was used already.</source>
        <translation>This recovery code is wrong or was used already.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="968"/>
        <source>This code was used already; wait for the next one (every 30 seconds).</source>
        <translation>This code was used already; wait for the next one (every 30 seconds).</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1016"/>
        <source>Give the refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1074"/>
        <source>This login hears no changes: it is not an active staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1135"/>
        <source>Give one title per column (%1) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1275"/>
        <location filename="../server/ApiServer.cpp" line="1323"/>
        <source>There is nothing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1345"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1357"/>
        <source>The role %1 may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1373"/>
        <source>Send the row version you saw as If-Match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="380"/>
        <source>Too many failed sign-ins; try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="688"/>
        <source>This Idempotency-Key was used with another request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1515"/>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="618"/>
        <source>This session has ended (signed out, or the account was deactivated); sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="636"/>
        <source>The server cannot act as %1 in the database; ask an administrator to check the staff login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="803"/>
        <source>The user name or password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1405"/>
        <source>An Idempotency-Key has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1422"/>
        <source>Too many sign-ins at once; try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1394"/>
        <source>Text may not contain control characters (such as NUL); remove them from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1331"/>
        <source>Send either Content-Length or Transfer-Encoding, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1337"/>
        <source>The request body is larger than %1 kB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Auth</name>
    <message>
        <location filename="../core/sql/SqlAuth.cpp" line="19"/>
        <source>The session has ended; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlAuth.cpp" line="40"/>
        <location filename="../core/sql/SqlAuth.cpp" line="66"/>
        <source>There is no staff member &quot;%1&quot;.</source>
        <translation>There is no staff member &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlAuth.cpp" line="170"/>
        <source>This sign-in was already used; every session of %1 has been ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Bulk</name>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="26"/>
        <source>it is %1; this needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="81"/>
        <source>it is not claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="82"/>
        <source>the claim of %1 has lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="138"/>
        <source>KYC document #%1 has no live claim any more; nothing was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="143"/>
        <source>Unknown bulk action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="151"/>
        <source>Select the rows to change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="154"/>
        <source>At most %1 rows are checked at a time; the console sends more in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="196"/>
        <source>not found (or not visible to you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="206"/>
        <source>There is nothing to apply: no selected row can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="209"/>
        <source>At most %1 rows are applied at a time; the console sends more in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="217"/>
        <source>Choose the reviewer to assign the documents to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Chain</name>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="68"/>
        <source>Invoice #%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="136"/>
        <location filename="../core/sql/SqlChain.cpp" line="365"/>
        <source>Invoice #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="220"/>
        <source>The new credit&apos;s id did not come back.</source>
        <translation>The new credit&apos;s id did not come back.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="296"/>
        <source>Some of the invoices to check do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="369"/>
        <source>Invoice #%1 has no undecided late payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="379"/>
        <source>Invoice #%1 received %2 of %3 BCH; only a full payment is accepted. Ask for the rest or mark it for a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="402"/>
        <source>No Electrum server is set up for checking invoices on chain. Add one in BCH settings on the invoices page (for example ssl://electrum.example.org:50002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="428"/>
        <source>The Electrum servers did not answer within %1 seconds; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="526"/>
        <source>The chain watcher settles every center&apos;s invoices and payments, so it runs as a headquarters login (hq_admin) or the database owner; %1 is %2. Create a headquarters login for it (paydesk admin add-staff --role hq_admin) and use that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="529"/>
        <source>not a staff login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Collections</name>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="26"/>
        <source>The bank holidays are read for a range of dates of at most ten years, its first day before its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="45"/>
        <source>reading the bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="58"/>
        <source>That bank holiday does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="65"/>
        <source>Give the day of the bank holiday as a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="68"/>
        <source>%1 is a Saturday or a Sunday: no debits go out on it anyway. Bank holidays are weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="74"/>
        <source>Name the bank holiday (at most 100 characters), for example &quot;임시공휴일 / Temporary holiday&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="90"/>
        <source>%1 is a bank holiday already (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="92"/>
        <source>%1 was withdrawn as a bank holiday (%2); restore that row instead of adding the day again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="115"/>
        <source>The new bank holiday&apos;s id did not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="142"/>
        <source>%1 is a bank holiday already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="143"/>
        <source>%1 is withdrawn already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Details</name>
    <message>
        <location filename="../core/sql/SqlDetails.cpp" line="54"/>
        <source>The row is gone; someone may have deleted it. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDetails.cpp" line="972"/>
        <source>Unknown area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Invoices</name>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="95"/>
        <source>This extended public key is at depth %1; Paydesk needs the account key (depth 3, m/44&apos;/145&apos;/0&apos;). Export the account&apos;s xpub from the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="101"/>
        <source>A tpub key belongs to testnet or regtest, not to mainnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="102"/>
        <source>An xpub key belongs to mainnet, not to testnet or regtest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="104"/>
        <source>BCH account</source>
        <translation>BCH account</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="138"/>
        <source>The account was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="160"/>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="163"/>
        <source>An invoice can ask for at most 99.99999999 BCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="166"/>
        <source>The description is longer than 500 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="170"/>
        <source>The expiry must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="173"/>
        <source>The expiry may be at most one year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="187"/>
        <source>There is no member with id %1; choose the member again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="202"/>
        <source>No BCH account is set up. Open BCH settings on the invoices page and enter the organisation&apos;s account xpub first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="241"/>
        <source>The new invoice&apos;s id did not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="256"/>
        <source>No valid address could be derived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="266"/>
        <source>A transaction hash is 64 hexadecimal digits (0-9, a-f); check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="269"/>
        <location filename="../core/sql/SqlInvoices.cpp" line="335"/>
        <source>Enter the transaction hash (64 hexadecimal digits) of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="272"/>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="275"/>
        <source>The reason is longer than 500 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="288"/>
        <source>Invoice #%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="297"/>
        <source>Invoice #%1 was changed by %2 at %3 (it is now %4). Nothing was changed; look at it again and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="300"/>
        <location filename="../core/sql/SqlInvoices.cpp" line="361"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="303"/>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="329"/>
        <source>Invoice #%1 is %2, so it cannot be marked %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="358"/>
        <source>Invoice #%1 was changed by %2 at the same moment. Nothing was changed; look at it again and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="379"/>
        <location filename="../core/sql/SqlInvoices.cpp" line="382"/>
        <source>A sheet holds 1 to 20,000 invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="409"/>
        <source>&quot;%1&quot; is not an invoice status; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="422"/>
        <source>There is no organisation with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Kyc</name>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="44"/>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="77"/>
        <source>Your role (%1) may not review KYC documents; ask a KYC reviewer or headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="155"/>
        <source>KYC document #%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="162"/>
        <source>KYC document #%1 was already decided by %2 at %3 (%4). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="164"/>
        <location filename="../core/sql/SqlKyc.cpp" line="245"/>
        <location filename="../core/sql/SqlKyc.cpp" line="631"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="170"/>
        <source>KYC document #%1 is claimed by %2 until %3. Pick another document, or ask %2 or headquarters to release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="179"/>
        <source>KYC document #%1 is on hold (%2, by %3); resume it before reviewing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="220"/>
        <source>A claim lasts 1 to 1,440 minutes (one day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="223"/>
        <source>The time to a decision is 1 to 720 hours (30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="226"/>
        <source>The four-eyes risk threshold is a score from 0.00 to 9.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="234"/>
        <source>Only headquarters may change the review settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="243"/>
        <source>The review settings were changed by %1 at %2. Nothing was changed; look at them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="413"/>
        <source>KYC document #%1 is claimed by %2; only %2 or headquarters may release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="437"/>
        <source>Away until %1 is in the past; choose today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="441"/>
        <source>The reason is longer than 500 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="463"/>
        <source>Only an active staff login can be away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="494"/>
        <source>Only headquarters assigns KYC documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="505"/>
        <source>%1 is not an active KYC reviewer; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="510"/>
        <source>%1 is away until %2; choose another reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="563"/>
        <source>Claim KYC document #%1 before putting it on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="567"/>
        <source>KYC document #%1 is not on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="595"/>
        <source>The note is longer than 1,000 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="598"/>
        <source>Choose the reason for the rejection from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="601"/>
        <source>With the reason &quot;other&quot;, write what is wrong in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="604"/>
        <source>Write the message for the customer: what to send and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="628"/>
        <source>KYC document #%1 was changed by %2 at %3 since you opened it. Nothing was changed; look at it again and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sql/SqlKyc.cpp" line="644"/>
        <source>Claim KYC document #%1 before deciding it (claims end after %n minute(s)).</source>
        <translation>
            <numerusform>Claim KYC document #%1 before deciding it (claims end after %n minute).</numerusform>
            <numerusform>Claim KYC document #%1 before deciding it (claims end after %n minutes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="654"/>
        <source>KYC document #%1 expired on %2, so it cannot be approved. Reject it with the reason &quot;Document expired&quot;, or ask the customer for a valid one.</source>
        <translation>KYC document #%1 expired on %2, so it cannot be approved. Reject it with the reason &quot;Document expired&quot;, or ask the customer for a valid one.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="662"/>
        <source>You gave the first approval of this high-risk document at %1; a second, different reviewer must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="679"/>
        <source>KYC document #%1 was changed at the same moment. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="764"/>
        <source>KYC document #%1 was decided by someone else at the same moment. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="830"/>
        <source>Choose a period of one day to one year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Lists</name>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="963"/>
        <source>Unknown filter &quot;%1&quot; for %2; the filters here are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="968"/>
        <source>Filter &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="979"/>
        <source>the search text is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="983"/>
        <source>the search text contains control characters (tabs, line breaks); remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="991"/>
        <location filename="../core/sql/SqlLists.cpp" line="1041"/>
        <source>the value is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="999"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1006"/>
        <source>&quot;%1&quot; is not a status here; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1030"/>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>&quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1051"/>
        <source>&quot;%1&quot; is not a payment method; use cms, card, bch or manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1059"/>
        <source>&quot;%1&quot; is not a month; write YYYY-MM, for example 2025-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1067"/>
        <source>&quot;%1&quot; is not an organization id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1076"/>
        <source>&quot;%1&quot; is not a date and time; write ISO 8601 in UTC, for example 2025-03-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1086"/>
        <source>write true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1094"/>
        <source>&quot;%1&quot; is not a two-letter country code such as KR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1104"/>
        <source>a risk score is given in hundredths from 0 to 999 (2.50 is 250).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1121"/>
        <source>use one of the bands 1-7, 8-30, 31-60, 61+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1133"/>
        <source>use one of open, new, resubmitted, second_approval, on_hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1159"/>
        <source>name at most %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1168"/>
        <source>&quot;%1&quot; is not a row id; give ids as 12,40,77.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1186"/>
        <source>Filter &quot;as_of&quot;: &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1261"/>
        <source>Filter &quot;day&quot;: &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1312"/>
        <source>Cannot sort %1 by &quot;%2&quot;: there is no such column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1534"/>
        <location filename="../core/sql/SqlLists.cpp" line="1620"/>
        <source>The page cursor does not belong to this list and sort order; start from the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1600"/>
        <source>A page holds 1 to 1000 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1653"/>
        <location filename="../core/sql/SqlLists.cpp" line="1838"/>
        <location filename="../core/sql/SqlLists.cpp" line="1857"/>
        <source>reading rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1806"/>
        <source>Stopped after %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1148"/>
        <source>use one of unclaimed, claimed, mine, others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1752"/>
        <source>%1 has no totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1779"/>
        <source>adding up the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1015"/>
        <source>&quot;%1&quot; is not an invoice exception; use underpaid, overpaid, paid_late or any.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Members</name>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="96"/>
        <source>The e-mail address %1 belongs to user #%2 already; each user has their own.</source>
        <translation type="unfinished">The e-mail address %1 belongs to user #%2 already; each user has their own.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="99"/>
        <source>The phone number %1 belongs to user #%2 already; each user has their own.</source>
        <translation type="unfinished">The phone number %1 belongs to user #%2 already; each user has their own.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="114"/>
        <source>There is no organisation #%1 (or it is not in your part of the tree); choose another institution.</source>
        <translation type="unfinished">There is no organisation #%1 (or it is not in your part of the tree); choose another institution.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="119"/>
        <source>%1 is not an institution; a member belongs to an institution (a kindergarten, a school).</source>
        <translation type="unfinished">%1 is not an institution; a member belongs to an institution (a kindergarten, a school).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="125"/>
        <source>%1 is closed and takes no new members.</source>
        <translation type="unfinished">%1 is closed and takes no new members.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="61"/>
        <source>The new child&apos;s id did not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="142"/>
        <source>The e-mail address %1 belongs to another user already, outside your part of the tree; each user has their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="145"/>
        <source>The phone number %1 belongs to another user already, outside your part of the tree; each user has their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="162"/>
        <source>The enrolment date %1 is not possible; give a date from 2000 to a year from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="168"/>
        <source>&quot;%1&quot; is not a country code; write the two capital letters, such as KR or US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="203"/>
        <source>Organisation #%1 is not in your part of the tree; you enrol members only into the institutions you look after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="211"/>
        <source>The new user&apos;s id did not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="232"/>
        <source>The new member&apos;s id did not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="267"/>
        <source>Member #%1 does not exist (or is not in your part of the tree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="273"/>
        <source>Member #%1 has withdrawn; enrol them again (resume the service) before adding a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="290"/>
        <source>Child #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="299"/>
        <location filename="../core/sql/SqlMembers.cpp" line="520"/>
        <source>%1 does not exist any more.</source>
        <translation type="unfinished">%1 does not exist any more.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="323"/>
        <source>Nothing changed: %1 is stored like this already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="386"/>
        <source>No field key is set up here, so an account number cannot be stored (it is kept only encrypted). Set the key file under Settings, security/fieldKeyFile, or on paydesk-server with --field-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="393"/>
        <source>The field key cannot be read, so the account number cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="429"/>
        <source>Member #%1</source>
        <translation type="unfinished">Member #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="436"/>
        <source>%1 does not exist (or is not in your part of the tree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="444"/>
        <source>%1 has withdrawn; enrol them again before registering a contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="449"/>
        <source>%1 has contract %2 (%3) already; change its terms, or terminate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="483"/>
        <source>The contract&apos;s id did not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="512"/>
        <source>Auto-debit contract #%1</source>
        <translation type="unfinished">Auto-debit contract #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="531"/>
        <source>%1 is terminated; its terms do not change. Register a new contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="551"/>
        <source>Nothing changed: %1 has these terms already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Mfa</name>
    <message>
        <location filename="../core/sql/SqlMfa.cpp" line="20"/>
        <source>Second factors are kept by paydesk-server, in PostgreSQL.</source>
        <translation>Second factors are kept by paydesk-server, in PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMfa.cpp" line="95"/>
        <source>This sign-in has expired or was used up by wrong codes; sign in again.</source>
        <translation>This sign-in has expired or was used up by wrong codes; sign in again.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMfa.cpp" line="146"/>
        <source>A second factor is set up already; headquarters can reset it if the phone is lost.</source>
        <translation>A second factor is set up already; headquarters can reset it if the phone is lost.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMfa.cpp" line="229"/>
        <source>There is no staff member &quot;%1&quot;.</source>
        <translation>There is no staff member &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Organizations</name>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="51"/>
        <source>headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="54"/>
        <source>a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="57"/>
        <source>a center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="59"/>
        <source>an institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="69"/>
        <source>&quot;%1&quot; is not an organisation code; use 1 to 32 capital letters, digits and &quot;-&quot;, such as I-SEOUL1-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="76"/>
        <source>Enter the organisation&apos;s name: 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="85"/>
        <source>There is no organisation #%1 to put it under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="94"/>
        <source>%1 is an institution; nothing goes below an institution. Choose its center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="101"/>
        <source>%1 is closed; reopen it before adding organisations below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="108"/>
        <source>The code %1 belongs to %2 already; each organisation has its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="122"/>
        <source>The new organisation&apos;s id did not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="129"/>
        <source>The tree is too deep here to add another level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="153"/>
        <source>Organisation #%1</source>
        <translation type="unfinished">Organisation #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="156"/>
        <source>%1 does not exist any more.</source>
        <translation type="unfinished">%1 does not exist any more.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="166"/>
        <source>Headquarters, the root of the tree, does not move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="170"/>
        <source>There is no organisation #%1 to move it under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="177"/>
        <source>%1 is under %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="181"/>
        <source>%1 cannot move under itself or below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="185"/>
        <source>%1 is %2; it goes under %3, and %4 is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="194"/>
        <source>%1 is closed and takes nothing new; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="272"/>
        <source>Give the first month of the rate as YYYY-MM, such as 2027-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="276"/>
        <source>A fee rate is 0 to 10,000 basis points (250 is 2.5 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="286"/>
        <location filename="../core/sql/SqlOrganizations.cpp" line="349"/>
        <location filename="../core/sql/SqlOrganizations.cpp" line="380"/>
        <source>Organisation #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="292"/>
        <source>%1 is an institution; fee rates are set for centers (or a region or headquarters for all centers below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="309"/>
        <source>A settlement for %1 below %2 is confirmed already; a new rate starts in a later month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="358"/>
        <source>A failed debit is retried 0 to 5 times; give a number in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="362"/>
        <source>Retries are 1 to 10 banking days apart; give a number in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="366"/>
        <source>%1 retries %2 banking days apart end %3 banking days after the debit; the last retry must come within 15, before the next month&apos;s debit. Give fewer retries or a shorter interval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::ServerState</name>
    <message>
        <location filename="../core/sql/SqlServerState.cpp" line="22"/>
        <source>paydesk-server keeps its state in PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlServerState.cpp" line="153"/>
        <source>The request with this Idempotency-Key was changed at the same moment; send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::SqlBackend</name>
    <message>
        <location filename="../core/sql/SqlBackend.cpp" line="111"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBackend.cpp" line="439"/>
        <source>This database cannot do %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Staff</name>
    <message>
        <location filename="../core/sql/SqlSecurity.cpp" line="24"/>
        <source>A SQLite file has no login roles: whoever opens the file owns it. Staff accounts exist on PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSecurity.cpp" line="83"/>
        <source>This member has no auto-debit contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSecurity.cpp" line="90"/>
        <source>No account number is stored for contract %1; only the last four digits are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSecurity.cpp" line="58"/>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::StaffAdmin</name>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="34"/>
        <source>%1 does not exist any more.</source>
        <translation type="unfinished">%1 does not exist any more.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="51"/>
        <source>There is no open organisation #%1; choose where the staff member works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="67"/>
        <location filename="../core/sql/SqlStaff.cpp" line="151"/>
        <source>The name is longer than 100 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="71"/>
        <location filename="../core/sql/SqlStaff.cpp" line="215"/>
        <source>The server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="79"/>
        <source>A SQLite file has no logins, so there is no database password to set; leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="83"/>
        <source>The database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="112"/>
        <source>The login &quot;%1&quot; belongs to a staff member already; change that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="131"/>
        <source>The new staff member&apos;s id did not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="157"/>
        <location filename="../core/sql/SqlStaff.cpp" line="223"/>
        <source>Staff member #%1</source>
        <translation type="unfinished">Staff member #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="170"/>
        <source>Nothing changed: %1 has this role, organisation and name already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="187"/>
        <source>You cannot change your own role; ask another headquarters admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Users</name>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="36"/>
        <location filename="../core/sql/SqlUsers.cpp" line="476"/>
        <source>User #%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="43"/>
        <source>User #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="48"/>
        <location filename="../core/sql/SqlUsers.cpp" line="128"/>
        <location filename="../core/sql/SqlUsers.cpp" line="144"/>
        <source>%1 is active already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="49"/>
        <location filename="../core/sql/SqlUsers.cpp" line="129"/>
        <location filename="../core/sql/SqlUsers.cpp" line="145"/>
        <source>%1 is deactivated already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="85"/>
        <location filename="../core/sql/SqlUsers.cpp" line="136"/>
        <location filename="../core/sql/SqlUsers.cpp" line="294"/>
        <source>%1 does not exist any more.</source>
        <translation>%1 does not exist any more.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="121"/>
        <source>Staff member #%1</source>
        <translation>Staff member #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="164"/>
        <source>&quot;%1&quot; is not a service status; use active, paused or withdrawn.</source>
        <translation>&quot;%1&quot; is not a service status; use active, paused or withdrawn.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="168"/>
        <location filename="../core/sql/SqlUsers.cpp" line="285"/>
        <source>Member #%1</source>
        <translation>Member #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="174"/>
        <source>%1 is %2 already.</source>
        <translation>%1 is %2 already.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="184"/>
        <source>&quot;%1&quot; is not a contract status; use active, suspended or terminated.</source>
        <translation>&quot;%1&quot; is not a contract status; use active, suspended or terminated.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="188"/>
        <source>Auto-debit contract #%1</source>
        <translation>Auto-debit contract #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="199"/>
        <source>%1 is terminated; a terminated contract is final. Register a new contract instead.</source>
        <translation>%1 is terminated; a terminated contract is final. Register a new contract instead.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="202"/>
        <source>%1 is %2; it cannot become %3 from there.</source>
        <translation>%1 is %2; it cannot become %3 from there.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="258"/>
        <source>The new credit&apos;s id did not come back.</source>
        <translation>The new credit&apos;s id did not come back.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="366"/>
        <source>Organisation #%1</source>
        <translation>Organisation #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="370"/>
        <source>Enter the new name: 1 to 200 characters.</source>
        <translation>Enter the new name: 1 to 200 characters.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="374"/>
        <source>%1 is called %2 already.</source>
        <translation>%1 is called %2 already.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="383"/>
        <source>&quot;%1&quot; is not an organisation change; use close, reopen, rename or move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="390"/>
        <source>Headquarters, the root of the tree, is never closed.</source>
        <translation>Headquarters, the root of the tree, is never closed.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="397"/>
        <source>%1 is closed already.</source>
        <translation>%1 is closed already.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="398"/>
        <source>%1 is open already.</source>
        <translation>%1 is open already.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="411"/>
        <source>The credit settings row is missing; run the migrations.</source>
        <translation>The credit settings row is missing; run the migrations.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="422"/>
        <source>The four-eyes limit is from 0 to 21,000,000 BCH.</source>
        <translation>The four-eyes limit is from 0 to 21,000,000 BCH.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="434"/>
        <location filename="../core/sql/SqlUsers.cpp" line="446"/>
        <source>The credit settings</source>
        <translation>The credit settings</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="459"/>
        <source>Enter an amount other than zero; a negative amount takes credit back.</source>
        <translation>Enter an amount other than zero; a negative amount takes credit back.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="464"/>
        <source>The amount is more than the 21,000,000 BCH that can ever exist.</source>
        <translation>The amount is more than the 21,000,000 BCH that can ever exist.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="494"/>
        <source>The new request&apos;s id did not come back.</source>
        <translation>The new request&apos;s id did not come back.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="510"/>
        <source>within the four-eyes limit</source>
        <translation>within the four-eyes limit</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="527"/>
        <source>Credit request #%1</source>
        <translation>Credit request #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="530"/>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="540"/>
        <source>%1 was decided already (%2).</source>
        <translation>%1 was decided already (%2).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="550"/>
        <source>%1 is above the four-eyes limit and you asked for it: another headquarters admin approves it.</source>
        <translation>%1 is above the four-eyes limit and you asked for it: another headquarters admin approves it.</translation>
    </message>
</context>
<context>
    <name>pd::totp::Totp</name>
    <message>
        <location filename="../core/Totp.cpp" line="78"/>
        <source>A TOTP secret has at least 10 bytes.</source>
        <translation>A TOTP secret has at least 10 bytes.</translation>
    </message>
    <message>
        <location filename="../core/Totp.cpp" line="81"/>
        <source>A TOTP code has 6 to 8 digits.</source>
        <translation>A TOTP code has 6 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../core/Totp.cpp" line="87"/>
        <source>The TOTP code could not be computed.</source>
        <translation>The TOTP code could not be computed.</translation>
    </message>
</context>
<context>
    <name>pd::ui::BankHolidayPanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="966"/>
        <source>Add a bank holiday…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="968"/>
        <source>A weekday the banks are closed: debits scheduled on it go out the next banking day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="969"/>
        <location filename="../ui/AdminPanels.cpp" line="983"/>
        <source>Withdraw…</source>
        <translation type="unfinished">Withdraw…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="983"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="985"/>
        <source>Not a bank holiday after all: debits go out on this day again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="986"/>
        <source>A bank holiday again: debits scheduled on it move to the next banking day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1005"/>
        <source>Add a bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1006"/>
        <source>Debits scheduled on this weekday move to the next banking day. Give the announcement it follows as the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1008"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1014"/>
        <source>Write the day as YYYY-MM-DD, for example 2027-06-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1022"/>
        <source>&amp;Day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1023"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1034"/>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1034"/>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1035"/>
        <source>The day becomes a banking day again: debits scheduled on it go out on it. The row stays, marked withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1037"/>
        <source>The day is a bank holiday again: debits scheduled on it move to the next banking day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1039"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1039"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::BchSettingsDialog</name>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="411"/>
        <source>BCH settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="413"/>
        <source>Loading the current account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="423"/>
        <source>BCH account</source>
        <translation>BCH account</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="424"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="427"/>
        <source>Mainnet (bitcoincash:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="428"/>
        <source>Testnet (bchtest:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="429"/>
        <source>Regtest (bchreg:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="430"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="433"/>
        <source>xpub… of m/44&apos;/145&apos;/0&apos; (leave empty to keep the current account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="434"/>
        <source>The account&apos;s extended public key from the wallet (Electron Cash: Wallet &gt; Information). Paydesk never sees a private key; it derives addresses 0/i from this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="436"/>
        <source>Extended public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="439"/>
        <source>Where a transaction hash links to; {txid} is replaced by the hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="440"/>
        <source>Block explorer link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="466"/>
        <source>No account is set up yet: new invoices need one. Paste the account xpub below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="470"/>
        <source>Current account: %1, %2 network, next address index %3.
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="487"/>
        <source>The block explorer link must be an http(s) address containing {txid}, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="444"/>
        <source>ssl://electrum.example.org:50002 (several: separated by spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="445"/>
        <source>The Electrum (Fulcrum) servers Check on chain asks, in order. On a Paydesk server connection, the server&apos;s own --electrum servers are used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="447"/>
        <source>Electrum servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="453"/>
        <source>How many unused addresses in a row the organisation&apos;s wallet scans before it stops (20 in Electron Cash and most wallets). The invoices page warns before a run gets longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="455"/>
        <source>Wallet gap limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::BulkDialog</name>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="35"/>
        <source>%1, claimed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="48"/>
        <source>it is %1; this needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="50"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkDialog.cpp" line="66"/>
        <source>Checking %n selected row(s)…</source>
        <translation>
            <numerusform>Checking %n selected row…</numerusform>
            <numerusform>Checking %n selected rows…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="75"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="75"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="75"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="86"/>
        <source>Why (required; written to the audit log of every row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="95"/>
        <source>Re&amp;viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="118"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="125"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="128"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="130"/>
        <source>Stop after the rows being applied now; the rest stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="131"/>
        <source>Copy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="146"/>
        <source>The selected rows could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="157"/>
        <source>Applying… each row is changed and audited on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkDialog.cpp" line="228"/>
        <source>None of the %n selected row(s) can be changed this way (see why below).</source>
        <translation>
            <numerusform>The selected row cannot be changed this way (see why below).</numerusform>
            <numerusform>None of the %n selected rows can be changed this way (see why below).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="243"/>
        <source>Write why first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="261"/>
        <source>not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkDialog.cpp" line="266"/>
        <source>Applied to %n row(s).</source>
        <translation>
            <numerusform>Applied to %n row.</numerusform>
            <numerusform>Applied to %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkDialog.cpp" line="268"/>
        <source>%n row(s) not applied, listed below with why.</source>
        <translation>
            <numerusform>%n row not applied, listed below with why.</numerusform>
            <numerusform>%n rows not applied, listed below with why.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="271"/>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="288"/>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="290"/>
        <source>Change every selected row at once (Shift/Ctrl+click or Ctrl+A to select)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ChartCard</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="231"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="232"/>
        <source>Save this chart as a PNG picture or a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="270"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="279"/>
        <source>This chart could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="328"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="343"/>
        <location filename="../ui/DashboardPage.cpp" line="498"/>
        <source>million won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="367"/>
        <source>%1: collected %2 of %3 expected; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="373"/>
        <source>Collection rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="426"/>
        <source>%1: %2 of the expected amount collected; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="434"/>
        <source>Lowest ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="435"/>
        <source>Next lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardPage.cpp" line="474"/>
        <source>Lowest: %1 (%2); highest: %3 (%4); %n center(s) over the period.</source>
        <translation>
            <numerusform>Lowest: %1 (%2); highest: %3 (%4); %n center over the period.</numerusform>
            <numerusform>Lowest: %1 (%2); highest: %3 (%4); %n centers over the period.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="477"/>
        <source>No payments in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardPage.cpp" line="510"/>
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n member</numerusform>
            <numerusform>%1: %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardPage.cpp" line="513"/>
        <source>%1: %2 owed by %n member(s); %3. %4.</source>
        <translation>
            <numerusform>%1: %2 owed by %n member; %3. %4.</numerusform>
            <numerusform>%1: %2 owed by %n members; %3. %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="521"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="523"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="546"/>
        <source>days from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="547"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="562"/>
        <source>In the queue now: %1. Median time to decision: level 1 %2, level 2 %3. Decided this month: %4; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="593"/>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardPage.cpp" line="599"/>
        <source>%1: %2 paid in %n invoice(s); %3.</source>
        <translation>
            <numerusform>%1: %2 paid in %n invoice; %3.</numerusform>
            <numerusform>%1: %2 paid in %n invoices; %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="625"/>
        <location filename="../ui/DashboardPage.cpp" line="638"/>
        <source>Cannot write %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="646"/>
        <location filename="../ui/DashboardPage.cpp" line="653"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="647"/>
        <source>PNG picture (*.png);;PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="297"/>
        <source>%1 so far (to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="449"/>
        <source>%1: %2 collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="382"/>
        <source>This month so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="362"/>
        <source>nothing collected yet this month; by the same day last month %1 had come in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="424"/>
        <source>nothing collected yet this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ChildDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="526"/>
        <source>Add a child of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="526"/>
        <source>Edit a child of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="536"/>
        <source>C&amp;hild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="538"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="538"/>
        <source>The child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="539"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="539"/>
        <source>YYYY-MM-DD, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="540"/>
        <source>C&amp;lass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="540"/>
        <source>optional, such as 햇님반</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="542"/>
        <source>&amp;Attends (clear when the child no longer attends; nothing is deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="550"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="550"/>
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="573"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD, such as 2021-05-14, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="43"/>
        <source>Connect to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="46"/>
        <location filename="../ui/ConnectionDialog.cpp" line="74"/>
        <source>Embedded demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="56"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="59"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="61"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="75"/>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="76"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="77"/>
        <source>Paydesk server (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="78"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="79"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="84"/>
        <source>The demo database on this computer:
%1
It is created and filled with sample data the first time it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="96"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="98"/>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="99"/>
        <source>SQLite databases (*.db *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="121"/>
        <location filename="../ui/ConnectionDialog.cpp" line="174"/>
        <source>not saved; asked when connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="124"/>
        <source>Automatic (verify-full except on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="125"/>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="126"/>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="127"/>
        <source>require: encrypted, server not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="128"/>
        <source>prefer: encrypted if offered, not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="129"/>
        <source>disable: not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="132"/>
        <source>CA certificate (PEM) that signed the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="137"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="138"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="139"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="140"/>
        <location filename="../ui/ConnectionDialog.cpp" line="176"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="141"/>
        <location filename="../ui/ConnectionDialog.cpp" line="177"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="142"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="143"/>
        <location filename="../ui/ConnectionDialog.cpp" line="145"/>
        <source>Root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="146"/>
        <location filename="../ui/ConnectionDialog.cpp" line="181"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="155"/>
        <source>Lists, counts, exports and the dashboard are read from this streaming replica (same database, user and encryption); changes and details always go to the primary above. A replica further behind than 30 seconds is not used.</source>
        <translation>Lists, counts, exports and the dashboard are read from this streaming replica (same database, user and encryption); changes and details always go to the primary above. A replica further behind than 30 seconds is not used.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="158"/>
        <source>Read replica</source>
        <translation>Read replica</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="170"/>
        <source>optional: a CA certificate to trust (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="175"/>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="178"/>
        <location filename="../ui/ConnectionDialog.cpp" line="180"/>
        <source>Trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="190"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="206"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="311"/>
        <source>Choose the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="319"/>
        <source>Enter the server&apos;s host name and the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="344"/>
        <source>Unnamed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="373"/>
        <source>Warning: with &quot;%1&quot; Paydesk does not check who answers at %2; someone on the network could read or change the data. Use verify-full with the server&apos;s CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="378"/>
        <source>Choose the root certificate that signed the server&apos;s certificate; without it libpq looks in ~/.postgresql/root.crt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="389"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="445"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="452"/>
        <source>encrypted, server verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="453"/>
        <source>encrypted, server NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="453"/>
        <source>NOT encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="456"/>
        <source>Connected: %1 %2, Paydesk schema %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="462"/>
        <source>The demo database will be created when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="428"/>
        <source>Give the server URL (https://host:port), the user and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="154"/>
        <source>Optional: host:port or postgresql:// URL of a read-only replica</source>
        <translation>Optional: host:port or postgresql:// URL of a read-only replica</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="332"/>
        <source>Connecting to a Paydesk server needs the REST backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ContractDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="606"/>
        <source>Register a contract for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="607"/>
        <source>Change %1&apos;s contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="612"/>
        <source>The contract starts as pending registration; activate it once the bank confirms it. The account number is stored encrypted; only its last four digits are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="615"/>
        <source>Leave the account number empty to keep %1. A new number is stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="629"/>
        <source>&amp;Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="633"/>
        <source>Account &amp;holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="637"/>
        <source>10 to 14 digits, such as 123-456789-01-234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="638"/>
        <source>empty: keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="639"/>
        <source>Account &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="644"/>
        <source>&amp;Payment day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="649"/>
        <source>won, such as 150000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="650"/>
        <source>&amp;Monthly amount (₩)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="656"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="656"/>
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="671"/>
        <source>“%1” is not an amount in won: %2 Write it like 150000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CreditRequestPanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="760"/>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="762"/>
        <source>Credit the amount (the second pair of eyes; not for your own request above the limit)</source>
        <translation>Credit the amount (the second pair of eyes; not for your own request above the limit)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="763"/>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="765"/>
        <source>Refuse the request with a note; nothing is credited</source>
        <translation>Refuse the request with a note; nothing is credited</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="771"/>
        <source>Four-eyes limit…</source>
        <translation>Four-eyes limit…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="773"/>
        <source>Credits larger than this need a second headquarters admin</source>
        <translation>Credits larger than this need a second headquarters admin</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="812"/>
        <source>Four-eyes limit for manual credits</source>
        <translation>Four-eyes limit for manual credits</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="813"/>
        <source>A manual credit larger than this (either way) waits for a second headquarters admin&apos;s approval; 0 means every credit does.</source>
        <translation>A manual credit larger than this (either way) waits for a second headquarters admin&apos;s approval; 0 means every credit does.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="815"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="823"/>
        <source>Write the limit in BCH, such as 0.1 (it cannot be negative). %1</source>
        <translation>Write the limit in BCH, such as 0.1 (it cannot be negative). %1</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="833"/>
        <source>&amp;Limit (BCH)</source>
        <translation>&amp;Limit (BCH)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="847"/>
        <source>Approve credit request #%1</source>
        <translation>Approve credit request #%1</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="847"/>
        <source>Reject credit request #%1</source>
        <translation>Reject credit request #%1</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="849"/>
        <source>The amount is credited to %1 now and shows in the ledger.</source>
        <translation>The amount is credited to %1 now and shows in the ledger.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="850"/>
        <source>Nothing is credited to %1; the request stays in the list as rejected.</source>
        <translation>Nothing is credited to %1; the request stays in the list as rejected.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="851"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="851"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>pd::ui::DashboardPage</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="45"/>
        <source>How much was collected, against what was expected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="47"/>
        <source>Is the collection rate rising or falling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="49"/>
        <source>Which centers collect least? (lowest ten highlighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="51"/>
        <source>How old are the debts at each month&apos;s end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="53"/>
        <source>Is KYC review keeping up with new documents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="55"/>
        <source>What happens to BCH invoices?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="74"/>
        <location filename="../ui/DashboardPage.cpp" line="119"/>
        <source>no earlier month to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="77"/>
        <location filename="../ui/DashboardPage.cpp" line="122"/>
        <source>unchanged from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="81"/>
        <source>up from nothing last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="82"/>
        <source>down from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="85"/>
        <source>up %1 from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="86"/>
        <source>down %1 from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="125"/>
        <source>up %1 points from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="126"/>
        <source>down %1 points from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="154"/>
        <source>no decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="668"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="675"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardPage.cpp" line="679"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Last %n month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="685"/>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="697"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="698"/>
        <source>PDF &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="699"/>
        <source>Save the whole dashboard as a one-page PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="776"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="808"/>
        <source>Paydesk dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="811"/>
        <source>Cannot write %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="820"/>
        <source>Paydesk dashboard: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="839"/>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="846"/>
        <location filename="../ui/DashboardPage.cpp" line="853"/>
        <source>Dashboard report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="847"/>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="789"/>
        <source>The chart&apos;s data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="93"/>
        <location filename="../ui/DashboardPage.cpp" line="108"/>
        <source>unchanged from the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="97"/>
        <source>up from nothing in the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="100"/>
        <source>up %1 from the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="101"/>
        <source>down %1 from the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="111"/>
        <source>up %1 points from the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="112"/>
        <source>down %1 points from the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::DetailPane</name>
    <message>
        <location filename="../ui/DetailPane.cpp" line="33"/>
        <location filename="../ui/DetailPane.cpp" line="69"/>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="72"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="129"/>
        <source>History in the audit log</source>
        <translation>History in the audit log</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="131"/>
        <source>Every recorded change of this record, with who, when, why and the values before and after</source>
        <translation>Every recorded change of this record, with who, when, why and the values before and after</translation>
    </message>
</context>
<context>
    <name>pd::ui::DocumentViewer</name>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="30"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="31"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="32"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="32"/>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="33"/>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="34"/>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="35"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="38"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="84"/>
        <source>No document selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="87"/>
        <source>Loading the document file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="154"/>
        <source>Page %1 of %2 · %3 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::FilterBar</name>
    <message>
        <location filename="../ui/FilterBar.cpp" line="55"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="56"/>
        <source>Matches any part of the names, email, phone and references shown (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="70"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="75"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="107"/>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="115"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="118"/>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="123"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="126"/>
        <source>KYC level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="127"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="128"/>
        <source>Level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="129"/>
        <source>Level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="132"/>
        <source>All document types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="138"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="141"/>
        <source>All bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="146"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="156"/>
        <source>Any contract</source>
        <translation>Any contract</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="156"/>
        <source>Auto-debit contract</source>
        <translation>Auto-debit contract</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="157"/>
        <location filename="../ui/FilterBar.cpp" line="159"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="157"/>
        <source>Organization type</source>
        <translation>Organization type</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="158"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="158"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="159"/>
        <source>Transaction type</source>
        <translation>Transaction type</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="160"/>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="160"/>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="161"/>
        <source>Any reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="161"/>
        <source>What the failure asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="173"/>
        <source>No contract</source>
        <translation>No contract</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="173"/>
        <source>Contract: %1</source>
        <translation>Contract: %1</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="186"/>
        <source>Who (login)</source>
        <translation>Who (login)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="186"/>
        <source>The login that made the change, exactly</source>
        <translation>The login that made the change, exactly</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="187"/>
        <source>Action (staff.)</source>
        <translation>Action (staff.)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="188"/>
        <source>Actions starting with this text: &quot;staff.&quot; finds staff.add and staff.deactivate</source>
        <translation>Actions starting with this text: &quot;staff.&quot; finds staff.add and staff.deactivate</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="189"/>
        <source>Chain (polygon)</source>
        <translation>Chain (polygon)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="189"/>
        <source>The chain name, exactly</source>
        <translation>The chain name, exactly</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="214"/>
        <source>Only this record&apos;s history; click to show every record</source>
        <translation>Only this record&apos;s history; click to show every record</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="224"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="225"/>
        <source>Active and inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="226"/>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="227"/>
        <source>Inactive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="232"/>
        <source>Country (KR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="233"/>
        <source>Two-letter country code, for example KR or US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="252"/>
        <source>%1 any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="255"/>
        <source>Risk score from 0.00 to 9.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="264"/>
        <source>Risk ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="265"/>
        <source>Risk ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="270"/>
        <source>Organization: the rows of this organization and everything below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="294"/>
        <location filename="../ui/FilterBar.cpp" line="301"/>
        <source>Debit day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="295"/>
        <source>Next banking day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="295"/>
        <source>Pick a day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="300"/>
        <source>The banking day whose debits are listed; a weekend or bank holiday has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="313"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="314"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="315"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="316"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="317"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="318"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="319"/>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="334"/>
        <source>From this day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="335"/>
        <source>Up to this day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="481"/>
        <source>Record #%1 ✕</source>
        <translation>Record #%1 ✕</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="88"/>
        <source>Review stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="89"/>
        <source>Review queue (all pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="97"/>
        <source>All documents, decided too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="100"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="101"/>
        <source>Claimed or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="102"/>
        <source>Unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="103"/>
        <source>Claimed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="104"/>
        <source>Claimed by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="79"/>
        <source>All invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="79"/>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="83"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::FormDialog</name>
    <message>
        <location filename="../ui/FormDialog.cpp" line="55"/>
        <source>Required; kept in the audit log with your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FormDialog.cpp" line="56"/>
        <source>Optional; kept in the audit log with your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FormDialog.cpp" line="58"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FormDialog.cpp" line="77"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/FormDialog.cpp" line="67"/>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::InvoiceChangeDialog</name>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="276"/>
        <source>Mark invoice paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="278"/>
        <source>Confirm invoice payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="280"/>
        <source>Expire invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="282"/>
        <source>Cancel invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="303"/>
        <source>Invoice #%1 was paid on chain and awaits confirmation. Enter the transaction hash as the block explorer shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="308"/>
        <source>Invoice #%1&apos;s payment is confirmed on chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="311"/>
        <source>Invoice #%1 will be marked expired: its payment window has passed. Its address is never used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="316"/>
        <source>Invoice #%1 will be cancelled. Its address is never used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="324"/>
        <source>64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="332"/>
        <source>Transaction hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoiceDialogs.cpp" line="348"/>
        <source>A transaction hash is 64 hexadecimal digits (0-9, a-f); this one has %n character(s). Copy it again from the wallet or block explorer.</source>
        <translation>
            <numerusform>A transaction hash is 64 hexadecimal digits (0-9, a-f); this one has %n character. Copy it again from the wallet or block explorer.</numerusform>
            <numerusform>A transaction hash is 64 hexadecimal digits (0-9, a-f); this one has %n characters. Copy it again from the wallet or block explorer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="355"/>
        <source>Enter the transaction hash (64 hexadecimal digits) of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::InvoicePanel</name>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="93"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="94"/>
        <source>Copy the address to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="97"/>
        <source>QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="98"/>
        <source>Copy or save the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="101"/>
        <source>Copy QR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="102"/>
        <source>Copy payment URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="103"/>
        <source>Save QR as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="123"/>
        <source>Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="125"/>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="127"/>
        <source>Expire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="129"/>
        <source>Cancel invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="184"/>
        <source>New invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="186"/>
        <source>Create a BCH invoice with a fresh address (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="188"/>
        <source>Print sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="190"/>
        <source>Print the selected invoices, or all that match the filters, several per A4 page (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="193"/>
        <source>BCH settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="286"/>
        <source>%1 satoshis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="294"/>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="295"/>
        <source>Transaction &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="367"/>
        <source>Select an invoice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="372"/>
        <location filename="../ui/InvoicePanel.cpp" line="378"/>
        <location filename="../ui/InvoicePanel.cpp" line="381"/>
        <location filename="../ui/InvoicePanel.cpp" line="618"/>
        <location filename="../ui/InvoicePanel.cpp" line="626"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="389"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="390"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="391"/>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="60"/>
        <source>Export addresses to scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="135"/>
        <source>Check on chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="137"/>
        <source>Ask the Electrum servers about this invoice&apos;s address now and record what they show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="138"/>
        <source>Accept late payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="140"/>
        <source>Mark for refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="151"/>
        <source>Accept late payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="151"/>
        <source>Mark for refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="152"/>
        <source>Why is this late payment accepted? The invoice, its monthly payment and the credit are settled; the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="154"/>
        <source>Why is this money to be refunded? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="163"/>
        <source>Export addresses to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="163"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePanel.cpp" line="169"/>
        <source>Saved %n address(es) to %1.</source>
        <translation>
            <numerusform>Saved %n address to %1.</numerusform>
            <numerusform>Saved %n addresses to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="312"/>
        <source>Received %1 of %2. The QR code now asks for the remaining %3 at the same address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="315"/>
        <source>Received %1, %2 more than asked: decide whether to refund the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="319"/>
        <source>Paid after the expiry; the payment was accepted and settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="321"/>
        <source>Paid after the expiry; the money is marked for a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="322"/>
        <source>%1 arrived after the invoice expired. Nothing was settled: accept it or mark it for a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="457"/>
        <source>Asking the Electrum servers about invoice #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="469"/>
        <source>Invoice #%1 on chain: %2, as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="470"/>
        <source>Invoice #%1 on chain: now %2 (%3 received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="491"/>
        <source>Invoice #%1: the late payment was accepted and settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="492"/>
        <source>Invoice #%1: marked for a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePanel.cpp" line="538"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePanel.cpp" line="539"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="543"/>
        <source>No chain watcher is running: invoices change only by hand. Start paydesk watch-invoices, or paydesk-server with --electrum (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="545"/>
        <source>Chain: not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePanel.cpp" line="551"/>
        <source>Chain: %1 follows %2 at block %3 · %n invoice(s) watched · heard %4.</source>
        <translation>
            <numerusform>Chain: %1 follows %2 at block %3 · %n invoice watched · heard %4.</numerusform>
            <numerusform>Chain: %1 follows %2 at block %3 · %n invoices watched · heard %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="554"/>
        <source>Chain: block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="556"/>
        <source>Chain: %1 is not connected (%2); it tries its servers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="557"/>
        <source>no server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="558"/>
        <source>Chain: disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="560"/>
        <source>Chain: %1 last reported %2 (block %3); it may have stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="562"/>
        <source>Chain: watcher silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="604"/>
        <source>Address indexes %1 to %2 (%3 in a row) have received nothing. A wallet that stops after %4 unused addresses does not see payments to later ones: export them and scan them in the organisation&apos;s wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="613"/>
        <source>There are no addresses to scan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::InvoicePrintDialog</name>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="27"/>
        <source>Print BCH invoice sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="29"/>
        <source>Each A4 page holds %1 invoices with their QR code, amount, address, member, center, invoice number, due date and the non-refundable notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePrintDialog.cpp" line="35"/>
        <source>The %n selected invoice(s)</source>
        <translation>
            <numerusform>The %n selected invoice</numerusform>
            <numerusform>The %n selected invoices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="38"/>
        <source>All invoices that match the page&apos;s filters and search, in its order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="45"/>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="52"/>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="65"/>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="67"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="138"/>
        <source>Collecting invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="155"/>
        <source>Collecting invoices… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="171"/>
        <source>No invoice matches; select invoices or change the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePrintDialog.cpp" line="177"/>
        <source>Reading %n invoice(s)…</source>
        <translation>
            <numerusform>Reading %n invoice…</numerusform>
            <numerusform>Reading %n invoices…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="196"/>
        <source>Paydesk BCH invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePrintDialog.cpp" line="199"/>
        <source>Print preview: %n invoice(s)</source>
        <translation>
            <numerusform>Print preview: %n invoice</numerusform>
            <numerusform>Print preview: %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="212"/>
        <source>Save invoice sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="213"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePrintDialog.cpp" line="234"/>
        <source>Writing %n invoice(s) to %1…</source>
        <translation>
            <numerusform>Writing %n invoice to %1…</numerusform>
            <numerusform>Writing %n invoices to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePrintDialog.cpp" line="246"/>
        <source>Saved %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Saved %n invoice to %1.</numerusform>
            <numerusform>Saved %n invoices to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="123"/>
        <source>None of these invoices can still be paid, so there is nothing to print. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::KycDecisionDialog</name>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="32"/>
        <source>Document expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="35"/>
        <source>Photo or scan unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="38"/>
        <source>Name does not match the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="41"/>
        <source>Document type not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="44"/>
        <source>Suspected forgery or tampering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="47"/>
        <source>Sanctions or watch-list match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="49"/>
        <source>Other (write it in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="65"/>
        <source>Reject KYC document #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="66"/>
        <source>Request more information for KYC document #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="68"/>
        <source>The customer sees the reason and can submit a new document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="69"/>
        <source>The customer receives this message and resubmits; the document then returns to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="81"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="88"/>
        <source>Optional detail; required for &quot;Other&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="89"/>
        <source>Required: what to send and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="91"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="91"/>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="94"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="94"/>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="106"/>
        <source>Write the message for the customer: what to send and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="111"/>
        <source>With the reason &quot;Other&quot;, write what is wrong in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="116"/>
        <source>The note is %1 characters long; shorten it to 1,000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::KycPanel</name>
    <message>
        <location filename="../ui/KycPanel.cpp" line="60"/>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="61"/>
        <location filename="../ui/KycPanel.cpp" line="354"/>
        <source>Take this document so that no one else decides it while you review it (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="62"/>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="62"/>
        <source>Give the claim back (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="63"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="63"/>
        <source>Approve the document (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="65"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="65"/>
        <source>Reject with a reason from the list (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="66"/>
        <source>Request &amp;info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="67"/>
        <source>Ask the customer for more information (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="68"/>
        <source>Reveal nu&amp;mber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="69"/>
        <source>Show the full document number; the reveal is recorded in the audit log (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="71"/>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="71"/>
        <source>Open the previous document (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="72"/>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="113"/>
        <source>Reviewer activit&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="115"/>
        <source>Review settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="194"/>
        <source>Queue counts unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="73"/>
        <source>Open the next document no one else has claimed or put on hold (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="74"/>
        <location filename="../ui/KycPanel.cpp" line="348"/>
        <source>&amp;Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="75"/>
        <source>Put it on hold with a reason: it waits for something outside the review, and its SLA clock stops until someone resumes it (Alt+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="118"/>
        <location filename="../ui/KycPanel.cpp" line="216"/>
        <source>Away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="120"/>
        <source>Say until which day you are away: you get no new documents, and the ones assigned to you go back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="203"/>
        <source>New %1 · Resubmitted %2 · Second approval %3 · On hold %4 · Claimed %5 (mine %6) · Over SLA %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KycPanel.cpp" line="208"/>
        <source>Pending documents by review stage. Signed in as %1; claims last %n minute(s).</source>
        <translation>
            <numerusform>Pending documents by review stage. Signed in as %1; claims last %n minute.</numerusform>
            <numerusform>Pending documents by review stage. Signed in as %1; claims last %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="215"/>
        <source>Away until %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="219"/>
        <source>Assigned to you %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="242"/>
        <source>Select a document in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="288"/>
        <source>waiting %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="291"/>
        <source>risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="295"/>
        <source>needs two approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="296"/>
        <source>first approval by %1; needs a second reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="302"/>
        <source>Decided by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="306"/>
        <source>On hold since %1 by %2: %3. Resume it to review it (Alt+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="310"/>
        <source>Not claimed. Claim it to decide (Alt+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="313"/>
        <source>Claimed by you until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="314"/>
        <source>Claimed by %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="318"/>
        <source>Document number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="348"/>
        <source>Res&amp;ume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="352"/>
        <source>On hold: resume it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="382"/>
        <source>You claimed #%1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="407"/>
        <source>The claim on #%1 was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="464"/>
        <source>First approval of #%1 recorded; a second reviewer must approve it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="467"/>
        <source>#%1 is now %2; the user&apos;s KYC is %3 at level %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="497"/>
        <source>Document number: %1 (revealed; recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="546"/>
        <source>Resume #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="546"/>
        <source>Put #%1 on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="547"/>
        <source>On hold: %1 (by %2).
Why does the review go on now? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="549"/>
        <source>What does it wait for? The reason is shown to every reviewer and kept in the audit log; the SLA clock stops until the document is resumed, and your claim ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="552"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="552"/>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="567"/>
        <source>#%1 is back in the queue; its SLA clock runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="568"/>
        <source>#%1 is on hold; its SLA clock stands still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="586"/>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="588"/>
        <source>While you are away you get no new documents, and the documents assigned to you go back to the shared queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="599"/>
        <source>Away through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="602"/>
        <source>Set away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="604"/>
        <source>I am back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="617"/>
        <source>You are away through %1; your assigned documents went back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="619"/>
        <source>Welcome back: new documents can be assigned to you again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::KycSettingsDialog</name>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="138"/>
        <source>Review settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="144"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="146"/>
        <source>A claim lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="150"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="152"/>
        <source>Decide within (SLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="159"/>
        <source>Two approvals above risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="160"/>
        <source>Spread new documents across the KYC reviewers who are not away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="162"/>
        <source>Each new document goes to the reviewer with the fewest pending documents assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="164"/>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="167"/>
        <source>Documents waiting over half the SLA are marked &quot;due soon&quot;, over it &quot;over SLA&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Enter password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Connect to another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&amp;Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;About Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>About Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Embedded demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <location filename="../ui/MainWindow.cpp" line="349"/>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <location filename="../ui/MainWindow.cpp" line="463"/>
        <location filename="../ui/MainWindow.cpp" line="486"/>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>The profile &quot;%1&quot; has no valid database address. Edit it in File &gt; Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <location filename="../ui/MainWindow.cpp" line="423"/>
        <location filename="../ui/MainWindow.cpp" line="479"/>
        <source>Paydesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="494"/>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <source>The first start fills %1 with sample data. This takes a few seconds and happens once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="534"/>
        <source>The demo database could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="518"/>
        <source>Creating the demo database…
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="564"/>
        <source>Replica: not reachable</source>
        <translation>Replica: not reachable</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="565"/>
        <source>Lists are read from the primary until the replica answers: %1</source>
        <translation>Lists are read from the primary until the replica answers: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="567"/>
        <source>Replica: %1 s behind, not used</source>
        <translation>Replica: %1 s behind, not used</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="568"/>
        <source>The replica is more than %1 seconds behind the primary, so lists are read from the primary.</source>
        <translation>The replica is more than %1 seconds behind the primary, so lists are read from the primary.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="571"/>
        <source>Replica: up to date</source>
        <translation>Replica: up to date</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="572"/>
        <source>Lists, counts, exports and the dashboard are read from the replica; changes and details from the primary.</source>
        <translation>Lists, counts, exports and the dashboard are read from the replica; changes and details from the primary.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="575"/>
        <source>Replica: %1 s behind</source>
        <translation>Replica: %1 s behind</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="576"/>
        <source>Lists may not yet show changes of the last %1 seconds; your own changes are read from the primary.</source>
        <translation>Lists may not yet show changes of the last %1 seconds; your own changes are read from the primary.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="617"/>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="618"/>
        <source>Changes others make appear in the tables as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="620"/>
        <source>○ Live updates starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="623"/>
        <source>○ Live updates paused, reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="624"/>
        <source>%1
Press F5 to read the newest rows meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="724"/>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="803"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="812"/>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="813"/>
        <source>user %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="816"/>
        <source>TLS, server verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="817"/>
        <source>TLS, server not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="817"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="819"/>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="848"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="848"/>
        <source>Password for %1 at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;Admin console for payments, KYC review, BCH invoices and settlements.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="350"/>
        <source>The profile &quot;%1&quot; needs a server URL (https://host:port) and a user. Edit it in File &gt; Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <location filename="../ui/MainWindow.cpp" line="839"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="369"/>
        <source>Enter the password of %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Signing in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="839"/>
        <source>Password of %1 at %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ManualCreditDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="356"/>
        <source>Manual credit for %1</source>
        <translation>Manual credit for %1</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="358"/>
        <source>Adds to %1&apos;s BCH credit balance; a negative amount takes credit back. Above the four-eyes limit another headquarters admin approves it on the Manual credits page before it counts.</source>
        <translation>Adds to %1&apos;s BCH credit balance; a negative amount takes credit back. Above the four-eyes limit another headquarters admin approves it on the Manual credits page before it counts.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="368"/>
        <source>BCH, for example 0.05 or -0.01</source>
        <translation>BCH, for example 0.05 or -0.01</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="369"/>
        <source>&amp;Amount (BCH)</source>
        <translation>&amp;Amount (BCH)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="372"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="382"/>
        <source>Enter the amount in BCH, other than zero, such as 0.05.</source>
        <translation>Enter the amount in BCH, other than zero, such as 0.05.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="383"/>
        <source>“%1” is not a BCH amount: %2 Write it like 0.05.</source>
        <translation>“%1” is not a BCH amount: %2 Write it like 0.05.</translation>
    </message>
</context>
<context>
    <name>pd::ui::MemberCreateDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="445"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="447"/>
        <source>Enrols a member in an institution with service active. The first child is optional; more can be added later. An auto-debit contract is registered separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="454"/>
        <source>&amp;Last name</source>
        <translation type="unfinished">&amp;Last name</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="454"/>
        <source>Family name, as on the ID</source>
        <translation type="unfinished">Family name, as on the ID</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="455"/>
        <source>&amp;First name</source>
        <translation type="unfinished">&amp;First name</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="455"/>
        <source>Given name</source>
        <translation type="unfinished">Given name</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="456"/>
        <source>&amp;Phone</source>
        <translation type="unfinished">&amp;Phone</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="456"/>
        <source>010-1234-5678 or +1-555-0100; empty for none</source>
        <translation type="unfinished">010-1234-5678 or +1-555-0100; empty for none</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="457"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="457"/>
        <source>name@example.com</source>
        <translation type="unfinished">name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="458"/>
        <source>Countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="459"/>
        <source>two letters: KR names read family name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="463"/>
        <source>&amp;Institution</source>
        <translation type="unfinished">&amp;Institution</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="465"/>
        <source>Enrolled &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="466"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="467"/>
        <source>&amp;Child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="467"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="468"/>
        <source>Child&apos;s &amp;birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="468"/>
        <source>YYYY-MM-DD, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="469"/>
        <source>Child&apos;s c&amp;lass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="469"/>
        <source>optional, such as 햇님반</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="472"/>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="497"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD, such as 2026-03-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="505"/>
        <source>Enter the child&apos;s name, or leave the child&apos;s fields empty to enrol the member alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::MemberEditDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="698"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="711"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="711"/>
        <source>Family name, as on the ID</source>
        <translation>Family name, as on the ID</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="712"/>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="712"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="713"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="714"/>
        <source>010-1234-5678 or +1-555-0100; empty for none</source>
        <translation>010-1234-5678 or +1-555-0100; empty for none</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="715"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="716"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="724"/>
        <source>&amp;Institution</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="728"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>pd::ui::MemberPanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="124"/>
        <source>New member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="124"/>
        <source>Enrol a member in an institution, with the first child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="125"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="125"/>
        <source>Correct the names, phone or e-mail, or move to another institution</source>
        <translation>Correct the names, phone or e-mail, or move to another institution</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="126"/>
        <source>Add child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="126"/>
        <source>Add a child of this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="127"/>
        <source>Edit child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="128"/>
        <source>Correct a child&apos;s name, birth date or class, or mark it as no longer attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="129"/>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="129"/>
        <source>Stop the monthly fee while the member is away, with a reason</source>
        <translation>Stop the monthly fee while the member is away, with a reason</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="130"/>
        <location filename="../ui/AdminPanels.cpp" line="226"/>
        <source>Resume…</source>
        <translation>Resume…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="130"/>
        <source>Start the member&apos;s service again, with a reason</source>
        <translation>Start the member&apos;s service again, with a reason</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="131"/>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="132"/>
        <source>End the membership; the member&apos;s records stay, with a reason</source>
        <translation>End the membership; the member&apos;s records stay, with a reason</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="133"/>
        <source>Register contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="134"/>
        <source>Register an auto-debit contract: bank, account, payment day and amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="135"/>
        <source>Change contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="136"/>
        <source>Change the bank, account, payment day or monthly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="137"/>
        <source>Activate contract…</source>
        <translation>Activate contract…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="138"/>
        <source>The bank registered the auto-debit contract: debit it from now on</source>
        <translation>The bank registered the auto-debit contract: debit it from now on</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="139"/>
        <source>Suspend contract…</source>
        <translation>Suspend contract…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="140"/>
        <source>Stop debiting the account for now, with a reason</source>
        <translation>Stop debiting the account for now, with a reason</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="141"/>
        <source>Resume contract…</source>
        <translation>Resume contract…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="141"/>
        <source>Debit the account again, with a reason</source>
        <translation>Debit the account again, with a reason</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="142"/>
        <source>Terminate contract…</source>
        <translation>Terminate contract…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="143"/>
        <source>End the auto-debit contract for good, with a reason</source>
        <translation>End the auto-debit contract for good, with a reason</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="225"/>
        <source>Enrol again…</source>
        <translation>Enrol again…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="304"/>
        <source>%1&apos;s account is not debited while the contract is suspended; resume it to debit again.</source>
        <translation>%1&apos;s account is not debited while the contract is suspended; resume it to debit again.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="307"/>
        <source>%1&apos;s auto-debit contract ends for good: it is never debited again, and a new contract must be registered to debit this member. The contract&apos;s history stays.</source>
        <translation>%1&apos;s auto-debit contract ends for good: it is never debited again, and a new contract must be registered to debit this member. The contract&apos;s history stays.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="310"/>
        <source>%1&apos;s account is debited on the contract&apos;s payment day from now on.</source>
        <translation>%1&apos;s account is debited on the contract&apos;s payment day from now on.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="330"/>
        <source>%1 owes no monthly fee while paused; resume the service when the child is back.</source>
        <translation>%1 owes no monthly fee while paused; resume the service when the child is back.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="332"/>
        <source>%1 leaves the service. Nothing is deleted: payments, invoices and history stay, and the member can be enrolled again.</source>
        <translation>%1 leaves the service. Nothing is deleted: payments, invoices and history stay, and the member can be enrolled again.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="335"/>
        <source>%1&apos;s service starts again; the monthly fee is due from the next month.</source>
        <translation>%1&apos;s service starts again; the monthly fee is due from the next month.</translation>
    </message>
</context>
<context>
    <name>pd::ui::NewInvoiceDialog</name>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="48"/>
        <source>New BCH invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="55"/>
        <source>Name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="60"/>
        <location filename="../ui/InvoiceDialogs.cpp" line="129"/>
        <source>No member chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="66"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="74"/>
        <source>satoshis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="83"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="88"/>
        <source>What the member pays for, e.g. 2026-11 meal fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="89"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="97"/>
        <source>Local time. The member must pay before this; at most one year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="98"/>
        <source>Pay by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="102"/>
        <source>Create invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="129"/>
        <source>Chosen: %1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="168"/>
        <source>No member matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="180"/>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="185"/>
        <source>Satoshis are a whole number, such as 125000 (no separators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="193"/>
        <source>“%1” is not a BCH amount: %2 Write it like 0.125.</source>
        <translation type="unfinished">“%1” is not a BCH amount: %2 Write it like 0.05. {1”?} {2 ?} {0.125.?}</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="199"/>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="202"/>
        <source>An invoice can ask for at most 99.99999999 BCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="217"/>
        <source>= %1 = %2 satoshis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="226"/>
        <source>Choose the member: type part of a name or email and pick them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="239"/>
        <source>The expiry must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::OrganizationPanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1065"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1067"/>
        <location filename="../ui/AdminPanels.cpp" line="1111"/>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1069"/>
        <source>New below…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1071"/>
        <source>Add a region, center or institution below this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1072"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1074"/>
        <source>Put it, with everything below it, under another parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1075"/>
        <source>Fee rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1077"/>
        <source>Set the settlement fee rate from a month on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1078"/>
        <source>Retry policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1080"/>
        <source>How often and how far apart failed auto-debits are retried below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1111"/>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1112"/>
        <source>Close it: its history stays, it takes no new members</source>
        <translation>Close it: its history stays, it takes no new members</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1113"/>
        <source>Open it again for new members</source>
        <translation>Open it again for new members</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1142"/>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1143"/>
        <source>Close %1</source>
        <translation>Close %1</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1144"/>
        <source>Reopen %1</source>
        <translation>Reopen %1</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1147"/>
        <source>The new name shows everywhere at once; the audit log keeps the old one.</source>
        <translation>The new name shows everywhere at once; the audit log keeps the old one.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1149"/>
        <source>%1 keeps its members, payments and settlements, but takes no new members.</source>
        <translation>%1 keeps its members, payments and settlements, but takes no new members.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1150"/>
        <source>%1 takes new members again.</source>
        <translation>%1 takes new members again.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1153"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1154"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1155"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1167"/>
        <source>&amp;New name</source>
        <translation>&amp;New name</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1186"/>
        <source>a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1187"/>
        <source>a center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1188"/>
        <source>an institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1190"/>
        <source>New below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1191"/>
        <source>Adds %1 below %2. Its code is unique and never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1191"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1201"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1201"/>
        <source>such as I-SEOUL1-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1202"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1205"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1206"/>
        <source>%1 moves with everything below it. Its members, payments and settlements keep their records; who sees it follows its new place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1209"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1219"/>
        <source>&amp;Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1235"/>
        <source>Retry policy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1236"/>
        <source>A debit that failed for a reason worth retrying (insufficient funds, a limit, a bank fault) is debited again this many times, this many banking days apart, for every institution below %1 that has no nearer policy. When the retries are used up the payment is overdue. At most 15 banking days in all, so the last retry comes before the next month&apos;s debit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1241"/>
        <source>Set policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1254"/>
        <source>&amp;Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1255"/>
        <source>0 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1256"/>
        <source>&amp;Banking days apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1257"/>
        <source>1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1260"/>
        <source>Fee rate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1261"/>
        <source>Settlements from the month given use this rate for every center below %1 that has no nearer rate. Earlier months keep theirs; a month already confirmed cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1264"/>
        <source>Set rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1275"/>
        <source>From &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1277"/>
        <source>&amp;Rate (basis points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1278"/>
        <source>250 is 2.5 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::OverduePanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="871"/>
        <source>Contact list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="873"/>
        <source>Remind every member listed (with the filters): records the reminder on each member and saves their names, phones, amounts, reasons and a suggested message in Korean and English as CSV. Members reminded in the last seven days are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="883"/>
        <source>Contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="884"/>
        <source>Remind every member the list shows with its filters, loaded or not? Each is recorded as reminded now, by you; anyone reminded in the last seven days is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="887"/>
        <source>By &amp;SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="888"/>
        <source>By &amp;letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="895"/>
        <source>Save the contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="897"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="918"/>
        <source>Recording the reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="938"/>
        <source>Nobody new to remind; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AdminPanels.cpp" line="933"/>
        <source>%n left out: reminded in the last seven days (%1 by %2 on %3, ...).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AdminPanels.cpp" line="945"/>
        <source>%n reminder(s) recorded, but the list could not be saved to %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AdminPanels.cpp" line="951"/>
        <source>%n member(s) to remind saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::PaymentChangeDialog</name>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="79"/>
        <source>Mark payment #%1 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="79"/>
        <source>Cancel payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="81"/>
        <source>Record money that arrived outside the auto-debit run (cash, bank transfer). The payment becomes successful and counts in its month&apos;s settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="83"/>
        <source>The member will owe nothing for this month. Use this for a month the service was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="97"/>
        <source>Optional: receipt or transfer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="99"/>
        <source>Money arrived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="100"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="107"/>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="107"/>
        <source>Cancel payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PaymentPanel</name>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="135"/>
        <source>Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="137"/>
        <source>Record a payment received outside the auto-debit run, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="138"/>
        <source>Cancel payment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::QrCodeWidget</name>
    <message>
        <location filename="../ui/QrCodeWidget.cpp" line="14"/>
        <source>Payment QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1398"/>
        <source>The two passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ReconciliationPage</name>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="65"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="73"/>
        <source>Open result file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="75"/>
        <source>A CSV file from the auto-debit provider or the bank: date, member or contract id, amount, provider transaction id, result code (UTF-8 or CP949)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="77"/>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="80"/>
        <source>&amp;Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="91"/>
        <source>No file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="113"/>
        <source>The file (statement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="119"/>
        <source>Expected payments no line settles (ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="135"/>
        <source>&amp;Match selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="137"/>
        <source>Match the selected file line to the selected expected payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="138"/>
        <source>&amp;Unmatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="140"/>
        <source>&amp;Apply chosen matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="150"/>
        <source>Open a result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="151"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="213"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="222"/>
        <source>the file is larger than 50 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="231"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="292"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="295"/>
        <source>%1 · %2 · %3 good lines, %4 bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="301"/>
        <source>Choose the center whose payments the file settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="311"/>
        <source>Matching against the expected payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="332"/>
        <source>This file was imported on %1 by %2; applying it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="361"/>
        <source>Columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="363"/>
        <source>Choose which column holds each value. The choice is remembered for files with the same headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="369"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="369"/>
        <source>Member or contract id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="369"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="369"/>
        <source>Provider transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="370"/>
        <source>Result code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="374"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="374"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="402"/>
        <source>Select a line of the file and an expected payment, then match them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="406"/>
        <source>This line cannot be matched: its provider id was applied already or repeats an earlier line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="424"/>
        <source>No match is chosen; tick the lines to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ReconciliationPage.cpp" line="428"/>
        <source>Applying %n match(es)…</source>
        <translation>
            <numerusform>Applying %n match(es)…</numerusform>
            <numerusform>Applying %n match(es)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="440"/>
        <source>This file was imported on %1 by %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="446"/>
        <source>Applied: %1 payments paid (%2), %3 marked failed; %4 lines recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="453"/>
        <source>Of the failed debits: left to retry at the next debit %1, retries used up (now overdue) %2, contracts suspended %3 (members to ask for a new account %4), to follow up by hand %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="498"/>
        <source>Failed debits on Apply: retry at the next debit %1 · suspend the contract %2 · suspend and ask for a new account %3 · follow up by hand %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="482"/>
        <source>Statement %1 · matched %2 · difference %3 · %4 chosen, %5 open, %6 expected payments unsettled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ReviewerActivityDialog</name>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="204"/>
        <source>Reviewer activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="213"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="214"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="216"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="223"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="223"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="223"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="223"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="224"/>
        <source>Information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="224"/>
        <source>Median time to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="248"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="279"/>
        <source>No decisions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KycDialogs.cpp" line="280"/>
        <source>%n decision(s) in this period.</source>
        <translation>
            <numerusform>%n decision in this period.</numerusform>
            <numerusform>%n decisions in this period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::SecondFactorDialog</name>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="36"/>
        <source>Recovery code used</source>
        <translation>Recovery code used</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SecondFactorDialog.cpp" line="38"/>
        <source>You signed in with a recovery code; %n are left. Each works once.</source>
        <translation>
            <numerusform>You signed in with a recovery code; %n is left. Each works once.</numerusform>
            <numerusform>You signed in with a recovery code; %n are left. Each works once.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="40"/>
        <source>You signed in with your last recovery code. Ask headquarters to reset your second factor if the phone is lost, so that you are not locked out.</source>
        <translation>You signed in with your last recovery code. Ask headquarters to reset your second factor if the phone is lost, so that you are not locked out.</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="43"/>
        <source>Keep your recovery codes</source>
        <translation>Keep your recovery codes</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="44"/>
        <source>Your authenticator app is set up. If you lose the phone, each of these codes signs you in once instead of a code from the app. Print them or write them down and keep them safe: they are shown only now.</source>
        <translation>Your authenticator app is set up. If you lose the phone, each of these codes signs you in once instead of a code from the app. Print them or write them down and keep them safe: they are shown only now.</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="54"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="58"/>
        <source>I have kept them</source>
        <translation>I have kept them</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="60"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="68"/>
        <source>Set up sign-in codes for %1</source>
        <translation>Set up sign-in codes for %1</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="69"/>
        <source>Your role signs in with a code from an authenticator app as well as the password. Scan this QR code with the app (FreeOTP, Aegis, Google or Microsoft Authenticator, ...), then type the six-digit code it shows.</source>
        <translation>Your role signs in with a code from an authenticator app as well as the password. Scan this QR code with the app (FreeOTP, Aegis, Google or Microsoft Authenticator, ...), then type the six-digit code it shows.</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="82"/>
        <source>Or type this key into the app:</source>
        <translation>Or type this key into the app:</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="89"/>
        <source>Sign-in code for %1</source>
        <translation>Sign-in code for %1</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="90"/>
        <source>Type the six-digit code your authenticator app shows for Paydesk. Without the phone, type one of your recovery codes instead.</source>
        <translation>Type the six-digit code your authenticator app shows for Paydesk. Without the phone, type one of your recovery codes instead.</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="95"/>
        <source>6-digit code</source>
        <translation>6-digit code</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="95"/>
        <source>6-digit code or recovery code</source>
        <translation>6-digit code or recovery code</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="110"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="110"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>pd::ui::SettlementChangeDialog</name>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="202"/>
        <source>Confirm settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="203"/>
        <source>%1: the figures are counted again from the month&apos;s successful payments and frozen. Afterwards a change to those payments is refused until headquarters reopens the settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="207"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="210"/>
        <source>Mark settlement paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="211"/>
        <source>%1: the net amount was transferred to the center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="212"/>
        <source>Mark paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="215"/>
        <source>Reopen settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="217"/>
        <source>%1 goes back to draft: its payments can change again and it must be confirmed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="218"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="231"/>
        <source>Give a reason for reopening: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SettlementPanel</name>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="251"/>
        <source>Compute month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="253"/>
        <source>Make or update the draft settlements of a month from its successful payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="261"/>
        <source>Compute settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="261"/>
        <source>Month (YYYY-MM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="270"/>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="272"/>
        <source>Mark paid out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="274"/>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="276"/>
        <source>Export payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="278"/>
        <source>The payments this settlement counts, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="279"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="318"/>
        <source>Computing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="328"/>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 already confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="382"/>
        <source>Export the settlement&apos;s payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="382"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="433"/>
        <source>Printed %1 from Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::StaffDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1418"/>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1418"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1424"/>
        <source>On PostgreSQL this makes the database login with the role&apos;s rights. Give a database password to sign in directly, a server password to sign in through paydesk-server, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1427"/>
        <source>A new role or organisation holds at once: the login keeps only the new role&apos;s rights and its server sessions end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1434"/>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1434"/>
        <source>lowercase, such as kim.center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1436"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1438"/>
        <source>as colleagues know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1445"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1452"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1467"/>
        <source>&amp;Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1467"/>
        <source>optional; PostgreSQL only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1469"/>
        <source>&amp;Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1469"/>
        <source>optional; 12+ characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1474"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1474"/>
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1480"/>
        <source>Choose the role: what the staff member may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1481"/>
        <source>Choose the organisation the staff member works at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::StaffPanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1291"/>
        <source>Add staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1293"/>
        <source>Add a staff member with a role and an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1294"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1296"/>
        <source>Change the role, organisation or name; their server sessions end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1297"/>
        <source>Server password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1299"/>
        <source>Set a new paydesk-server password; their server sessions end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1300"/>
        <location filename="../ui/AdminPanels.cpp" line="1317"/>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1317"/>
        <source>Reactivate…</source>
        <translation>Reactivate…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1318"/>
        <source>Stop this login: it cannot connect or use the server, with a reason</source>
        <translation>Stop this login: it cannot connect or use the server, with a reason</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1319"/>
        <source>Let this login connect again with its role, with a reason</source>
        <translation>Let this login connect again with its role, with a reason</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1348"/>
        <source>%1 can no longer connect to the database or use paydesk-server; every open session ends at once. Nothing is deleted: what they did stays in the audit log.</source>
        <translation>%1 can no longer connect to the database or use paydesk-server; every open session ends at once. Nothing is deleted: what they did stays in the audit log.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1351"/>
        <source>%1 can connect again, with the role and organisation shown.</source>
        <translation>%1 can connect again, with the role and organisation shown.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1353"/>
        <source>Deactivate %1</source>
        <translation>Deactivate %1</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1353"/>
        <source>Reactivate %1</source>
        <translation>Reactivate %1</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1354"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1354"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1385"/>
        <source>Server password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1386"/>
        <source>%1 signs in to paydesk-server with the new password; every open server session ends now. Tell them the password in person or by phone, never by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1389"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1404"/>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1404"/>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1407"/>
        <source>at least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::TablePage</name>
    <message>
        <location filename="../ui/TablePage.cpp" line="61"/>
        <source>≈ marks the database&apos;s estimate; the exact count follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="71"/>
        <source>Stop this query (Esc); the rows already shown stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="73"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="75"/>
        <source>Load the rows again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="121"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="404"/>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="406"/>
        <source>≈ %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TablePage.cpp" line="408"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="410"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="414"/>
        <source>%1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="153"/>
        <source>Copy with column titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="82"/>
        <source>Someone added rows or changed rows into this list; show them from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="90"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="92"/>
        <source>Write every row of the current filter to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="94"/>
        <source>CSV (UTF-8)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="95"/>
        <source>CSV for spreadsheets (UTF-8 with BOM)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TablePage.cpp" line="204"/>
        <source>%n new row(s) — show</source>
        <translation>
            <numerusform>%n new row — show</numerusform>
            <numerusform>%n new rows — show</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="444"/>
        <source>Adding up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="449"/>
        <source>Totals could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="457"/>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="461"/>
        <source>All %1 · net %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="461"/>
        <source>All %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="472"/>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="473"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::UserActivationDialog</name>
    <message>
        <location filename="../ui/UserPanel.cpp" line="26"/>
        <source>Reactivate %1</source>
        <translation>Reactivate %1</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="26"/>
        <source>Deactivate %1</source>
        <translation>Deactivate %1</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="28"/>
        <source>%1 can sign in and use the services again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="29"/>
        <source>%1 can no longer sign in or use the services. Nothing is deleted: the member&apos;s records stay, and headquarters can reactivate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="44"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="44"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserPanel</name>
    <message>
        <location filename="../ui/UserPanel.cpp" line="70"/>
        <source>Reveal account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="72"/>
        <source>Show the full bank account number of this member&apos;s auto-debit contract; the reveal is recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="146"/>
        <source>Credited (request #%1).</source>
        <translation>Credited (request #%1).</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="147"/>
        <source>Request #%1 waits for another headquarters admin: it is above the four-eyes limit of %2.</source>
        <translation>Request #%1 waits for another headquarters admin: it is above the four-eyes limit of %2.</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="182"/>
        <source>Account number: %1 (revealed; recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="78"/>
        <location filename="../ui/UserPanel.cpp" line="130"/>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="81"/>
        <source>Credit…</source>
        <translation>Credit…</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="83"/>
        <source>Add to or take from this user&apos;s BCH credit balance, with a reason (four eyes above the limit)</source>
        <translation>Add to or take from this user&apos;s BCH credit balance, with a reason (four eyes above the limit)</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="130"/>
        <source>Reactivate…</source>
        <translation>Reactivate…</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="131"/>
        <source>Stop this member&apos;s sign-in and services, with a reason (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="132"/>
        <source>Let this member sign in and use the services again (audited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
