<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Bip21</name>
    <message>
        <source>A payment URI starts with bitcoincash: (or bchtest:, bchreg:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bitcoin Cash payment URI scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 payment request, but Paydesk is set up for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address repeats the prefix (&quot;%1:%1:&quot;); a payment URI carries it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI has a malformed %-escape or text that is not UTF-8 in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI gives &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not plain decimal BCH with at most 8 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a positive number of BCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI requires &quot;%1&quot;, which Paydesk does not understand, so it cannot be paid here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashAddr</name>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address mixes upper- and lowercase letters; a CashAddr is written all in lowercase (or all in uppercase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no prefix such as bitcoincash:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix &quot;%1&quot; may contain only letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains &quot;%1&quot; at position %2, which a CashAddr never contains (it uses 0, 2-9 and letters except b, i, o).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too short to carry its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address checksum does not match: a character is wrong or missing, or it belongs to another network. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address payload has invalid padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has a valid checksum but no payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address&apos;s version byte sets the reserved bit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address says its hash has %1 bytes but carries %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid character in a legacy address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy address is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy address checksum does not match; copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy address carries a 20-byte hash; this one carries %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy address has version byte %1, which is not a Bitcoin Cash P2PKH or P2SH address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 address, but Paydesk is set up for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has type %1; Paydesk pays only to P2PKH and P2SH addresses (types 0-3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>&quot;%1&quot; is not a month; write it as YYYY-MM, for example 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard shows 1 to 24 months; %1 were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UTC offset of %1 seconds is outside -14 to +14 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up collections per center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up overdue debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting KYC documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring decision times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up last month&apos;s first days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendedPublicKey</name>
    <message>
        <source>This is not an extended public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extended public key holds 78 bytes; this one holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an extended PRIVATE key. Paydesk never takes private keys: export the account&apos;s extended public key (xpub) from the wallet instead, and keep this one secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown extended key version %1; Paydesk reads xpub (mainnet) and tpub (testnet) keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extended key claims to be a master key but names a parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extended key does not hold a compressed public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extended key&apos;s public key is not a point on the secp256k1 curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardened child %1 cannot be derived from a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is already at the deepest level BIP32 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC-SHA512 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secp256k1 computation could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 is not a valid key (BIP32: IL &gt;= n); use the next index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secp256k1 point multiplication failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 is the point at infinity; use the next index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child public key could not be serialised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceSheet</name>
    <message>
        <source>%1 %2</source>
        <extracomment>&quot;%1 %2&quot;: the number of invoices, then the number of pages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s)</source>
        <translation>
            <numerusform>on %n page</numerusform>
            <numerusform>on %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no invoices to print; change the selection or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice #%1 has an address that is not a valid CashAddr (%2); it cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page could not be started on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk · BCH invoices · printed %1 · page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code of invoice #%1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be finished on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 satoshis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST NETWORK: not real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk BCH invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1; check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1 completely; check the free space and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration %1 (%2) in this database differs from the one this version of Paydesk ships. Paydesk will not change the schema; ask the administrator which version created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no Paydesk schema yet. Create it with: paydesk --init-db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds tables of another program (%1) and no Paydesk schema. Paydesk will not change it; choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was upgraded by a newer Paydesk (schema %1; this program knows up to %2). Install the newer Paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has an older Paydesk schema (%1 of %2). Upgrade it with: paydesk --init-db %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds tables of another program (%1) and no Paydesk schema. Nothing was changed; choose an empty database or an existing Paydesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was upgraded by a newer Paydesk (schema %1; this program knows up to %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating schema_migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying migration %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsText</name>
    <message>
        <source>Give from and to as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart called %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you loaded it. Nothing was changed; look at it again and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 belongs to settlement #%2 (%3, %4), which is %5, so it cannot change. Ask headquarters to reopen the settlement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is longer than 100 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the money arrived; it cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 is %2; only pending or failed payments can be settled or cancelled by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A settlement month is written YYYY-MM, for example 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for reopening: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only headquarters may reopen a settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement #%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement #%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; this step needs it to be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the center whose payments the file settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the expected payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s checksum is missing; open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 is chosen for two lines; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist any more; nothing was applied. Open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after the file was matched (it is now %4); nothing was applied. Open the file again to match afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: provider transaction %2 was applied by another import meanwhile; nothing was applied. Open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result code %1 (%2, line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has %1 titles for %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 failed: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is not a payment of the chosen center; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is dated %2, which is in the future; nothing was applied. Check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By its member and month, line %1 pays payment #%2, not %3; nothing was applied. Open the file again to match afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 brings %2 won for %3, which is owed %4 won. A part payment is settled on the payment itself, with a reason; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matches do not belong to this file; open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen match has no payment; open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1 rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to encode in the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>the amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount %1 is negative; a refund is not a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount %1 has a fraction of a won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no lines. Choose the result file the bank or provider sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member or contract id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column was found for: %1. Choose the columns of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), the mapping needs %1</source>
        <translation>
            <numerusform>%n column, the mapping needs %1</numerusform>
            <numerusform>%n columns, the mapping needs %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2026-10-25 or 20261025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member or contract id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is longer than the database keeps (transaction id 100, member 64, result code 20 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote (&quot;) is not closed; the rest of the file was not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSession</name>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root certificate path may not contain &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed; install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This query needs a PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating the row count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not confirm the change; nothing was saved. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving; nothing was saved. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost while %1; nothing was changed. Paydesk will reconnect on the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role may not do this (%1). Ask an administrator for the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else was changing the same rows; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the values (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value has the wrong form (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is busy with another change; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written (%1). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not for the host name %1, so the connection was refused. Connect with the name the certificate was issued for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No root certificate was given to check the server with. Choose the CA certificate file of your database server in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not offer an encrypted connection, and this profile requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: it is not signed by the chosen root certificate. Check the CA file in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no database named &quot;%2&quot;. Check the name, or create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. Check the host name and network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server at %1. Check the host name and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as a staff member needs PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SQLite database at %1. Check the path, or create one with paydesk --init-db sqlite:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions are nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Backend</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DatabaseUrl</name>
    <message>
        <source>The SQLite URL names no file; write sqlite:PATH, for example sqlite:paydesk.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL must start with postgresql:// or sqlite: (for example postgresql://me@db.example:5432/paydesk or sqlite:paydesk.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL is not well formed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no host; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database; add /DATABASE after the host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown URL parameter &quot;%1&quot;; Paydesk understands sslmode, sslrootcert and connect_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::FieldCipher</name>
    <message>
        <source>The encryption library failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted value does not open with this key: it was altered, belongs to another record, or was sealed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AES-256 key is 32 bytes; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field key file %1 could not be read (%2). Ask headquarters IT for the key file of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field key file %1 does not hold 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field key file %1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted value is not in Paydesk&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::KeychainStore</name>
    <message>
        <source>No keychain is available on this computer, so Paydesk cannot remember passwords; you will be asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access; you will be asked for the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed; you will be asked for the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds (is it locked?); you will be asked for the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Money</name>
    <message>
        <source>The amount is empty; enter a number such as 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount may contain only digits and one &apos;.&apos; as the decimal mark (no spaces, separators or exponent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more decimals than the currency allows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::OutputFile</name>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a file Paydesk may write; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PageSpec</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCH invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::RestBackend</name>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PEM file of the CA that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted http:// is allowed only to this computer; use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not prove its identity, so Paydesk did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
If your organisation uses its own CA, choose its certificate as the CA file of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the server or the network is overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Paydesk server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 closed the connection before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent Paydesk to another address, which it does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Paydesk server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Paydesk server has no call %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::app::Cli</name>
    <message>
        <source>paydesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Paydesk schema is up to date (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: applied %n migration(s); the schema is now at version %2.</source>
        <translation>
            <numerusform>%1: applied %n migration; the schema is now at version %2.</numerusform>
            <numerusform>%1: applied %n migrations; the schema is now at version %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>paydesk: --scale takes a number above 0 and at most 100 (1 = about 20,000 users and 300,000 payments; 17 = about 5,000,000 payments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk: --seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk: --as-of takes a date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 organisations, %2 staff, %3 users, %4 KYC documents, %5 wallets, %6 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 parents, %2 children, %3 payments, %4 BCH invoices, %5 credits, %6 settlements, %7 audit rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes BCH invoices as a PDF sheet (A4, %1 per page; each with its QR code, amount, address, member, center, invoice id, due date and the non-refundable notice). Needs no display and no network beyond the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Paydesk database (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invoices with this status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invoices of this organisation (by code, with everything below it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invoices created on or after this local day (or ISO-8601 instant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many invoices (default 5000, at most 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk print-invoices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk print-invoices: give --db URL and --out FILE.pdf; see paydesk print-invoices --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk print-invoices: --created-since takes a date, YYYY-MM-DD, or an ISO-8601 instant such as 2026-11-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk print-invoices: --limit takes a whole number from 1 to 20000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk print-invoices: no invoice matches; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk, the admin console for payments, KYC, BCH invoices and settlements.

Databases are named by URL: postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full or sqlite:PATH.
A PostgreSQL password comes from PGPASSWORD, ~/.pgpass or the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the console on the database at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or upgrade the Paydesk schema at &lt;url&gt;; refuses a database that holds another program&apos;s tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the empty Paydesk database at &lt;url&gt; with deterministic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo size: 1 = about 20,000 users and 300,000 payments (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo random seed (default 20251122).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data ends on this day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print-invoices or admin (see their --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk: nothing to do; see paydesk --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Paydesk PostgreSQL database (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of %1 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation code (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name (default: the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new login&apos;s password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk admin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk admin add-staff: give --db, --login, --role and --org; see paydesk admin --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 (%2) can now sign in to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin add-staff: creates a PostgreSQL login role for a staff member, grants it the group role of ROLE (paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor) and records it in the staff table at the organisation CODE. Row-level security then limits it to that organisation&apos;s subtree. Run it as a role with CREATEROLE (the schema owner).
admin deactivate-staff / reactivate-staff: turns a staff member&apos;s login off (it cannot connect, loses its group role and its server sessions end at once) or on again, with --reason, audited. Run it as headquarters (hq_admin) or the schema owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-staff, deactivate-staff or reactivate-staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (deactivate-staff and reactivate-staff; kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk admin %1: give --db, --login and --reason; see paydesk admin --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 is deactivated: the login cannot connect and its server sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk admin: the action is add-staff, deactivate-staff or reactivate-staff; see paydesk admin --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::demo::BulkWriter</name>
    <message>
        <source>PostgreSQL refused to start loading %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed while loading %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused the rows for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing to load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a row while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite failed while %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::demo::DemoGenerator</name>
    <message>
        <source>No bulk loader for this database driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating planner statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds data; demo data is only written into an empty Paydesk database. Create a new database and run --init-db first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallets and transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents, children and CMS contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCH invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the bulk load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale must be a number above 0 and at most 100 (1 = about 300,000 payments).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::DocumentLoader</name>
    <message>
        <source>The PDF could not be read (%1). Ask the customer to upload it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the PDF could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a PDF nor an image Paydesk can read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than 25 MB; open it outside Paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2. Check that the document store is mounted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk cannot open &quot;%1&quot;: the file must be a local path or an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file at %1 is larger than 25 MB; open it outside Paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Try again, or check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document server answered HTTP %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be fetched from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist on this computer. Check that the document store is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk opens document files only from the document store (%1); %2 is elsewhere. Ask an administrator to set kyc/documentRoots if the store moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk fetches document files only from the document store&apos;s address (%1); %2 is elsewhere. Ask an administrator to set kyc/documentUrlPrefixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; Paydesk does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::ExpectedPaymentsModel</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::Labels</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s KYC level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (line 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USDC balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (level 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and occupation (level 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful payments by method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS auto-debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First approval by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First approval at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history of this user&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs second approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First approval (four eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee rate (basis points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result file lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked paid by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled from a result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result file imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::OrganizationListModel</name>
    <message>
        <source>All organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::PagedTableModel</name>
    <message>
        <source>%1 local time (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by %1 in the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::Reconciliation</name>
    <message>
        <source>Provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial payment: settle by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several payments fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied by an earlier import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overpaid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
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
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::StatementLinesModel</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member / contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ops::Operation</name>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not in the expected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::server::ApiServer</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one title per column (%1) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the row version you saw as If-Match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins; try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Idempotency-Key was used with another request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has ended (signed out, or the account was deactivated); sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot act as %1 in the database; ask an administrator to check the staff login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Idempotency-Key has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-ins at once; try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text may not contain control characters (such as NUL); remove them from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send either Content-Length or Transfer-Encoding, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than %1 kB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Auth</name>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in was already used; every session of %1 has been ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Details</name>
    <message>
        <source>The row is gone; someone may have deleted it. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Invoices</name>
    <message>
        <source>This extended public key is at depth %1; Paydesk needs the account key (depth 3, m/44&apos;/145&apos;/0&apos;). Export the account&apos;s xpub from the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tpub key belongs to testnet or regtest, not to mainnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An xpub key belongs to mainnet, not to testnet or regtest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCH account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice can ask for at most 99.99999999 BCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is longer than 500 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry may be at most one year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id %1; choose the member again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BCH account is set up. Open BCH settings on the invoices page and enter the organisation&apos;s account xpub first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new invoice&apos;s id did not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid address could be derived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction hash is 64 hexadecimal digits (0-9, a-f); check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the transaction hash (64 hexadecimal digits) of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice #%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice #%1 was changed by %2 at %3 (it is now %4). Nothing was changed; look at it again and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice #%1 is %2, so it cannot be marked %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice #%1 was changed by %2 at the same moment. Nothing was changed; look at it again and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet holds 1 to 20,000 invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an invoice status; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Kyc</name>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not review KYC documents; ask a KYC reviewer or headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC document #%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC document #%1 was already decided by %2 at %3 (%4). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC document #%1 is claimed by %2 until %3. Pick another document, or ask %2 or headquarters to release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim lasts 1 to 1,440 minutes (one day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to a decision is 1 to 720 hours (30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four-eyes risk threshold is a score from 0.00 to 9.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only headquarters may change the review settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review settings were changed by %1 at %2. Nothing was changed; look at them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC document #%1 is claimed by %2; only %2 or headquarters may release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than 1,000 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason for the rejection from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the reason &quot;other&quot;, write what is wrong in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message for the customer: what to send and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC document #%1 was changed by %2 at %3 since you opened it. Nothing was changed; look at it again and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claim KYC document #%1 before deciding it (claims end after %n minute(s)).</source>
        <translation>
            <numerusform>Claim KYC document #%1 before deciding it (claims end after %n minute).</numerusform>
            <numerusform>Claim KYC document #%1 before deciding it (claims end after %n minutes).</numerusform>
        </translation>
    </message>
    <message>
        <source>You gave the first approval of this high-risk document at %1; a second, different reviewer must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC document #%1 was changed at the same moment. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC document #%1 was decided by someone else at the same moment. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period of one day to one year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Lists</name>
    <message>
        <source>Unknown filter &quot;%1&quot; for %2; the filters here are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search text is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search text contains control characters (tabs, line breaks); remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status here; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method; use cms, card, bch or manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month; write YYYY-MM, for example 2025-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; write ISO 8601 in UTC, for example 2025-03-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as KR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a risk score is given in hundredths from 0 to 999 (2.50 is 250).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of the bands 1-7, 8-30, 31-60, 61+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &quot;as_of&quot;: &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sort %1 by &quot;%2&quot;: there is no such column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cursor does not belong to this list and sort order; start from the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page holds 1 to 1000 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of open, new, resubmitted, second_approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of unclaimed, claimed, mine, others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::ServerState</name>
    <message>
        <source>paydesk-server keeps its state in PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request with this Idempotency-Key was changed at the same moment; send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::SqlBackend</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database cannot do %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Staff</name>
    <message>
        <source>A SQLite file has no login roles: whoever opens the file owns it. Staff accounts exist on PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a login name: use 1 to 63 lowercase letters, digits, &quot;_&quot; and &quot;.&quot;, starting with a letter or &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has no auto-debit contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account number is stored for contract %1; only the last four digits are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sql::Users</name>
    <message>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User #%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::BchSettingsDialog</name>
    <message>
        <source>BCH settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the current account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCH account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainnet (bitcoincash:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testnet (bchtest:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regtest (bchreg:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xpub… of m/44&apos;/145&apos;/0&apos; (leave empty to keep the current account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s extended public key from the wallet (Electron Cash: Wallet &gt; Information). Paydesk never sees a private key; it derives addresses 0/i from this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a transaction hash links to; {txid} is replaced by the hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block explorer link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is set up yet: new invoices need one. Paste the account xpub below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current account: %1, %2 network, next address index %3.
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block explorer link must be an http(s) address containing {txid}, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ChartCard</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: collected %2 of %3 expected; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the expected amount collected; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lowest: %1 (%2); highest: %3 (%4); %n center(s) over the period.</source>
        <translation>
            <numerusform>Lowest: %1 (%2); highest: %3 (%4); %n center over the period.</numerusform>
            <numerusform>Lowest: %1 (%2); highest: %3 (%4); %n centers over the period.</numerusform>
        </translation>
    </message>
    <message>
        <source>No payments in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n member</numerusform>
            <numerusform>%1: %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 owed by %n member(s); %3. %4.</source>
        <translation>
            <numerusform>%1: %2 owed by %n member; %3. %4.</numerusform>
            <numerusform>%1: %2 owed by %n members; %3. %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the queue now: %1. Median time to decision: level 1 %2, level 2 %3. Decided this month: %4; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 paid in %n invoice(s); %3.</source>
        <translation>
            <numerusform>%1: %2 paid in %n invoice; %3.</numerusform>
            <numerusform>%1: %2 paid in %n invoices; %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far (to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing collected yet this month; by the same day last month %1 had come in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing collected yet this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk server (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database on this computer:
%1
It is created and filled with sample data the first time it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved; asked when connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (verify-full except on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: encrypted, server not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer: encrypted if offered, not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM) that signed the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a CA certificate to trust (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name and the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: with &quot;%1&quot; Paydesk does not check who answers at %2; someone on the network could read or change the data. Use verify-full with the server&apos;s CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the root certificate that signed the server&apos;s certificate; without it libpq looks in ~/.postgresql/root.crt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted, server verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted, server NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 %2, Paydesk schema %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database will be created when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server URL (https://host:port), the user and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to a Paydesk server needs the REST backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::DashboardPage</name>
    <message>
        <source>How much was collected, against what was expected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the collection rate rising or falling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which centers collect least? (lowest ten highlighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How old are the debts at each month&apos;s end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is KYC review keeping up with new documents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to BCH invoices?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier month to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up from nothing last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1 from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1 from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1 points from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1 points from last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Last %n month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole dashboard as a one-page PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk dashboard: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged from the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up from nothing in the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1 from the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1 from the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1 points from the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1 points from the same days of last month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::DetailPane</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::DocumentViewer</name>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the document file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::FilterBar</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches any part of the names, email, phone and references shown (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All document types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (KR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code, for example KR or US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score from 0.00 to 9.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: the rows of this organization and everything below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue (all pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents, decided too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::FormDialog</name>
    <message>
        <source>Required; kept in the audit log with your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; kept in the audit log with your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::InvoiceChangeDialog</name>
    <message>
        <source>Mark invoice paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm invoice payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice #%1 was paid on chain and awaits confirmation. Enter the transaction hash as the block explorer shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice #%1&apos;s payment is confirmed on chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice #%1 will be marked expired: its payment window has passed. Its address is never used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice #%1 will be cancelled. Its address is never used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A transaction hash is 64 hexadecimal digits (0-9, a-f); this one has %n character(s). Copy it again from the wallet or block explorer.</source>
        <translation>
            <numerusform>A transaction hash is 64 hexadecimal digits (0-9, a-f); this one has %n character. Copy it again from the wallet or block explorer.</numerusform>
            <numerusform>A transaction hash is 64 hexadecimal digits (0-9, a-f); this one has %n characters. Copy it again from the wallet or block explorer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the transaction hash (64 hexadecimal digits) of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::InvoicePanel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy or save the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy QR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy payment URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a BCH invoice with a fresh address (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected invoices, or all that match the filters, several per A4 page (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCH settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 satoshis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::InvoicePrintDialog</name>
    <message>
        <source>Print BCH invoice sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each A4 page holds %1 invoices with their QR code, amount, address, member, center, invoice number, due date and the non-refundable notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected invoice(s)</source>
        <translation>
            <numerusform>The %n selected invoice</numerusform>
            <numerusform>The %n selected invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>All invoices that match the page&apos;s filters and search, in its order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting invoices… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice matches; select invoices or change the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n invoice(s)…</source>
        <translation>
            <numerusform>Reading %n invoice…</numerusform>
            <numerusform>Reading %n invoices…</numerusform>
        </translation>
    </message>
    <message>
        <source>Paydesk BCH invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print preview: %n invoice(s)</source>
        <translation>
            <numerusform>Print preview: %n invoice</numerusform>
            <numerusform>Print preview: %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>Save invoice sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n invoice(s) to %1…</source>
        <translation>
            <numerusform>Writing %n invoice to %1…</numerusform>
            <numerusform>Writing %n invoices to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Saved %n invoice to %1.</numerusform>
            <numerusform>Saved %n invoices to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::KycDecisionDialog</name>
    <message>
        <source>Document expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo or scan unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name does not match the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected forgery or tampering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions or watch-list match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (write it in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject KYC document #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request more information for KYC document #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer sees the reason and can submit a new document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer receives this message and resubmits; the document then returns to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional detail; required for &quot;Other&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: what to send and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message for the customer: what to send and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the reason &quot;Other&quot;, write what is wrong in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is %1 characters long; shorten it to 1,000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::KycPanel</name>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this document so that no one else decides it while you review it (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the claim back (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the document (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with a reason from the list (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for more information (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal nu&amp;mber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full document number; the reveal is recorded in the audit log (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the previous document (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next document (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer activit&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue counts unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 · Resubmitted %2 · Second approval %3 · Claimed %4 (mine %5) · Over SLA %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pending documents by review stage. Signed in as %1; claims last %n minute(s).</source>
        <translation>
            <numerusform>Pending documents by review stage. Signed in as %1; claims last %n minute.</numerusform>
            <numerusform>Pending documents by review stage. Signed in as %1; claims last %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a document in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs two approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first approval by %1; needs a second reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed. Claim it to decide (Alt+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by you until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You claimed #%1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim on #%1 was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First approval of #%1 recorded; a second reviewer must approve it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is now %2; the user&apos;s KYC is %3 at level %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number: %1 (revealed; recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::KycSettingsDialog</name>
    <message>
        <source>Review settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide within (SLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two approvals above risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents waiting over half the SLA are marked &quot;due soon&quot;, over it &quot;over SLA&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no valid database address. Edit it in File &gt; Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first start fills %1 with sample data. This takes a few seconds and happens once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database…
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, server verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, server not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;Admin console for payments, KYC review, BCH invoices and settlements.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs a server URL (https://host:port) and a user. Edit it in File &gt; Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 at %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::NewInvoiceDialog</name>
    <message>
        <source>New BCH invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satoshis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the member pays for, e.g. 2026-11 meal fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time. The member must pay before this; at most one year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satoshis are a whole number, such as 125000 (no separators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a BCH amount: %2 Write it like 0.125.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice can ask for at most 99.99999999 BCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 = %2 satoshis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member: type part of a name or email and pick them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PaymentChangeDialog</name>
    <message>
        <source>Mark payment #%1 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record money that arrived outside the auto-debit run (cash, bank transfer). The payment becomes successful and counts in its month&apos;s settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member will owe nothing for this month. Use this for a month the service was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: receipt or transfer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money arrived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PaymentPanel</name>
    <message>
        <source>Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment received outside the auto-debit run, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::QrCodeWidget</name>
    <message>
        <source>Payment QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ReconciliationPage</name>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open result file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file from the auto-debit provider or the bank: date, member or contract id, amount, provider transaction id, result code (UTF-8 or CP949)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file (statement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected payments no line settles (ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the selected file line to the selected expected payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply chosen matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 50 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 good lines, %4 bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the center whose payments the file settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching against the expected payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was imported on %1 by %2; applying it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column holds each value. The choice is remembered for files with the same headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member or contract id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line of the file and an expected payment, then match them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line cannot be matched: its provider id was applied already or repeats an earlier line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match is chosen; tick the lines to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying %n match(es)…</source>
        <translation>
            <numerusform>Applying %n match(es)…</numerusform>
            <numerusform>Applying %n match(es)…</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported on %1 by %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 payments paid (%2), %3 marked failed; %4 lines recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 · matched %2 · difference %3 · %4 chosen, %5 open, %6 expected payments unsettled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ReviewerActivityDialog</name>
    <message>
        <source>Reviewer activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) in this period.</source>
        <translation>
            <numerusform>%n decision in this period.</numerusform>
            <numerusform>%n decisions in this period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::SettlementChangeDialog</name>
    <message>
        <source>Confirm settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the figures are counted again from the month&apos;s successful payments and frozen. Afterwards a change to those payments is refused until headquarters reopens the settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark settlement paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the net amount was transferred to the center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes back to draft: its payments can change again and it must be confirmed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for reopening: it is kept in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SettlementPanel</name>
    <message>
        <source>Compute month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make or update the draft settlements of a month from its successful payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (YYYY-MM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments this settlement counts, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 already confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the settlement&apos;s payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 from Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::TablePage</name>
    <message>
        <source>≈ marks the database&apos;s estimate; the exact count follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this query (Esc); the rows already shown stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the rows again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with column titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every row of the current filter to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (UTF-8 with BOM)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 · net %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::UserActivationDialog</name>
    <message>
        <source>Reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in and use the services again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in or use the services. Nothing is deleted: the member&apos;s records stay, and headquarters can reactivate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::UserPanel</name>
    <message>
        <source>Reveal account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full bank account number of this member&apos;s auto-debit contract; the reveal is recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number: %1 (revealed; recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this member&apos;s sign-in and services, with a reason (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this member sign in and use the services again (audited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
