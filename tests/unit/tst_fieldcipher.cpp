// AES-256-GCM for sensitive columns against published vectors (GCM specification test
// cases 14 and 16, and a NIST CAVP GCMVS vector), plus the sealed format: round trips, a
// value altered by one bit, moved to another row or opened with another key is refused, and
// key files hold exactly 64 hex digits with owner-only permissions.

#include "FieldCipher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

class TestFieldCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("aad");
        QTest::addColumn<QByteArray>("ciphertextAndTag");
        QTest::newRow("gcm-spec test case 14")
            << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray(16, '\0') << QByteArray()
            << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18"
                                   "d0d1c8a799996bf0265b98b5d48ab919");
        QTest::newRow("gcm-spec test case 16")
            << QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
            << QByteArray::fromHex("cafebabefacedbaddecaf888")
            << QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532f"
                                   "cf0e2449a6b525b16aedf5aa0de657ba637b39")
            << QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
            << QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3d"
                                   "a7b08b1056828838c5f61e6393ba7a0abcc9f662"
                                   "76fc6ece0f4e1768cddf8853bb2d551b");
        QTest::newRow("CAVP GCMVS 256-bit key")
            << QByteArray::fromHex("83688deb4af8007f9b713b47cfa6c73e35ea7a3aa4ecdb414dded03bf7a0fd3a")
            << QByteArray::fromHex("0b459724904e010a46901cf3")
            << QByteArray::fromHex("33d893a2114ce06fc15d55e454cf90c3")
            << QByteArray::fromHex("794a14ccd178c8ebfd1379dc704c5e208f9d8424")
            << QByteArray::fromHex("cc66bee423e3fcd4c0865715e9586696"
                                   "0fb291bd3dba94a1dfd8b286cfb97ac5");
    }
    void publishedVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, nonce);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, aad);
        QFETCH(QByteArray, ciphertextAndTag);
        auto out = FieldCipher::encryptRaw(key, nonce, plaintext, aad);
        QVERIFY(out.ok());
        QCOMPARE(out.value().toHex(), ciphertextAndTag.toHex());
        // The same vector opens through the sealed format.
        auto cipher = FieldCipher::fromKey(key);
        QVERIFY(cipher.ok());
        const QByteArray sealed = QByteArray(1, '\x01') + nonce + ciphertextAndTag;
        auto opened = cipher.value().open(sealed, aad);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), plaintext);
    }

    void sealedValues()
    {
        auto cipher = FieldCipher::fromKey(QByteArray(32, '\x42'));
        QVERIFY(cipher.ok());
        const QByteArray account = "110-234-567890";
        const QByteArray row = "cms_info.account_number:CMS-0001";
        auto sealed = cipher.value().seal(account, row);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed.value().size(), 1 + 12 + account.size() + 16);
        QVERIFY(!sealed.value().contains(account));
        QCOMPARE(cipher.value().open(sealed.value(), row).value(), account);
        // Fresh nonces: sealing twice gives different bytes.
        QVERIFY(cipher.value().seal(account, row).value() != sealed.value());
        // One flipped bit, another row, another key: refused.
        QByteArray flipped = sealed.value();
        flipped[20] = char(flipped[20] ^ 0x01);
        QCOMPARE(cipher.value().open(flipped, row).error().kind, Error::Kind::Invalid);
        QCOMPARE(cipher.value().open(sealed.value(), "cms_info.account_number:CMS-0002").error().kind,
                 Error::Kind::Invalid);
        auto other = FieldCipher::fromKey(QByteArray(32, '\x43'));
        QCOMPARE(other.value().open(sealed.value(), row).error().kind, Error::Kind::Invalid);
        QCOMPARE(cipher.value().open("\x02short", row).error().kind, Error::Kind::Invalid);
        QCOMPARE(FieldCipher::fromKey(QByteArray(16, 'k')).error().kind, Error::Kind::Invalid);
    }

    void keyFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("field.key"));
        auto created = FieldCipher::createKeyFile(path);
        QVERIFY(created.ok());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        auto read = FieldCipher::fromKeyFile(path);
        QVERIFY(read.ok());
        auto sealed = created.value().seal("1234", "x");
        QCOMPARE(read.value().open(sealed.value(), "x").value(), QByteArray("1234"));
        // Creating again keeps the existing key.
        QCOMPARE(FieldCipher::createKeyFile(path).value().open(sealed.value(), "x").value(), QByteArray("1234"));
        QFile bad(dir.filePath(QStringLiteral("bad.key")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a key\n");
        bad.close();
        auto refused = FieldCipher::fromKeyFile(bad.fileName());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY(refused.error().message.contains(QStringLiteral("64 hexadecimal")));
        QCOMPARE(FieldCipher::fromKeyFile(dir.filePath(QStringLiteral("missing.key"))).error().kind,
                 Error::Kind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestFieldCipher)
#include "tst_fieldcipher.moc"
