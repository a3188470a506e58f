<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Bip21</name>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="118"/>
        <source>A payment URI starts with bitcoincash: (or bchtest:, bchreg:).</source>
        <translation>결제 URI는 bitcoincash:(또는 bchtest:, bchreg:)로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="123"/>
        <source>&quot;%1&quot; is not a Bitcoin Cash payment URI scheme.</source>
        <translation>&quot;%1&quot;은(는) 비트코인 캐시 결제 URI 스킴이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="127"/>
        <source>This is a %1 payment request, but Paydesk is set up for %2.</source>
        <translation>%1 결제 요청입니다. Paydesk는 %2 네트워크로 설정되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="133"/>
        <source>The address repeats the prefix (&quot;%1:%1:&quot;); a payment URI carries it once.</source>
        <translation>주소에 접두사가 두 번 있습니다(&quot;%1:%1:&quot;). 결제 URI에는 한 번만 씁니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="155"/>
        <source>The URI has a malformed %-escape or text that is not UTF-8 in &quot;%1&quot;.</source>
        <translation>URI의 &quot;%1&quot;에 잘못된 % 이스케이프나 UTF-8이 아닌 텍스트가 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="159"/>
        <source>The URI gives &quot;%1&quot; twice.</source>
        <translation>URI에 &quot;%1&quot;이(가) 두 번 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="165"/>
        <source>The amount &quot;%1&quot; is not plain decimal BCH with at most 8 decimals.</source>
        <translation>금액 &quot;%1&quot;은(는) 소수점 8자리 이하의 BCH 십진수가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="170"/>
        <source>The amount &quot;%1&quot; is not a positive number of BCH.</source>
        <translation>금액 &quot;%1&quot;은(는) 0보다 큰 BCH 금액이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="183"/>
        <source>The URI requires &quot;%1&quot;, which Paydesk does not understand, so it cannot be paid here.</source>
        <translation>URI가 Paydesk가 모르는 &quot;%1&quot;을(를) 요구하므로 여기서 결제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Bip21.cpp" line="173"/>
        <source>The amount &quot;%1&quot; is more than the 21,000,000 BCH that can ever exist.</source>
        <translation>금액 &quot;%1&quot;은(는) 존재할 수 있는 최대치인 21,000,000 BCH보다 많습니다.</translation>
    </message>
</context>
<context>
    <name>CashAddr</name>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="231"/>
        <location filename="../core/bch/CashAddr.cpp" line="407"/>
        <source>The address is empty.</source>
        <translation>주소가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="236"/>
        <source>The address mixes upper- and lowercase letters; a CashAddr is written all in lowercase (or all in uppercase).</source>
        <translation>주소에 대문자와 소문자가 섞여 있습니다. CashAddr는 모두 소문자(또는 모두 대문자)로 씁니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="247"/>
        <source>The address has no prefix such as bitcoincash:.</source>
        <translation>주소에 bitcoincash: 같은 접두사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="254"/>
        <source>The prefix &quot;%1&quot; may contain only letters and digits.</source>
        <translation>접두사 &quot;%1&quot;에는 영문자와 숫자만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="262"/>
        <source>The address contains &quot;%1&quot; at position %2, which a CashAddr never contains (it uses 0, 2-9 and letters except b, i, o).</source>
        <translation>주소의 %2번째 문자 &quot;%1&quot;은(는) CashAddr에 쓰이지 않는 문자입니다(0, 2-9와 b, i, o를 뺀 영문자만 씁니다).</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="270"/>
        <source>The address is too short to carry its checksum.</source>
        <translation>주소가 너무 짧아 체크섬을 담을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="275"/>
        <source>The address checksum does not match: a character is wrong or missing, or it belongs to another network. Copy it again.</source>
        <translation>주소 체크섬이 맞지 않습니다. 문자가 틀렸거나 빠졌거나 다른 네트워크의 주소입니다. 다시 복사해 주세요.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="281"/>
        <source>The address payload has invalid padding.</source>
        <translation>주소 데이터의 패딩이 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="284"/>
        <source>The address has a valid checksum but no payload.</source>
        <translation>체크섬은 맞지만 주소에 데이터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="288"/>
        <source>The address&apos;s version byte sets the reserved bit.</source>
        <translation>주소의 버전 바이트에 예약 비트가 설정되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="296"/>
        <source>The address says its hash has %1 bytes but carries %2.</source>
        <translation>주소의 해시 길이는 %1바이트라고 되어 있지만 실제로는 %2바이트입니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="373"/>
        <source>&quot;%1&quot; is not a valid character in a legacy address.</source>
        <translation>&quot;%1&quot;은(는) 레거시 주소에 쓸 수 없는 문자입니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="391"/>
        <source>The legacy address is too short.</source>
        <translation>레거시 주소가 너무 짧습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="396"/>
        <source>The legacy address checksum does not match; copy it again.</source>
        <translation>레거시 주소의 체크섬이 맞지 않습니다. 다시 복사해 주세요.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="423"/>
        <source>A legacy address carries a 20-byte hash; this one carries %1 bytes.</source>
        <translation>레거시 주소의 해시는 20바이트여야 하는데 이 주소는 %1바이트입니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="442"/>
        <source>The legacy address has version byte %1, which is not a Bitcoin Cash P2PKH or P2SH address.</source>
        <translation>레거시 주소의 버전 바이트가 %1이며, 비트코인 캐시 P2PKH나 P2SH 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="447"/>
        <location filename="../core/bch/CashAddr.cpp" line="460"/>
        <location filename="../core/bch/CashAddr.cpp" line="471"/>
        <source>This is a %1 address, but Paydesk is set up for %2.</source>
        <translation>%1 주소입니다. Paydesk는 %2 네트워크로 설정되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/CashAddr.cpp" line="474"/>
        <source>The address has type %1; Paydesk pays only to P2PKH and P2SH addresses (types 0-3).</source>
        <translation>주소 유형이 %1입니다. Paydesk는 P2PKH와 P2SH 주소(유형 0-3)로만 결제합니다.</translation>
    </message>
</context>
<context>
    <name>ChainWatcher</name>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="106"/>
        <source>No Electrum server is configured.</source>
        <translation>설정된 Electrum 서버가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="114"/>
        <source>Connecting to %1</source>
        <translation>%1에 연결하는 중</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="128"/>
        <source>%1 refused the protocol handshake: %2</source>
        <translation>%1이(가) 프로토콜 핸드셰이크를 거부했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="129"/>
        <source>no answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="143"/>
        <source>%1 sent no valid chain tip.</source>
        <translation>%1이(가) 올바른 체인 끝 블록을 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="150"/>
        <source>Connected to %1 (%2), tip %3</source>
        <translation>%1(%2)에 연결됨, 최신 블록 %3</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="174"/>
        <source>Disconnected: %1</source>
        <translation>연결 끊김: %1</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="180"/>
        <source>Every Electrum server failed; the last said: %1</source>
        <translation>모든 Electrum 서버가 실패했습니다. 마지막 오류: %1</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="213"/>
        <source>Reorganisation at height %1</source>
        <translation>높이 %1에서 체인 재구성</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="292"/>
        <source>invoice #%1: &quot;%2&quot; is not an address this watcher can follow</source>
        <translation>청구서 #%1: &quot;%2&quot;은(는) 감시할 수 있는 주소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="371"/>
        <source>%1 sent a history that is not a list.</source>
        <translation>%1이(가) 목록이 아닌 내역을 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="381"/>
        <source>%1 sent a history entry without a transaction hash.</source>
        <translation>%1이(가) 트랜잭션 해시가 없는 내역을 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="433"/>
        <source>%1 sent transaction %2 that cannot be read: %3</source>
        <translation>%1이(가) 읽을 수 없는 트랜잭션 %2을(를) 보냈습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="438"/>
        <source>%1 sent other bytes for transaction %2 (they hash to %3).</source>
        <translation>%1이(가) 트랜잭션 %2 대신 다른 데이터를 보냈습니다(해시 %3).</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="474"/>
        <source>%1 could not prove that block %2 holds transaction %3%4</source>
        <translation>%1이(가) 블록 %2에 트랜잭션 %3이(가) 있음을 증명하지 못했습니다%4</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="497"/>
        <source>%1 sent no header for block %2: %3</source>
        <translation>%1이(가) 블록 %2의 헤더를 보내지 않았습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="518"/>
        <source>invoice #%1: %2</source>
        <translation>청구서 #%1: %2</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainWatcher.cpp" line="577"/>
        <source>the pass is over</source>
        <translation>점검을 마쳤습니다</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <location filename="../core/sql/SqlChangeFeed.cpp" line="49"/>
        <location filename="../core/sql/SqlChangeFeed.cpp" line="105"/>
        <source>Could not listen for changes: %1</source>
        <translation>변경 알림을 받을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChangeFeed.cpp" line="91"/>
        <source>This login hears no changes: it is neither an active staff member nor the schema owner.</source>
        <translation>이 로그인은 변경 알림을 받을 수 없습니다: 활성 직원도 스키마 소유자도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChangeFeed.cpp" line="126"/>
        <source>The connection was lost.</source>
        <translation>연결이 끊어졌습니다.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../core/Dashboard.cpp" line="143"/>
        <source>&quot;%1&quot; is not a month; write it as YYYY-MM, for example 2026-10.</source>
        <translation>&quot;%1&quot;은(는) 월이 아닙니다. YYYY-MM 형식으로 쓰세요(예: 2026-10).</translation>
    </message>
    <message>
        <location filename="../core/Dashboard.cpp" line="146"/>
        <source>The dashboard shows 1 to 24 months; %1 were asked for.</source>
        <translation>대시보드는 1~24개월을 보여 줍니다. 요청한 기간은 %1개월입니다.</translation>
    </message>
    <message>
        <location filename="../core/Dashboard.cpp" line="149"/>
        <source>&quot;%1&quot; is not an organization id.</source>
        <translation>&quot;%1&quot;은(는) 조직 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/Dashboard.cpp" line="152"/>
        <source>A UTC offset of %1 seconds is outside -14 to +14 hours.</source>
        <translation>UTC 오프셋 %1초는 -14~+14시간 범위를 벗어납니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="121"/>
        <source>adding up collections</source>
        <translation>수납 금액을 합산하는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="181"/>
        <source>adding up collections per center</source>
        <translation>센터별 수납 금액을 합산하는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="258"/>
        <source>adding up overdue debts</source>
        <translation>연체 금액을 합산하는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="308"/>
        <source>counting KYC documents</source>
        <translation>KYC 서류를 세는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="334"/>
        <source>measuring decision times</source>
        <translation>심사 소요 시간을 계산하는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="367"/>
        <source>adding up invoices</source>
        <translation>인보이스를 합산하는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="397"/>
        <source>Unknown chart.</source>
        <translation>알 수 없는 차트입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDashboard.cpp" line="142"/>
        <source>adding up last month&apos;s first days</source>
        <translation>지난달 같은 기간을 합산하는 중</translation>
    </message>
</context>
<context>
    <name>Electrum</name>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="36"/>
        <source>&quot;%1&quot; is not an Electrum server; write tcp://HOST:PORT or ssl://HOST:PORT (for example ssl://electrum.example.org:50002).</source>
        <translation>&quot;%1&quot;은(는) Electrum 서버가 아닙니다. tcp://HOST:PORT 또는 ssl://HOST:PORT 형식으로 쓰세요(예: ssl://electrum.example.org:50002).</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="42"/>
        <source>&quot;%1&quot; names no port; Electrum servers listen on one, usually 50001 (tcp) or 50002 (ssl).</source>
        <translation>&quot;%1&quot;에 포트가 없습니다. Electrum 서버는 보통 50001(tcp)이나 50002(ssl) 포트를 씁니다.</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="48"/>
        <source>&quot;%1&quot;: an Electrum server is only a scheme, a host and a port.</source>
        <translation>&quot;%1&quot;: Electrum 서버는 스킴, 호스트, 포트로만 씁니다.</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="65"/>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="91"/>
        <source>reconnecting</source>
        <translation>다시 연결하는 중</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="100"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="105"/>
        <source>%1: the server&apos;s certificate is not trusted (%2).</source>
        <translation>%1: 서버 인증서를 신뢰할 수 없습니다(%2).</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="112"/>
        <source>%1 closed the connection.</source>
        <translation>%1이(가) 연결을 끊었습니다.</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="134"/>
        <source>%1 holds no PEM certificate to trust.</source>
        <translation>%1에 신뢰할 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="179"/>
        <source>not connected to an Electrum server</source>
        <translation>Electrum 서버에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="215"/>
        <source>%1 sent a line longer than 64 MiB.</source>
        <translation>%1이(가) 64MiB보다 긴 줄을 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="230"/>
        <source>%1 sent something that is not JSON-RPC: %2</source>
        <translation>%1이(가) JSON-RPC가 아닌 내용을 보냈습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="245"/>
        <source>%1 answered a request that was never sent.</source>
        <translation>%1이(가) 보내지 않은 요청에 응답했습니다.</translation>
    </message>
    <message>
        <location filename="../core/chain/ElectrumClient.cpp" line="253"/>
        <source>the server refused the request</source>
        <translation>서버가 요청을 거부했습니다</translation>
    </message>
</context>
<context>
    <name>ExtendedPublicKey</name>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="87"/>
        <source>This is not an extended public key: %1</source>
        <translation>확장 공개키가 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="91"/>
        <source>An extended public key holds 78 bytes; this one holds %1.</source>
        <translation>확장 공개키는 78바이트인데 이 키는 %1바이트입니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="95"/>
        <source>This is an extended PRIVATE key. Paydesk never takes private keys: export the account&apos;s extended public key (xpub) from the wallet instead, and keep this one secret.</source>
        <translation>확장 개인키입니다. Paydesk는 개인키를 절대 받지 않습니다. 지갑에서 계정의 확장 공개키(xpub)를 내보내 주시고, 이 키는 비밀로 지키세요.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="100"/>
        <source>Unknown extended key version %1; Paydesk reads xpub (mainnet) and tpub (testnet) keys.</source>
        <translation>알 수 없는 확장키 버전 %1입니다. Paydesk는 xpub(메인넷)과 tpub(테스트넷) 키를 읽습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="112"/>
        <source>The extended key claims to be a master key but names a parent.</source>
        <translation>확장키가 마스터 키라고 하면서 부모 키를 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="116"/>
        <source>The extended key does not hold a compressed public key.</source>
        <translation>확장키에 압축 공개키가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="123"/>
        <source>The extended key&apos;s public key is not a point on the secp256k1 curve.</source>
        <translation>확장키의 공개키가 secp256k1 곡선 위의 점이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="147"/>
        <source>Hardened child %1 cannot be derived from a public key.</source>
        <translation>강화(hardened) 자식 %1은(는) 공개키에서 유도할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="150"/>
        <source>The key is already at the deepest level BIP32 allows.</source>
        <translation>키가 이미 BIP32가 허용하는 가장 깊은 단계에 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="159"/>
        <source>HMAC-SHA512 failed.</source>
        <translation>HMAC-SHA512 계산에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="171"/>
        <source>The secp256k1 computation could not start.</source>
        <translation>secp256k1 계산을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="174"/>
        <source>Child %1 is not a valid key (BIP32: IL &gt;= n); use the next index.</source>
        <translation>자식 %1은(는) 올바른 키가 아닙니다(BIP32: IL &gt;= n). 다음 인덱스를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="179"/>
        <source>The secp256k1 point multiplication failed.</source>
        <translation>secp256k1 점 곱셈에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="182"/>
        <source>Child %1 is the point at infinity; use the next index.</source>
        <translation>자식 %1은(는) 무한원점입니다. 다음 인덱스를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/bch/ExtendedPublicKey.cpp" line="187"/>
        <source>The child public key could not be serialised.</source>
        <translation>자식 공개키를 직렬화할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>InvoiceSheet</name>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="75"/>
        <location filename="../render/InvoiceSheet.cpp" line="216"/>
        <source>There are no invoices to print; change the selection or the filters.</source>
        <translation>인쇄할 청구서가 없습니다. 선택이나 필터를 바꿔 주세요.</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="84"/>
        <source>Invoice #%1 has an address that is not a valid CashAddr (%2); it cannot be printed.</source>
        <translation>청구서 #%1의 주소(%2)가 올바른 CashAddr가 아니어서 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="93"/>
        <source>The printer or file could not be opened for writing.</source>
        <translation>프린터나 파일을 쓰기용으로 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="103"/>
        <source>A new page could not be started on the printer or file.</source>
        <translation>프린터나 파일에서 새 페이지를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="106"/>
        <source>Paydesk · BCH invoices · printed %1 · page %2 of %3</source>
        <translation>Paydesk · BCH 청구서 · %1 인쇄 · %3쪽 중 %2쪽</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="132"/>
        <source>The QR code of invoice #%1 could not be made: %2</source>
        <translation>청구서 #%1의 QR 코드를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="140"/>
        <source>The sheet could not be finished on the printer or file.</source>
        <translation>프린터나 파일에 시트를 끝까지 쓰지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="163"/>
        <source>Invoice #%1</source>
        <translation>청구서 #%1</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="165"/>
        <source>%1 satoshis</source>
        <translation>%1 사토시</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="166"/>
        <source>Member: %1</source>
        <translation>회원: %1</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="169"/>
        <source>Transfer reference: %1</source>
        <translation>이체 참조번호: %1</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="172"/>
        <source>Institution: %1</source>
        <translation>기관: %1</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="175"/>
        <source>Center: %1</source>
        <translation>센터: %1</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="178"/>
        <source>Pay by: %1</source>
        <translation>납부기한: %1</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="185"/>
        <source>TEST NETWORK: not real money</source>
        <translation>테스트 네트워크: 실제 돈이 아닙니다</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="225"/>
        <source>Paydesk BCH invoices</source>
        <translation>Paydesk BCH 청구서</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="248"/>
        <source>The PDF could not be written to %1; check that the folder exists and that you may write there.</source>
        <translation>PDF를 %1에 쓸 수 없습니다. 폴더가 있는지, 쓰기 권한이 있는지 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="53"/>
        <source>%1 %2</source>
        <extracomment>&quot;%1 %2&quot;: the number of invoices, then the number of pages</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../render/InvoiceSheet.cpp" line="53"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>청구서 %n장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../render/InvoiceSheet.cpp" line="53"/>
        <source>on %n page(s)</source>
        <translation>
            <numerusform>(%n쪽)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="240"/>
        <source>The PDF could not be written to %1 completely; check the free space and that you may write there.</source>
        <translation>PDF를 %1에 끝까지 쓰지 못했습니다. 남은 공간과 쓰기 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../render/InvoiceSheet.cpp" line="179"/>
        <source>Scan with a Bitcoin Cash wallet; pay exactly this amount in one payment.</source>
        <translation>비트코인 캐시 지갑으로 스캔해 이 금액을 한 번에 정확히 보내 주세요.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="144"/>
        <source>Migration %1 (%2) in this database differs from the one this version of Paydesk ships. Paydesk will not change the schema; ask the administrator which version created it.</source>
        <translation>이 데이터베이스의 마이그레이션 %1(%2)이(가) 이 버전의 Paydesk에 포함된 것과 다릅니다. Paydesk는 스키마를 바꾸지 않습니다. 어느 버전으로 만들었는지 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="165"/>
        <source>This database has no Paydesk schema yet. Create it with: paydesk --init-db %1</source>
        <translation>이 데이터베이스에는 아직 Paydesk 스키마가 없습니다. 다음 명령으로 만드세요: paydesk --init-db %1</translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="170"/>
        <source>This database holds tables of another program (%1) and no Paydesk schema. Paydesk will not change it; choose another database.</source>
        <translation>이 데이터베이스에는 다른 프로그램의 테이블(%1)이 있고 Paydesk 스키마는 없습니다. Paydesk는 이 데이터베이스를 바꾸지 않습니다. 다른 데이터베이스를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="179"/>
        <source>This database was upgraded by a newer Paydesk (schema %1; this program knows up to %2). Install the newer Paydesk.</source>
        <translation>이 데이터베이스는 더 새로운 Paydesk로 업그레이드되었습니다(스키마 %1, 이 프로그램은 %2까지 지원). 새 버전의 Paydesk를 설치하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="187"/>
        <source>This database has an older Paydesk schema (%1 of %2). Upgrade it with: paydesk --init-db %3</source>
        <translation>이 데이터베이스의 Paydesk 스키마가 오래되었습니다(%2 중 %1). 다음 명령으로 업그레이드하세요: paydesk --init-db %3</translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="220"/>
        <source>This database holds tables of another program (%1) and no Paydesk schema. Nothing was changed; choose an empty database or an existing Paydesk database.</source>
        <translation>이 데이터베이스에는 다른 프로그램의 테이블(%1)이 있고 Paydesk 스키마는 없습니다. 아무것도 바꾸지 않았습니다. 빈 데이터베이스나 기존 Paydesk 데이터베이스를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="227"/>
        <source>This database was upgraded by a newer Paydesk (schema %1; this program knows up to %2). Nothing was changed.</source>
        <translation>이 데이터베이스는 더 새로운 Paydesk로 업그레이드되었습니다(스키마 %1, 이 프로그램은 %2까지 지원). 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="235"/>
        <source>creating schema_migrations</source>
        <translation>schema_migrations 테이블을 만드는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/Migrations.cpp" line="248"/>
        <source>applying migration %1 (%2)</source>
        <translation>마이그레이션 %1(%2)을(를) 적용하는 중</translation>
    </message>
</context>
<context>
    <name>OperationsText</name>
    <message>
        <location filename="../core/Operations.cpp" line="621"/>
        <source>Give from and to as YYYY-MM-DD.</source>
        <translation>from과 to를 YYYY-MM-DD 형식으로 주세요.</translation>
    </message>
    <message>
        <location filename="../core/Operations.cpp" line="969"/>
        <source>There is no chart called %1.</source>
        <translation>%1(이)라는 차트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/Operations.cpp" line="537"/>
        <source>Give gap_limit as a whole number from 1 to 10000.</source>
        <translation>gap_limit은 1에서 10000 사이의 정수로 주세요.</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../core/sql/SqlWrite.cpp" line="48"/>
        <source>an unknown time</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlWrite.cpp" line="55"/>
        <source>%1 was changed by %2 at %3 since you loaded it. Nothing was changed; look at it again and decide.</source>
        <translation>%1은(는) 불러온 뒤 %2이(가) %3에 변경했습니다. 아무것도 바뀌지 않았습니다. 다시 확인하고 결정하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="775"/>
        <location filename="../core/sql/SqlWrite.cpp" line="57"/>
        <source>someone</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="62"/>
        <source>paid</source>
        <translation>지급 완료</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="62"/>
        <source>confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="63"/>
        <source>Payment #%1 belongs to settlement #%2 (%3, %4), which is %5, so it cannot change. Ask headquarters to reopen the settlement first.</source>
        <translation>결제 #%1은(는) 정산 #%2(%3, %4)에 속하며 그 정산이 %5 상태라 변경할 수 없습니다. 먼저 본사에 정산 재개를 요청하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlWrite.cpp" line="37"/>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation>사유를 입력하세요. 사유는 이름과 함께 감사 로그에 남습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="328"/>
        <location filename="../core/sql/SqlWrite.cpp" line="40"/>
        <source>The reason is longer than 500 characters; shorten it.</source>
        <translation>사유가 500자를 넘습니다. 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="108"/>
        <source>The reference is longer than 100 characters; shorten it.</source>
        <translation>참조 번호가 100자를 넘습니다. 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="111"/>
        <source>Enter the day the money arrived; it cannot be in the future.</source>
        <translation>입금된 날짜를 입력하세요. 미래 날짜는 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="118"/>
        <source>Payment #%1 does not exist any more.</source>
        <translation>결제 #%1은(는) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="131"/>
        <location filename="../core/sql/SqlPayments.cpp" line="179"/>
        <source>Payment #%1</source>
        <translation>결제 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="134"/>
        <source>Payment #%1 is %2; only pending or failed payments can be settled or cancelled by hand.</source>
        <translation>결제 #%1은(는) %2 상태입니다. 대기 또는 실패한 결제만 수동으로 처리하거나 취소할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="140"/>
        <source>Payment #%1 is %2; only a pending payment can be marked failed.</source>
        <translation>납부 #%1은(는) %2 상태입니다. 대기 중인 납부만 실패로 표시할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="196"/>
        <source>A settlement month is written YYYY-MM, for example 2026-10.</source>
        <translation>정산 월은 YYYY-MM 형식으로 씁니다(예: 2026-10).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="325"/>
        <source>Give a reason for reopening: it is kept in the audit log with your name.</source>
        <translation>재개 사유를 입력하세요. 사유는 이름과 함께 감사 로그에 남습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="335"/>
        <source>Only headquarters may reopen a settlement.</source>
        <translation>정산 재개는 본사만 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="347"/>
        <source>Settlement #%1 does not exist any more.</source>
        <translation>정산 #%1은(는) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="363"/>
        <source>Settlement #%1 (%2, %3)</source>
        <translation>정산 #%1(%2, %3)</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="370"/>
        <source>%1 is %2; this step needs it to be %3.</source>
        <translation>%1은(는) %2 상태입니다. 이 단계는 %3 상태여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="530"/>
        <source>Result code %1 (%2) in %3, line %4: ask the member for a new account.</source>
        <translation>결과코드 %1 (%2), %3 %4행: 회원에게 새 계좌를 요청하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="531"/>
        <source>Result code %1 (%2) in %3, line %4: collection stopped.</source>
        <translation>결과코드 %1 (%2), %3 %4행: 출금을 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="569"/>
        <location filename="../core/sql/SqlPayments.cpp" line="650"/>
        <source>Choose the center whose payments the file settles.</source>
        <translation>파일이 처리하는 결제의 센터를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="573"/>
        <source>&quot;%1&quot; is not a month (YYYY-MM).</source>
        <translation>&quot;%1&quot;은(는) 월(YYYY-MM)이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="610"/>
        <source>loading the expected payments</source>
        <translation>예정 결제를 불러오는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="653"/>
        <source>The file&apos;s checksum is missing; open the file again.</source>
        <translation>파일 체크섬이 없습니다. 파일을 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="668"/>
        <source>Payment #%1 is chosen for two lines; choose one.</source>
        <translation>결제 #%1이(가) 두 줄에 선택되었습니다. 하나만 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="719"/>
        <source>Payment #%1 (%2, %3)</source>
        <translation>결제 #%1(%2, %3)</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="722"/>
        <source>%1 does not exist any more; nothing was applied. Open the file again.</source>
        <translation>%1은(는) 더 이상 없습니다. 아무것도 반영되지 않았습니다. 파일을 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="773"/>
        <source>%1 was changed by %2 at %3 after the file was matched (it is now %4); nothing was applied. Open the file again to match afresh.</source>
        <translation>파일을 대사한 뒤 %2이(가) %3에 %1을(를) 변경했습니다(현재 %4). 아무것도 반영되지 않았습니다. 파일을 다시 열어 새로 대사하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="788"/>
        <source>Line %1: provider transaction %2 was applied by another import meanwhile; nothing was applied. Open the file again.</source>
        <translation>%1행: 거래 %2이(가) 그사이 다른 가져오기로 반영되었습니다. 아무것도 반영되지 않았습니다. 파일을 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="804"/>
        <source>Line %1: %2 Nothing was applied.</source>
        <translation>%1행: %2 아무것도 반영되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="822"/>
        <source>unknown result code %1</source>
        <translation>알 수 없는 결과코드 %1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1022"/>
        <source>Choose how the reminders go out: &quot;sms&quot; or &quot;letter&quot;.</source>
        <translation>안내 방법을 고르세요: &quot;sms&quot; 또는 &quot;letter&quot;.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1038"/>
        <source>More than %1 members are overdue with these filters; choose a band, an organisation or a search to remind fewer at once.</source>
        <translation>이 조건의 미납 회원이 %1명을 넘습니다. 구간, 조직 또는 검색으로 한 번에 안내할 회원을 줄이세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1139"/>
        <source>The export has %1 titles for %2 columns.</source>
        <translation>내보내기 제목이 %1개인데 열은 %2개입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1147"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1에 쓸 수 없습니다: %2. 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1214"/>
        <location filename="../core/sql/SqlPayments.cpp" line="1223"/>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation>%1 쓰기에 실패했습니다: %2. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1228"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일은 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="1232"/>
        <source>Saving %1 failed: %2. Nothing was saved.</source>
        <translation>%1 저장에 실패했습니다: %2. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="737"/>
        <source>Line %1: %2 is not a payment of the chosen center; nothing was applied.</source>
        <translation>%1행: %2은(는) 선택한 센터의 결제가 아닙니다. 아무것도 적용되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="743"/>
        <source>Line %1 is dated %2, which is in the future; nothing was applied. Check the file.</source>
        <translation>%1행의 날짜 %2은(는) 미래입니다. 아무것도 적용되지 않았습니다. 파일을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="755"/>
        <source>By its member and month, line %1 pays payment #%2, not %3; nothing was applied. Open the file again to match afresh.</source>
        <translation>회원과 월로 보면 %1행은 결제 #%2의 납부이며 %3이(가) 아닙니다. 아무것도 적용되지 않았습니다. 파일을 다시 열어 새로 대사하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="762"/>
        <source>Line %1 brings %2 won for %3, which is owed %4 won. A part payment is settled on the payment itself, with a reason; nothing was applied.</source>
        <translation>%1행은 %3에 대해 %2원을 가져오지만 청구액은 %4원입니다. 일부 납부는 결제 자체에서 사유와 함께 처리합니다. 아무것도 적용되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="656"/>
        <source>The matches do not belong to this file; open the file again.</source>
        <translation>대사 결과가 이 파일의 것이 아닙니다. 파일을 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlPayments.cpp" line="664"/>
        <source>A chosen match has no payment; open the file again.</source>
        <translation>선택한 대사에 결제가 없습니다. 파일을 다시 여세요.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="31"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="35"/>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="35"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="51"/>
        <source>Exporting… %1 rows written</source>
        <translation>내보내는 중… %1행 기록</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="56"/>
        <source>%1 rows written to %2.</source>
        <translation>%1행을 %2에 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="59"/>
        <source>Export cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일은 만들어지지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../core/bch/QrCode.cpp" line="12"/>
        <source>There is nothing to encode in the QR code.</source>
        <translation>QR 코드에 담을 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/QrCode.cpp" line="33"/>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>QR 코드에 담기에는 텍스트가 너무 깁니다(%1바이트).</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <location filename="../core/Reconciliation.cpp" line="72"/>
        <source>the amount is empty</source>
        <translation>금액이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="76"/>
        <source>the amount %1 is negative; a refund is not a payment</source>
        <translation>금액 %1이(가) 음수입니다. 환불은 결제가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="84"/>
        <source>the amount %1 has a fraction of a won</source>
        <translation>금액 %1에 원 미만 단위가 있습니다</translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="89"/>
        <location filename="../core/Reconciliation.cpp" line="95"/>
        <source>&quot;%1&quot; is not an amount in won</source>
        <translation>&quot;%1&quot;은(는) 원 단위 금액이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="283"/>
        <source>%1 has no lines. Choose the result file the bank or provider sent.</source>
        <translation>%1에 내용이 없습니다. 은행이나 대행사가 보낸 결과 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="293"/>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="296"/>
        <source>member or contract id</source>
        <translation>회원번호 또는 계약번호</translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="299"/>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="302"/>
        <source>No column was found for: %1. Choose the columns of this file.</source>
        <translation>다음 항목의 열을 찾지 못했습니다: %1. 이 파일의 열을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Reconciliation.cpp" line="320"/>
        <source>%n column(s), the mapping needs %1</source>
        <translation>
            <numerusform>%n개 열, 매핑에는 %1개 필요</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="329"/>
        <source>&quot;%1&quot; is not a date (write 2026-10-25 or 20261025)</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다(2026-10-25 또는 20261025 형식)</translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="335"/>
        <source>the member or contract id is empty</source>
        <translation>회원번호 또는 계약번호가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="350"/>
        <source>a value is longer than the database keeps (transaction id 100, member 64, result code 20 characters)</source>
        <translation>값이 데이터베이스 허용 길이를 넘습니다(거래번호 100자, 회원 64자, 결과코드 20자)</translation>
    </message>
    <message>
        <location filename="../core/Reconciliation.cpp" line="357"/>
        <source>a quote (&quot;) is not closed; the rest of the file was not read</source>
        <translation>따옴표(&quot;)가 닫히지 않았습니다. 파일의 나머지는 읽지 않았습니다</translation>
    </message>
</context>
<context>
    <name>SqlSession</name>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="81"/>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>Qt용 PostgreSQL 드라이버(QPSQL)가 설치되어 있지 않습니다. libqt6sql6-psql 패키지를 설치하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="85"/>
        <source>The root certificate path may not contain &apos;;&apos;.</source>
        <translation>루트 인증서 경로에는 &apos;;&apos;을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="106"/>
        <source>The SQLite driver for Qt (QSQLITE) is not installed; install the package libqt6sql6-sqlite.</source>
        <translation>Qt용 SQLite 드라이버(QSQLITE)가 설치되어 있지 않습니다. libqt6sql6-sqlite 패키지를 설치하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="233"/>
        <source>preparing a query</source>
        <translation>쿼리를 준비하는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="242"/>
        <source>running a query</source>
        <translation>쿼리를 실행하는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="314"/>
        <location filename="../core/sql/SqlSession.cpp" line="338"/>
        <source>This query needs a PostgreSQL connection.</source>
        <translation>이 쿼리에는 PostgreSQL 연결이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="321"/>
        <source>estimating the row count</source>
        <translation>행 수를 추정하는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="389"/>
        <location filename="../core/sql/SqlSession.cpp" line="397"/>
        <source>starting a transaction</source>
        <translation>트랜잭션을 시작하는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="410"/>
        <location filename="../core/sql/SqlSession.cpp" line="420"/>
        <source>saving the change</source>
        <translation>변경 내용을 저장하는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="423"/>
        <source>The database did not confirm the change; nothing was saved. Check the connection and try again.</source>
        <translation>데이터베이스가 변경을 확인하지 않아 아무것도 저장되지 않았습니다. 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="432"/>
        <source>The connection to the database was lost while saving; nothing was saved. Check the connection and try again.</source>
        <translation>저장하는 동안 데이터베이스 연결이 끊어져 아무것도 저장되지 않았습니다. 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="463"/>
        <location filename="../core/sql/SqlSession.cpp" line="511"/>
        <source>The query was cancelled.</source>
        <translation>쿼리가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="472"/>
        <source>The connection to the database was lost while %1; nothing was changed. Paydesk will reconnect on the next request.</source>
        <translation>%1 데이터베이스 연결이 끊어져 아무것도 바뀌지 않았습니다. 다음 요청 때 다시 연결합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="490"/>
        <source>Your database role may not do this (%1). Ask an administrator for the permission.</source>
        <translation>현재 데이터베이스 역할로는 이 작업(%1)을 할 수 없습니다. 관리자에게 권한을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="496"/>
        <source>Someone else was changing the same rows; nothing was changed. Try again.</source>
        <translation>다른 사람이 같은 행을 변경하고 있어 아무것도 바뀌지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="501"/>
        <location filename="../core/sql/SqlSession.cpp" line="521"/>
        <source>The database refused the values (%1); nothing was changed.</source>
        <translation>데이터베이스가 값을 거부했습니다(%1). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="505"/>
        <source>A value has the wrong form (%1).</source>
        <translation>값의 형식이 올바르지 않습니다(%1).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="516"/>
        <source>The database file is busy with another change; nothing was changed. Try again.</source>
        <translation>데이터베이스 파일이 다른 변경으로 사용 중이어서 아무것도 바뀌지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="526"/>
        <source>The database file cannot be written (%1). Check its permissions.</source>
        <translation>데이터베이스 파일에 쓸 수 없습니다(%1). 파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="530"/>
        <source>The database reported an error while %1.</source>
        <translation>%1 데이터베이스 오류가 발생했습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="553"/>
        <source>Cannot open the database file %1. Check that the folder exists and that you may write to it.</source>
        <translation>데이터베이스 파일 %1을(를) 열 수 없습니다. 폴더가 있는지, 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="563"/>
        <source>The server at %1 refused the user name or password. Check them and try again.</source>
        <translation>%1 서버가 사용자 이름이나 비밀번호를 거부했습니다. 확인 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="570"/>
        <source>The server&apos;s certificate is not for the host name %1, so the connection was refused. Connect with the name the certificate was issued for.</source>
        <translation>서버 인증서가 호스트 이름 %1에 대해 발급된 것이 아니어서 연결을 거부했습니다. 인증서에 적힌 이름으로 연결하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="578"/>
        <source>No root certificate was given to check the server with. Choose the CA certificate file of your database server in the connection settings.</source>
        <translation>서버를 확인할 루트 인증서가 지정되지 않았습니다. 연결 설정에서 데이터베이스 서버의 CA 인증서 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="585"/>
        <source>The server at %1 does not offer an encrypted connection, and this profile requires one.</source>
        <translation>%1 서버가 암호화 연결을 제공하지 않는데 이 프로필은 암호화 연결이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="592"/>
        <source>The server&apos;s certificate was refused: it is not signed by the chosen root certificate. Check the CA file in the connection settings.</source>
        <translation>서버 인증서를 거부했습니다. 선택한 루트 인증서로 서명되지 않았습니다. 연결 설정의 CA 파일을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="599"/>
        <source>The server at %1 has no database named &quot;%2&quot;. Check the name, or create it first.</source>
        <translation>%1 서버에 &quot;%2&quot; 데이터베이스가 없습니다. 이름을 확인하거나 먼저 만드세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="606"/>
        <source>The server at %1 did not answer within %2 seconds. Check the host name and network.</source>
        <translation>%1 서버가 %2초 안에 응답하지 않았습니다. 호스트 이름과 네트워크를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="613"/>
        <source>Cannot reach the database server at %1. Check the host name and port, and that the server is running.</source>
        <translation>%1 데이터베이스 서버에 연결할 수 없습니다. 호스트 이름과 포트, 서버가 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="167"/>
        <source>Acting as a staff member needs PostgreSQL.</source>
        <translation>직원 권한으로 실행하려면 PostgreSQL이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="111"/>
        <source>There is no SQLite database at %1. Check the path, or create one with paydesk --init-db sqlite:%1.</source>
        <translation>%1에 SQLite 데이터베이스가 없습니다. 경로를 확인하거나 paydesk --init-db sqlite:%1 명령으로 만드세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSession.cpp" line="385"/>
        <source>Transactions are nested too deeply.</source>
        <translation>트랜잭션이 너무 깊게 중첩되었습니다.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="183"/>
        <source>The transaction&apos;s bytes end too early.</source>
        <translation>트랜잭션 데이터가 너무 일찍 끝납니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="193"/>
        <source>The transaction has no inputs.</source>
        <translation>트랜잭션에 입력이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="213"/>
        <source>The transaction has no outputs.</source>
        <translation>트랜잭션에 출력이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="226"/>
        <source>An output&apos;s value is outside 0 to 21,000,000 BCH.</source>
        <translation>출력 금액이 0~21,000,000 BCH 범위를 벗어납니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="233"/>
        <source>An output&apos;s token prefix is malformed.</source>
        <translation>출력의 토큰 접두부가 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="243"/>
        <source>The transaction has bytes after its lock time.</source>
        <translation>트랜잭션의 잠금 시간 뒤에 데이터가 더 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/bch/Transaction.cpp" line="274"/>
        <source>A block header is 80 bytes, not %1.</source>
        <translation>블록 헤더는 %1바이트가 아니라 80바이트입니다.</translation>
    </message>
</context>
<context>
    <name>pd::Backend</name>
    <message>
        <location filename="../core/Backend.h" line="249"/>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>pd::Bulk</name>
    <message>
        <location filename="../core/Bulk.cpp" line="119"/>
        <source>Expire invoices…</source>
        <translation>인보이스 만료…</translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="121"/>
        <source>Cancel invoices…</source>
        <translation>인보이스 취소…</translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="123"/>
        <source>Release claims…</source>
        <translation>담당 해제…</translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="125"/>
        <source>Assign to a reviewer…</source>
        <translation>심사자에게 배정…</translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="127"/>
        <source>Mark payments failed…</source>
        <translation>납부 실패 처리…</translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="129"/>
        <source>Cancel payments…</source>
        <translation>납부 취소…</translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="131"/>
        <source>Confirm settlements…</source>
        <translation>정산 확정…</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="142"/>
        <source>You are about to expire %n invoice(s)</source>
        <translation>
            <numerusform>인보이스 %n건을 만료하려고 합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="145"/>
        <source>You are about to cancel %n invoice(s)</source>
        <translation>
            <numerusform>인보이스 %n건을 취소하려고 합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="148"/>
        <source>You are about to release the claims on %n KYC document(s)</source>
        <translation>
            <numerusform>KYC 서류 %n건의 담당을 해제하려고 합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="151"/>
        <source>You are about to assign %n KYC document(s)</source>
        <translation>
            <numerusform>KYC 서류 %n건을 배정하려고 합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="154"/>
        <source>You are about to mark %n payment(s) failed</source>
        <translation>
            <numerusform>납부 %n건을 실패로 표시하려고 합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="157"/>
        <source>You are about to cancel %n payment(s)</source>
        <translation>
            <numerusform>납부 %n건을 취소하려고 합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="160"/>
        <source>You are about to confirm %n settlement(s)</source>
        <translation>
            <numerusform>정산 %n건을 확정하려고 합니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/Bulk.cpp" line="168"/>
        <source>%1 worth %2</source>
        <translation>%1 (합계 %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Bulk.cpp" line="172"/>
        <source>%n selected row(s) will be left as they are (see why below).</source>
        <translation>
            <numerusform>선택한 행 중 %n건은 그대로 둡니다(아래에 이유가 있습니다).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ConnectionProfile</name>
    <message>
        <location filename="../core/ConnectionProfile.cpp" line="128"/>
        <source>The read replica &quot;%1&quot; has no valid port; write host:port, for example replica.example.org:5432.</source>
        <translation>읽기 복제본 &quot;%1&quot;의 포트가 올바르지 않습니다. host:port 형식으로 쓰세요(예: replica.example.org:5432).</translation>
    </message>
    <message>
        <location filename="../core/ConnectionProfile.cpp" line="138"/>
        <source>The read replica &quot;%1&quot; is not a host name; write host:port.</source>
        <translation>읽기 복제본 &quot;%1&quot;은(는) 호스트 이름이 아닙니다. host:port 형식으로 쓰세요.</translation>
    </message>
</context>
<context>
    <name>pd::DatabaseUrl</name>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="41"/>
        <source>The SQLite URL names no file; write sqlite:PATH, for example sqlite:paydesk.db.</source>
        <translation>SQLite URL에 파일이 없습니다. sqlite:경로 형식으로 쓰세요(예: sqlite:paydesk.db).</translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="48"/>
        <source>The database URL must start with postgresql:// or sqlite: (for example postgresql://me@db.example:5432/paydesk or sqlite:paydesk.db).</source>
        <translation>데이터베이스 URL은 postgresql:// 또는 sqlite:로 시작해야 합니다(예: postgresql://me@db.example:5432/paydesk 또는 sqlite:paydesk.db).</translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="54"/>
        <source>The database URL is not well formed: %1</source>
        <translation>데이터베이스 URL 형식이 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="60"/>
        <source>The PostgreSQL URL names no host; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>PostgreSQL URL에 호스트가 없습니다. postgresql://사용자@호스트:포트/데이터베이스 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="65"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>포트는 1부터 65535 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="72"/>
        <source>The PostgreSQL URL names no database; add /DATABASE after the host and port.</source>
        <translation>PostgreSQL URL에 데이터베이스가 없습니다. 호스트와 포트 뒤에 /데이터베이스를 붙이세요.</translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="81"/>
        <source>Unknown sslmode &quot;%1&quot;; use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>알 수 없는 sslmode &quot;%1&quot;입니다. disable, allow, prefer, require, verify-ca, verify-full 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="92"/>
        <source>connect_timeout must be a whole number of seconds from 1 to 600.</source>
        <translation>connect_timeout은 1부터 600 사이의 초 단위 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/DatabaseUrl.cpp" line="97"/>
        <source>Unknown URL parameter &quot;%1&quot;; Paydesk understands sslmode, sslrootcert and connect_timeout.</source>
        <translation>알 수 없는 URL 매개변수 &quot;%1&quot;입니다. Paydesk는 sslmode, sslrootcert, connect_timeout을 지원합니다.</translation>
    </message>
</context>
<context>
    <name>pd::FieldCipher</name>
    <message>
        <location filename="../core/FieldCipher.cpp" line="31"/>
        <source>The encryption library failed.</source>
        <translation>암호화 라이브러리가 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="60"/>
        <source>The encrypted value does not open with this key: it was altered, belongs to another record, or was sealed with another key.</source>
        <translation>이 키로 암호화된 값을 열 수 없습니다. 값이 변경되었거나, 다른 레코드의 값이거나, 다른 키로 암호화되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="79"/>
        <location filename="../core/FieldCipher.cpp" line="155"/>
        <source>An AES-256 key is 32 bytes; this one has %1.</source>
        <translation>AES-256 키는 32바이트입니다. 이 키는 %1바이트입니다.</translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="89"/>
        <source>The field key file %1 could not be read (%2). Ask headquarters IT for the key file of this database.</source>
        <translation>필드 키 파일 %1을(를) 읽을 수 없습니다(%2). 본사 IT에 이 데이터베이스의 키 파일을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="97"/>
        <source>The field key file %1 does not hold 64 hexadecimal digits.</source>
        <translation>필드 키 파일 %1에 16진수 64자리가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="115"/>
        <location filename="../core/FieldCipher.cpp" line="120"/>
        <source>The field key file %1 could not be written (%2).</source>
        <translation>필드 키 파일 %1을(를) 쓸 수 없습니다(%2).</translation>
    </message>
    <message>
        <location filename="../core/FieldCipher.cpp" line="142"/>
        <source>The encrypted value is not in Paydesk&apos;s format.</source>
        <translation>암호화된 값이 Paydesk 형식이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>pd::Invoices</name>
    <message numerus="yes">
        <location filename="../core/Invoices.cpp" line="41"/>
        <source>%n expired</source>
        <translation>
            <numerusform>만료 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Invoices.cpp" line="44"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>취소 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Invoices.cpp" line="47"/>
        <source>%n already paid</source>
        <translation>
            <numerusform>이미 결제 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Invoices.cpp" line="49"/>
        <source>Left out %n invoice(s) that cannot be paid any more: %1.</source>
        <translation>
            <numerusform>더 이상 결제할 수 없는 청구서 %n장을 뺐습니다: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/Invoices.cpp" line="66"/>
        <source>Invoice %1 (rest)</source>
        <translation>청구서 %1 (잔액)</translation>
    </message>
</context>
<context>
    <name>pd::KeychainStore</name>
    <message>
        <location filename="../core/SecretStore.cpp" line="35"/>
        <source>No keychain is available on this computer, so Paydesk cannot remember passwords; you will be asked each time.</source>
        <translation>이 컴퓨터에는 키체인이 없어 Paydesk가 비밀번호를 기억할 수 없습니다. 매번 비밀번호를 묻습니다.</translation>
    </message>
    <message>
        <location filename="../core/SecretStore.cpp" line="41"/>
        <source>The keychain refused access; you will be asked for the password each time.</source>
        <translation>키체인이 접근을 거부했습니다. 매번 비밀번호를 묻습니다.</translation>
    </message>
    <message>
        <location filename="../core/SecretStore.cpp" line="47"/>
        <source>The keychain failed; you will be asked for the password each time.</source>
        <translation>키체인 작업이 실패했습니다. 매번 비밀번호를 묻습니다.</translation>
    </message>
    <message>
        <location filename="../core/SecretStore.cpp" line="79"/>
        <source>The keychain did not answer within %1 seconds (is it locked?); you will be asked for the password each time.</source>
        <translation>키체인이 %1초 안에 응답하지 않았습니다(잠겨 있나요?). 매번 비밀번호를 묻습니다.</translation>
    </message>
</context>
<context>
    <name>pd::Money</name>
    <message>
        <location filename="../core/Money.cpp" line="65"/>
        <source>The amount is empty; enter a number such as 12.5.</source>
        <translation>금액이 비어 있습니다. 12.5 같은 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/Money.cpp" line="79"/>
        <location filename="../core/Money.cpp" line="99"/>
        <source>The amount may contain only digits and one &apos;.&apos; as the decimal mark (no spaces, separators or exponent).</source>
        <translation>금액에는 숫자와 소수점 &apos;.&apos; 하나만 쓸 수 있습니다(공백, 자릿수 구분 기호, 지수 표기 불가).</translation>
    </message>
    <message>
        <location filename="../core/Money.cpp" line="84"/>
        <location filename="../core/Money.cpp" line="121"/>
        <source>The amount is too large.</source>
        <translation>금액이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/Money.cpp" line="94"/>
        <location filename="../core/Money.cpp" line="114"/>
        <source>The amount has no digits.</source>
        <translation>금액에 숫자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/Money.cpp" line="105"/>
        <source>The amount has more decimals than the currency allows.</source>
        <translation>금액의 소수 자릿수가 통화에서 허용하는 것보다 많습니다.</translation>
    </message>
</context>
<context>
    <name>pd::OutputFile</name>
    <message>
        <location filename="../core/OutputFile.cpp" line="26"/>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../core/OutputFile.cpp" line="27"/>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../core/OutputFile.cpp" line="28"/>
        <source>a pipe</source>
        <translation>파이프</translation>
    </message>
    <message>
        <location filename="../core/OutputFile.cpp" line="29"/>
        <source>not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/OutputFile.cpp" line="31"/>
        <source>%1 is %2, not a file Paydesk may write; choose a file name.</source>
        <translation>%1은(는) %2(이)라 Paydesk가 쓸 수 있는 파일이 아닙니다. 파일 이름을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>pd::PageSpec</name>
    <message>
        <location filename="../core/Pages.cpp" line="71"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="73"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="94"/>
        <source>KYC review</source>
        <translation>KYC 심사</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="118"/>
        <source>BCH invoices</source>
        <translation>BCH 청구서</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="138"/>
        <source>Payments</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="159"/>
        <source>Reconciliation</source>
        <translation>대사</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="161"/>
        <source>Settlements</source>
        <translation>정산</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="179"/>
        <source>Overdue members</source>
        <translation>미납 회원</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="203"/>
        <source>Debit calendar</source>
        <translation>출금 일정</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="228"/>
        <source>Members</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="247"/>
        <source>Wallets</source>
        <translation>지갑</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="262"/>
        <source>Transactions</source>
        <translation>거래</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="282"/>
        <source>Organizations</source>
        <translation>조직</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="300"/>
        <source>Bank holidays</source>
        <translation>은행 휴무일</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="313"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="330"/>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <location filename="../core/Pages.cpp" line="349"/>
        <source>Manual credits</source>
        <translation>수동 크레딧</translation>
    </message>
</context>
<context>
    <name>pd::RestBackend</name>
    <message>
        <location filename="../core/RestBackend.cpp" line="46"/>
        <source>Certificate: %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>인증서: %1, 발급자 %2, 유효기간 %3 ~ %4, SHA-256 %5</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="59"/>
        <location filename="../core/RestBackend.cpp" line="64"/>
        <location filename="../core/RestBackend.cpp" line="612"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>서버의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="90"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 파일 %1에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="91"/>
        <source>Choose the PEM file of the CA that signed the server&apos;s certificate.</source>
        <translation>서버 인증서를 서명한 CA의 PEM 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="96"/>
        <source>The server address must start with https://.</source>
        <translation>서버 주소는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="102"/>
        <source>Unencrypted http:// is allowed only to this computer; use https:// for %1.</source>
        <translation>암호화되지 않은 http://는 이 컴퓨터에만 허용됩니다. %1에는 https://를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="191"/>
        <source>The server %1 could not prove its identity, so Paydesk did not connect.</source>
        <translation>서버 %1이(가) 신원을 증명하지 못해 Paydesk가 연결하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="193"/>
        <source>
If your organisation uses its own CA, choose its certificate as the CA file of this connection.</source>
        <translation>
조직에서 자체 CA를 사용한다면 그 인증서를 이 연결의 CA 파일로 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="200"/>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>서버 %1이(가) %2초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="201"/>
        <source>Try again; if it keeps happening, the server or the network is overloaded.</source>
        <translation>다시 시도하세요. 계속 발생하면 서버나 네트워크가 과부하 상태입니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="207"/>
        <source>Cannot reach the Paydesk server at %1.</source>
        <translation>%1의 Paydesk 서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="211"/>
        <source>The server %1 closed the connection before the answer was complete.</source>
        <translation>서버 %1이(가) 응답을 마치기 전에 연결을 끊었습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="215"/>
        <source>The server sent Paydesk to another address, which it does not follow.</source>
        <translation>서버가 다른 주소로 이동을 요청했지만 Paydesk는 따르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="220"/>
        <source>The request to %1 failed.</source>
        <translation>%1에 대한 요청이 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="292"/>
        <location filename="../core/RestBackend.cpp" line="688"/>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="353"/>
        <source>The server&apos;s sign-in answer could not be read.</source>
        <translation>서버의 로그인 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="386"/>
        <source>Sign in to the Paydesk server.</source>
        <translation>Paydesk 서버에 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="459"/>
        <source>The account %1 signs in with a code from an authenticator app as well; sign in with the Paydesk console.</source>
        <translation>%1 계정은 인증 앱의 코드로도 로그인해야 합니다. Paydesk 콘솔에서 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="510"/>
        <source>Sign-in cancelled: no code was given.</source>
        <translation>로그인이 취소되었습니다. 코드를 입력하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="630"/>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="712"/>
        <source>Cannot write the export file.</source>
        <translation>내보내기 파일을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/RestBackend.cpp" line="593"/>
        <source>The Paydesk server has no call %1.</source>
        <translation>Paydesk 서버에는 %1 호출이 없습니다.</translation>
    </message>
</context>
<context>
    <name>pd::RestChangeFeed</name>
    <message>
        <location filename="../core/RestChangeFeed.cpp" line="137"/>
        <source>The change stream ended; reconnecting.</source>
        <translation>변경 스트림이 끝났습니다. 다시 연결합니다.</translation>
    </message>
    <message>
        <location filename="../core/RestChangeFeed.cpp" line="140"/>
        <source>The server refused the change stream (HTTP %1).</source>
        <translation>서버가 변경 스트림을 거부했습니다 (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pd::Users</name>
    <message>
        <location filename="../core/Users.cpp" line="63"/>
        <source>&quot;%1&quot; is not a login; use 1 to 63 lowercase letters, digits, &quot;_&quot; and &quot;.&quot;, starting with a letter or &quot;_&quot;, such as kim.center.</source>
        <translation>&quot;%1&quot;은(는) 로그인 이름이 아닙니다. 영문 소문자, 숫자, &quot;_&quot;, &quot;.&quot;로 1~63자를 쓰고 문자나 &quot;_&quot;로 시작하세요(예: kim.center).</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="71"/>
        <source>&quot;%1&quot; is not a role; use one of %2.</source>
        <translation>&quot;%1&quot;은(는) 역할이 아닙니다. 다음 중 하나를 쓰세요: %2.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="78"/>
        <source>%1 needs 12 to 200 characters; a passphrase of a few words is easiest to type.</source>
        <translation>%1에는 12~200자가 필요합니다. 단어 몇 개로 된 문구가 입력하기 가장 쉽습니다.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="103"/>
        <source>&quot;%1&quot; is not a bank code Paydesk debits from; choose the bank from the list.</source>
        <translation>&quot;%1&quot;은(는) Paydesk가 출금하는 은행 코드가 아닙니다. 목록에서 은행을 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="109"/>
        <source>Enter the account holder&apos;s name as the bank has it: 1 to 100 characters.</source>
        <translation>은행에 등록된 예금주 이름을 입력하세요(1~100자).</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="120"/>
        <source>Enter the account number to debit: 10 to 14 digits, hyphens allowed.</source>
        <translation>출금할 계좌번호를 입력하세요. 숫자 10~14자리이며 하이픈을 써도 됩니다.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="121"/>
        <source>&quot;%1&quot; is not an account number; a Korean account number has 10 to 14 digits, written with or without hyphens (123-456789-01-234).</source>
        <translation>&quot;%1&quot;은(는) 계좌번호가 아닙니다. 국내 계좌번호는 숫자 10~14자리이며 하이픈은 있어도 없어도 됩니다(123-456789-01-234).</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="127"/>
        <source>The payment day is the day of the month the account is debited: 1 to 28 (every month has those days).</source>
        <translation>결제일은 매월 계좌에서 출금하는 날로 1~28일입니다(어느 달에나 있는 날).</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="131"/>
        <source>The monthly amount is in won, from ₩1 to ₩10,000,000.</source>
        <translation>월 금액은 원 단위로 ₩1부터 ₩10,000,000까지입니다.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="143"/>
        <source>Enter the last (family) name: 1 to 100 characters, no line breaks.</source>
        <translation>성을 입력하세요: 1~100자, 줄바꿈 없이.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="146"/>
        <source>Enter the first (given) name: 1 to 100 characters, no line breaks.</source>
        <translation>이름을 입력하세요: 1~100자, 줄바꿈 없이.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="159"/>
        <source>&quot;%1&quot; is not a phone number; write a Korean number as 010-1234-5678 or an international one with its country code, such as +1-555-0100.</source>
        <translation>&quot;%1&quot;은(는) 전화번호가 아닙니다. 국내 번호는 010-1234-5678처럼, 해외 번호는 +1-555-0100처럼 국가 번호와 함께 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="166"/>
        <source>&quot;%1&quot; is not an e-mail address; write it as name@example.com.</source>
        <translation>&quot;%1&quot;은(는) 이메일 주소가 아닙니다. name@example.com처럼 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="170"/>
        <source>Choose the institution the member belongs to.</source>
        <translation>회원이 속한 기관을 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="180"/>
        <source>Enter the child&apos;s name: 1 to 100 characters, no line breaks.</source>
        <translation>자녀 이름을 입력하세요(1~100자, 줄바꿈 없이).</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="183"/>
        <source>The birth date %1 is not possible; give a date between 1900-01-01 and today, or leave it empty.</source>
        <translation>생년월일 %1은(는) 불가능합니다. 1900-01-01부터 오늘 사이의 날짜를 입력하거나 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../core/Users.cpp" line="188"/>
        <source>The class name is longer than 100 characters; shorten it.</source>
        <translation>반 이름이 100자를 넘습니다. 줄여 주세요.</translation>
    </message>
</context>
<context>
    <name>pd::app::Cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="44"/>
        <location filename="../app/Cli.cpp" line="67"/>
        <location filename="../app/Cli.cpp" line="577"/>
        <source>paydesk: %1</source>
        <translation>paydesk: %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="46"/>
        <source>  detail: %1</source>
        <translation>  상세: %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="96"/>
        <source>%1: the Paydesk schema is up to date (version %2).</source>
        <translation>%1: Paydesk 스키마가 최신입니다(버전 %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="99"/>
        <source>%1: applied %n migration(s); the schema is now at version %2.</source>
        <translation>
            <numerusform>%1: 마이그레이션 %n개를 적용했습니다. 스키마는 이제 버전 %2입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="114"/>
        <source>paydesk: --scale takes a number above 0 and at most 100 (1 = about 20,000 users and 300,000 payments; 17 = about 5,000,000 payments).</source>
        <translation>paydesk: --scale에는 0보다 크고 100 이하인 숫자를 씁니다(1 = 사용자 약 2만 명, 결제 약 30만 건, 17 = 결제 약 500만 건).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="124"/>
        <source>paydesk: --seed takes a whole number.</source>
        <translation>paydesk: --seed에는 정수를 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="131"/>
        <source>paydesk: --as-of takes a date, YYYY-MM-DD.</source>
        <translation>paydesk: --as-of에는 YYYY-MM-DD 형식의 날짜를 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="157"/>
        <source>Demo data written to %1 in %2 s:</source>
        <translation>%1에 데모 데이터를 %2초 만에 썼습니다:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="161"/>
        <source>  %1 organisations, %2 staff, %3 users, %4 KYC documents, %5 wallets, %6 transactions</source>
        <translation>  조직 %1, 직원 %2, 사용자 %3, KYC 서류 %4, 지갑 %5, 거래 %6</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="169"/>
        <source>  %1 parents, %2 children, %3 payments, %4 BCH invoices, %5 credits, %6 settlements, %7 audit rows</source>
        <translation>  학부모 %1, 자녀 %2, 결제 %3, BCH 청구서 %4, 크레딧 %5, 정산 %6, 감사 기록 %7</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="553"/>
        <source>Paydesk, the admin console for payments, KYC, BCH invoices and settlements.

Databases are named by URL: postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full or sqlite:PATH.
A PostgreSQL password comes from PGPASSWORD, ~/.pgpass or the URL.</source>
        <translation>Paydesk, 결제·KYC·BCH 청구서·정산 관리 콘솔.

데이터베이스는 URL로 지정합니다: postgresql://사용자@호스트:포트/데이터베이스?sslmode=verify-full 또는 sqlite:경로.
PostgreSQL 비밀번호는 PGPASSWORD, ~/.pgpass 또는 URL에서 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="560"/>
        <source>Open the console on the database at &lt;url&gt;.</source>
        <translation>&lt;url&gt;의 데이터베이스로 콘솔을 엽니다.</translation>
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
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="562"/>
        <source>Create or upgrade the Paydesk schema at &lt;url&gt;; refuses a database that holds another program&apos;s tables.</source>
        <translation>&lt;url&gt;에 Paydesk 스키마를 만들거나 업그레이드합니다. 다른 프로그램의 테이블이 있는 데이터베이스는 거부합니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="566"/>
        <source>Fill the empty Paydesk database at &lt;url&gt; with deterministic demo data.</source>
        <translation>&lt;url&gt;의 빈 Paydesk 데이터베이스를 재현 가능한 데모 데이터로 채웁니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="569"/>
        <source>Demo size: 1 = about 20,000 users and 300,000 payments (default).</source>
        <translation>데모 규모: 1 = 사용자 약 2만 명, 결제 약 30만 건(기본값).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="205"/>
        <location filename="../app/Cli.cpp" line="425"/>
        <location filename="../app/Cli.cpp" line="570"/>
        <location filename="../app/Cli.cpp" line="571"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <source>Demo random seed (default 20251122).</source>
        <translation>데모 난수 시드(기본값 20251122).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="572"/>
        <source>Demo data ends on this day (default today).</source>
        <translation>데모 데이터가 끝나는 날짜(기본값 오늘).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="203"/>
        <location filename="../app/Cli.cpp" line="573"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="594"/>
        <source>paydesk: nothing to do; see paydesk --help</source>
        <translation>paydesk: 할 일이 없습니다. paydesk --help를 참고하세요.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="186"/>
        <source>Writes BCH invoices as a PDF sheet (A4, %1 per page; each with its QR code, amount, address, member, center, invoice id, due date and the non-refundable notice). Needs no display and no network beyond the database.</source>
        <translation>BCH 청구서를 PDF 시트로 씁니다(A4 한 쪽에 %1장, 각각 QR 코드, 금액, 주소, 회원, 센터, 청구서 번호, 납부기한, 환불 불가 안내 포함). 화면이 필요 없고 데이터베이스 외에는 네트워크도 필요 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="192"/>
        <location filename="../app/Cli.cpp" line="295"/>
        <location filename="../app/Cli.cpp" line="413"/>
        <source>The command.</source>
        <translation>명령.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="193"/>
        <location filename="../app/Cli.cpp" line="414"/>
        <source>The Paydesk database (required).</source>
        <translation>Paydesk 데이터베이스(필수).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="195"/>
        <source>Only invoices with this status: %1.</source>
        <translation>이 상태의 청구서만: %1.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="197"/>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="199"/>
        <source>Only invoices of this organisation (by code, with everything below it).</source>
        <translation>이 조직(코드로 지정, 하위 조직 포함)의 청구서만.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="200"/>
        <location filename="../app/Cli.cpp" line="304"/>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="202"/>
        <source>Only invoices created on or after this local day (or ISO-8601 instant).</source>
        <translation>이 날짜(현지 시간) 또는 ISO-8601 시각 이후에 생성된 청구서만.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="204"/>
        <source>At most this many invoices (default 5000, at most 20000).</source>
        <translation>최대 청구서 수(기본 5000, 최대 20000).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="206"/>
        <source>The PDF file to write (required).</source>
        <translation>쓸 PDF 파일(필수).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="206"/>
        <location filename="../app/Cli.cpp" line="422"/>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="208"/>
        <location filename="../app/Cli.cpp" line="263"/>
        <source>paydesk print-invoices: %1</source>
        <translation>paydesk print-invoices: %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="216"/>
        <source>paydesk print-invoices: give --db URL and --out FILE.pdf; see paydesk print-invoices --help</source>
        <translation>paydesk print-invoices: --db URL과 --out FILE.pdf를 지정하세요. paydesk print-invoices --help를 참고하세요</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="230"/>
        <source>paydesk print-invoices: --created-since takes a date, YYYY-MM-DD, or an ISO-8601 instant such as 2026-11-01T00:00:00Z.</source>
        <translation>paydesk print-invoices: --created-since에는 YYYY-MM-DD 날짜나 2026-11-01T00:00:00Z 같은 ISO-8601 시각을 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="240"/>
        <source>paydesk print-invoices: --limit takes a whole number from 1 to 20000.</source>
        <translation>paydesk print-invoices: --limit에는 1부터 20000까지의 정수를 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="258"/>
        <source>paydesk print-invoices: no invoice matches; nothing was written.</source>
        <translation>paydesk print-invoices: 조건에 맞는 청구서가 없어 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="275"/>
        <source>Wrote %1 to %2.</source>
        <translation>%2에 %1을 썼습니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="299"/>
        <source>The Paydesk PostgreSQL database (required).</source>
        <translation>Paydesk PostgreSQL 데이터베이스(필수).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="300"/>
        <source>The login name (required).</source>
        <translation>로그인 이름(필수).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="300"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="302"/>
        <source>One of %1 (required).</source>
        <translation>%1 중 하나(필수).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="303"/>
        <source>role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="304"/>
        <source>The organisation code (required).</source>
        <translation>조직 코드(필수).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="306"/>
        <source>The display name (default: the login).</source>
        <translation>표시 이름(기본값: 로그인 이름).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="306"/>
        <location filename="../app/Cli.cpp" line="309"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="311"/>
        <source>Read the new login&apos;s password from the first line of standard input.</source>
        <translation>새 로그인의 비밀번호를 표준 입력의 첫 줄에서 읽습니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="313"/>
        <source>paydesk admin: %1</source>
        <translation>paydesk admin: %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="355"/>
        <source>paydesk admin add-staff: give --db, --login, --role and --org; see paydesk admin --help</source>
        <translation>paydesk admin add-staff: --db, --login, --role, --org를 지정하세요. paydesk admin --help를 보세요</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="376"/>
        <source>Staff member %1 (%2) can now sign in to %3.</source>
        <translation>직원 %1(%2)이(가) 이제 %3에 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="286"/>
        <source>admin add-staff: creates a PostgreSQL login role for a staff member, grants it the group role of ROLE (paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor) and records it in the staff table at the organisation CODE. Row-level security then limits it to that organisation&apos;s subtree. Run it as a role with CREATEROLE (the schema owner).
admin deactivate-staff / reactivate-staff: turns a staff member&apos;s login off (it cannot connect, loses its group role and its server sessions end at once) or on again, with --reason, audited. Run it as headquarters (hq_admin) or the schema owner.</source>
        <translation>admin add-staff: 직원의 PostgreSQL 로그인 역할을 만들고 ROLE의 그룹 역할(paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor)을 부여하며 조직 CODE에 staff 테이블 행을 기록합니다. 이후 행 수준 보안이 그 조직의 하위 트리로 제한합니다. CREATEROLE 권한이 있는 역할(스키마 소유자)로 실행하세요.
admin deactivate-staff / reactivate-staff: 직원 로그인을 끄거나(접속할 수 없고 그룹 역할을 잃으며 서버 세션이 즉시 끝납니다) 다시 켭니다. --reason을 지정하며 감사 기록이 남습니다. 본사(hq_admin) 또는 스키마 소유자로 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="297"/>
        <source>add-staff, deactivate-staff or reactivate-staff.</source>
        <translation>add-staff, deactivate-staff 또는 reactivate-staff.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="308"/>
        <source>Why (deactivate-staff and reactivate-staff; kept in the audit log).</source>
        <translation>사유(deactivate-staff와 reactivate-staff, 감사 로그에 남습니다).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="325"/>
        <source>paydesk admin %1: give --db, --login and --reason; see paydesk admin --help</source>
        <translation>paydesk admin %1: --db, --login, --reason을 지정하세요. paydesk admin --help를 참고하세요</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="340"/>
        <source>Staff member %1 can sign in again.</source>
        <translation>직원 %1이(가) 다시 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="341"/>
        <source>Staff member %1 is deactivated: the login cannot connect and its server sessions have ended.</source>
        <translation>직원 %1이(가) 비활성화되었습니다. 이 로그인은 접속할 수 없고 서버 세션이 종료되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="348"/>
        <source>paydesk admin: the action is add-staff, deactivate-staff or reactivate-staff; see paydesk admin --help</source>
        <translation>paydesk admin: 작업은 add-staff, deactivate-staff 또는 reactivate-staff입니다. paydesk admin --help를 참고하세요</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="266"/>
        <source>paydesk print-invoices: no invoice that matches can still be paid; nothing was written.</source>
        <translation>paydesk print-invoices: 조건에 맞는 청구서 중 아직 결제할 수 있는 것이 없어 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="390"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>확정 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="392"/>
        <source>%n paid (unconfirmed)</source>
        <translation>
            <numerusform>결제됨(미확정) %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="393"/>
        <source>%n underpaid</source>
        <translation>
            <numerusform>부족 입금 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="394"/>
        <source>%n paid late</source>
        <translation>
            <numerusform>기한 후 입금 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="395"/>
        <source>%n taken back</source>
        <translation>
            <numerusform>취소 반영 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="396"/>
        <source>%n expired</source>
        <translation>
            <numerusform>만료 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="397"/>
        <source>%n updated</source>
        <translation>
            <numerusform>갱신 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="400"/>
        <source>no change</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="408"/>
        <source>Watches the Bitcoin Cash chain through Electrum servers for the open invoices&apos; addresses and settles each paid invoice with its monthly payment and a credit (underpaid, overpaid and late payments are marked for a person). Watch-only: no node and no private key. Runs as a headquarters login or the database owner.</source>
        <translation>Electrum 서버를 통해 미결 청구서 주소의 비트코인 캐시 체인을 감시하고, 결제된 청구서를 월 납부와 크레딧까지 함께 정산합니다(부족·초과·기한 후 입금은 담당자가 판단하도록 표시). 감시 전용이라 노드도 개인키도 필요 없습니다. 본사 로그인이나 데이터베이스 소유자로 실행합니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="416"/>
        <source>An Electrum server, tcp://HOST:PORT or ssl://HOST:PORT (required; repeat for failover, tried in order).</source>
        <translation>Electrum 서버, tcp://HOST:PORT 또는 ssl://HOST:PORT (필수. 장애 대비로 여러 번 줄 수 있으며 순서대로 시도).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="420"/>
        <source>Trust the certificates in this PEM file for ssl:// servers instead of the system&apos;s.</source>
        <translation>ssl:// 서버에 대해 시스템 인증서 대신 이 PEM 파일의 인증서를 신뢰합니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="424"/>
        <source>Settle a payment at this many confirmations (default 1, at most 100).</source>
        <translation>이 확인 수에서 결제를 정산합니다(기본 1, 최대 100).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="426"/>
        <source>One pass over every open invoice, then exit.</source>
        <translation>미결 청구서를 한 번 모두 점검하고 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="428"/>
        <location filename="../app/Cli.cpp" line="445"/>
        <location filename="../app/Cli.cpp" line="479"/>
        <location filename="../app/Cli.cpp" line="491"/>
        <location filename="../app/Cli.cpp" line="503"/>
        <source>paydesk watch-invoices: %1</source>
        <translation>paydesk watch-invoices: %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="436"/>
        <source>paydesk watch-invoices: give --db URL and at least one --electrum URL; see paydesk watch-invoices --help</source>
        <translation>paydesk watch-invoices: --db URL과 --electrum URL을 하나 이상 주세요. paydesk watch-invoices --help를 참고하세요</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="455"/>
        <source>paydesk watch-invoices: --confirmations takes a whole number from 1 to 100.</source>
        <translation>paydesk watch-invoices: --confirmations에는 1에서 100 사이의 정수를 주세요.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="483"/>
        <source>invoice #%1: %2 (%3 satoshis received)</source>
        <translation>청구서 #%1: %2 (%3 사토시 입금)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="497"/>
        <source>Checked %n invoice(s) at height %1 on %2: %3.</source>
        <translation>
            <numerusform>%2에서 높이 %1 기준으로 청구서 %n장을 점검했습니다: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="511"/>
        <source>paydesk watch-invoices: the connection to the database was lost; stopping so that it can be started again.</source>
        <translation>paydesk watch-invoices: 데이터베이스 연결이 끊겼습니다. 다시 시작할 수 있도록 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="575"/>
        <source>print-invoices, watch-invoices or admin (see their --help).</source>
        <translation>print-invoices, watch-invoices 또는 admin (각 --help 참고).</translation>
    </message>
</context>
<context>
    <name>pd::demo::BulkWriter</name>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="53"/>
        <source>PostgreSQL refused to start loading %1.</source>
        <translation>PostgreSQL이 %1 적재 시작을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="133"/>
        <location filename="../core/demo/BulkWriter.cpp" line="162"/>
        <source>The connection failed while loading %1.</source>
        <translation>%1을(를) 적재하는 동안 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="138"/>
        <source>PostgreSQL refused the rows for %1.</source>
        <translation>PostgreSQL이 %1의 행을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="212"/>
        <source>preparing to load %1</source>
        <translation>%1 적재를 준비하는 중</translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="243"/>
        <source>loading %1</source>
        <translation>%1을(를) 적재하는 중</translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="269"/>
        <source>The database refused a row while %1.</source>
        <translation>%1 데이터베이스가 행을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="273"/>
        <source>Loading was interrupted.</source>
        <translation>적재가 중단되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/demo/BulkWriter.cpp" line="275"/>
        <source>SQLite failed while %1.</source>
        <translation>%1 SQLite 오류가 발생했습니다.</translation>
    </message>
</context>
<context>
    <name>pd::demo::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="299"/>
        <source>No bulk loader for this database driver.</source>
        <translation>이 데이터베이스 드라이버용 일괄 적재 기능이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="326"/>
        <source>Updating planner statistics</source>
        <translation>플래너 통계를 갱신하는 중</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="330"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="359"/>
        <source>Demo data generation was cancelled; nothing was saved.</source>
        <translation>데모 데이터 생성을 취소했습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="372"/>
        <source>This database already holds data; demo data is only written into an empty Paydesk database. Create a new database and run --init-db first.</source>
        <translation>이 데이터베이스에는 이미 데이터가 있습니다. 데모 데이터는 빈 Paydesk 데이터베이스에만 씁니다. 새 데이터베이스를 만들고 먼저 --init-db를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="383"/>
        <source>Organisations and staff</source>
        <translation>조직과 직원</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="387"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="391"/>
        <source>KYC documents</source>
        <translation>KYC 서류</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="395"/>
        <source>Wallets and transactions</source>
        <translation>지갑과 거래</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="399"/>
        <source>Parents, children and CMS contracts</source>
        <translation>학부모, 자녀, CMS 계약</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="404"/>
        <source>BCH invoices</source>
        <translation>BCH 청구서</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="408"/>
        <source>Settlements</source>
        <translation>정산</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="413"/>
        <location filename="../core/demo/DemoGenerator.cpp" line="469"/>
        <source>Building indexes</source>
        <translation>인덱스를 만드는 중</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="452"/>
        <location filename="../core/demo/DemoGenerator.cpp" line="504"/>
        <source>preparing the bulk load</source>
        <translation>일괄 적재를 준비하는 중</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="467"/>
        <source>building indexes</source>
        <translation>인덱스를 만드는 중</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="535"/>
        <source>filling sort keys and search tables</source>
        <translation>정렬 키와 검색 테이블을 채우는 중</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="1554"/>
        <source>Payments %1</source>
        <translation>결제 %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="1942"/>
        <source>The scale must be a number above 0 and at most 100 (1 = about 300,000 payments).</source>
        <translation>규모는 0보다 크고 100 이하인 숫자여야 합니다(1 = 약 30만 건의 결제).</translation>
    </message>
</context>
<context>
    <name>pd::models::BulkRun</name>
    <message>
        <location filename="../models/BulkRun.cpp" line="85"/>
        <location filename="../models/BulkRun.cpp" line="120"/>
        <source>not applied: %1</source>
        <translation>적용 안 됨: %1</translation>
    </message>
    <message>
        <location filename="../models/BulkRun.cpp" line="133"/>
        <source>no answer for this row</source>
        <translation>이 행에 대한 응답이 없습니다</translation>
    </message>
    <message>
        <location filename="../models/BulkRun.cpp" line="156"/>
        <source>not applied: cancelled</source>
        <translation>적용 안 됨: 중지됨</translation>
    </message>
</context>
<context>
    <name>pd::models::DocumentLoader</name>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="115"/>
        <source>The PDF could not be read (%1). Ask the customer to upload it again.</source>
        <translation>PDF를 읽을 수 없습니다(%1). 고객에게 다시 올려 달라고 요청하세요.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="117"/>
        <source>it is password-protected</source>
        <translation>암호로 보호되어 있음</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="118"/>
        <source>it is damaged or not a PDF</source>
        <translation>손상되었거나 PDF가 아님</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="126"/>
        <source>Page %1 of the PDF could not be rendered.</source>
        <translation>PDF의 %1쪽을 표시할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="142"/>
        <source>The file is neither a PDF nor an image Paydesk can read (%1).</source>
        <translation>이 파일은 Paydesk가 읽을 수 있는 PDF나 이미지가 아닙니다(%1).</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="189"/>
        <source>This document has no file.</source>
        <translation>이 서류에는 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="214"/>
        <source>The file %1 is larger than 25 MB; open it outside Paydesk.</source>
        <translation>%1 파일이 25 MB보다 큽니다. Paydesk 밖에서 여세요.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="208"/>
        <source>The file %1 could not be opened: %2. Check that the document store is mounted on this computer.</source>
        <translation>%1 파일을 열 수 없습니다: %2. 이 컴퓨터에 서류 저장소가 연결되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="66"/>
        <location filename="../models/DocumentLoader.cpp" line="248"/>
        <source>Paydesk cannot open &quot;%1&quot;: the file must be a local path or an http(s) address.</source>
        <translation>Paydesk가 &quot;%1&quot;을(를) 열 수 없습니다. 파일은 로컬 경로나 http(s) 주소여야 합니다.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="274"/>
        <source>The file at %1 is larger than 25 MB; open it outside Paydesk.</source>
        <translation>%1의 파일이 25 MB보다 큽니다. Paydesk 밖에서 여세요.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="278"/>
        <source>%1 did not answer within %2 seconds. Try again, or check the network.</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다. 다시 시도하거나 네트워크를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="286"/>
        <source>The document server answered HTTP %1 for %2.</source>
        <translation>서류 서버가 %2에 대해 HTTP %1을(를) 응답했습니다.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="287"/>
        <source>The file could not be fetched from %1: %2.</source>
        <translation>%1에서 파일을 가져올 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="51"/>
        <source>The file %1 does not exist on this computer. Check that the document store is mounted.</source>
        <translation>이 컴퓨터에 %1 파일이 없습니다. 문서 저장소가 마운트되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="61"/>
        <source>Paydesk opens document files only from the document store (%1); %2 is elsewhere. Ask an administrator to set kyc/documentRoots if the store moved.</source>
        <translation>Paydesk는 문서 저장소(%1)의 문서 파일만 엽니다. %2은(는) 다른 곳에 있습니다. 저장소가 옮겨졌다면 관리자에게 kyc/documentRoots 설정을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="63"/>
        <location filename="../models/DocumentLoader.cpp" line="77"/>
        <source>none is set</source>
        <translation>설정 없음</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="75"/>
        <source>Paydesk fetches document files only from the document store&apos;s address (%1); %2 is elsewhere. Ask an administrator to set kyc/documentUrlPrefixes.</source>
        <translation>Paydesk는 문서 저장소 주소(%1)의 문서 파일만 가져옵니다. %2은(는) 다른 곳입니다. 관리자에게 kyc/documentUrlPrefixes 설정을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../models/DocumentLoader.cpp" line="212"/>
        <source>%1 is not a regular file; Paydesk does not open it.</source>
        <translation>%1은(는) 일반 파일이 아니므로 Paydesk가 열지 않습니다.</translation>
    </message>
</context>
<context>
    <name>pd::models::ExpectedPaymentsModel</name>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="209"/>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="211"/>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="213"/>
        <source>Reference</source>
        <translation>참조번호</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="215"/>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="217"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="219"/>
        <source>Due</source>
        <translation>납기일</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="221"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="223"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="256"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="256"/>
        <source>Pending</source>
        <translation>대기</translation>
    </message>
</context>
<context>
    <name>pd::models::Labels</name>
    <message>
        <location filename="../models/Labels.cpp" line="231"/>
        <source>Joined</source>
        <translation>가입일시</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="232"/>
        <source>Submitted</source>
        <translation>제출일시</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="86"/>
        <location filename="../models/Labels.cpp" line="233"/>
        <location filename="../models/Labels.cpp" line="440"/>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="234"/>
        <location filename="../models/Labels.cpp" line="581"/>
        <source>Paid out</source>
        <translation>지급 완료</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="97"/>
        <source>Payments</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="461"/>
        <source>Manual credit request</source>
        <translation>수동 크레딧 요청</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="581"/>
        <source>Paid, unconfirmed</source>
        <translation>입금됨(미확정)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="595"/>
        <source>1-7 days</source>
        <translation>1-7일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="597"/>
        <source>8-30 days</source>
        <translation>8-30일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="599"/>
        <source>31-60 days</source>
        <translation>31-60일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="601"/>
        <source>over 60 days</source>
        <translation>60일 초과</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="634"/>
        <source>SLA paused</source>
        <translation>SLA 정지</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="698"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="698"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="23"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="24"/>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="25"/>
        <source>Last name</source>
        <translation>성</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="26"/>
        <source>First name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="27"/>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="28"/>
        <location filename="../models/Labels.cpp" line="51"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="29"/>
        <source>Preferred currency</source>
        <translation>선호 통화</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="30"/>
        <source>KYC status</source>
        <translation>KYC 상태</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="31"/>
        <source>KYC level</source>
        <translation>KYC 레벨</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="32"/>
        <source>User&apos;s KYC level</source>
        <translation>사용자 KYC 레벨</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="33"/>
        <location filename="../models/Labels.cpp" line="272"/>
        <location filename="../models/Labels.cpp" line="449"/>
        <source>Organization</source>
        <translation>소속</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="34"/>
        <location filename="../models/Labels.cpp" line="297"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="35"/>
        <source>Verified</source>
        <translation>인증됨</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="36"/>
        <source>Circle wallet</source>
        <translation>Circle 지갑</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="37"/>
        <source>Created</source>
        <translation>생성일시</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="38"/>
        <source>Updated</source>
        <translation>수정일시</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="39"/>
        <source>Last login</source>
        <translation>최근 로그인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="40"/>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="41"/>
        <source>Document type</source>
        <translation>서류 종류</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="42"/>
        <source>Document number</source>
        <translation>서류 번호</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="43"/>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="44"/>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="45"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="46"/>
        <location filename="../models/Labels.cpp" line="70"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="47"/>
        <source>Address (line 2)</source>
        <translation>상세 주소</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="48"/>
        <source>City</source>
        <translation>시/도</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="49"/>
        <source>State or province</source>
        <translation>주/도</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="50"/>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="52"/>
        <source>Occupation</source>
        <translation>직업</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="53"/>
        <source>Employer</source>
        <translation>직장</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="54"/>
        <source>Income range</source>
        <translation>소득 구간</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="55"/>
        <source>Source of funds</source>
        <translation>자금 출처</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="56"/>
        <location filename="../models/Labels.cpp" line="141"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="57"/>
        <source>File type</source>
        <translation>파일 형식</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="58"/>
        <source>File size (bytes)</source>
        <translation>파일 크기(바이트)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="59"/>
        <source>Verification status</source>
        <translation>검증 상태</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="60"/>
        <source>Verification method</source>
        <translation>검증 방법</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="61"/>
        <source>Verification notes</source>
        <translation>검증 메모</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="62"/>
        <source>Verified by</source>
        <translation>검증자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="63"/>
        <source>Verified at</source>
        <translation>검증일시</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="64"/>
        <source>Compliance check</source>
        <translation>컴플라이언스 점검</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="65"/>
        <source>Risk score</source>
        <translation>위험 점수</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="66"/>
        <source>Risk factors</source>
        <translation>위험 요인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="67"/>
        <source>Expires</source>
        <translation>만료일시</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="68"/>
        <location filename="../models/Labels.cpp" line="85"/>
        <location filename="../models/Labels.cpp" line="252"/>
        <location filename="../models/Labels.cpp" line="446"/>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="69"/>
        <location filename="../models/Labels.cpp" line="198"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="71"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="72"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="133"/>
        <source>On hold because</source>
        <translation>보류 사유</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="134"/>
        <source>Put on hold by</source>
        <translation>보류한 사람</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="135"/>
        <source>On hold since</source>
        <translation>보류 시작</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="136"/>
        <source>SLA counted from</source>
        <translation>SLA 기준 시각</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="137"/>
        <source>Assigned to</source>
        <translation>배정 대상</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="149"/>
        <source>Chain ID</source>
        <translation>체인 ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="150"/>
        <source>Balance updated</source>
        <translation>잔액 갱신</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="151"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="152"/>
        <source>Total fee</source>
        <translation>총 수수료</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="153"/>
        <source>Gas fee</source>
        <translation>가스비</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="154"/>
        <source>Service fee</source>
        <translation>서비스 수수료</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="156"/>
        <source>Transaction ID</source>
        <translation>거래 ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="157"/>
        <source>QR code</source>
        <translation>QR 코드</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="159"/>
        <source>USD amount</source>
        <translation>USD 금액</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="160"/>
        <source>Local amount</source>
        <translation>현지 통화 금액</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="161"/>
        <source>Local currency</source>
        <translation>현지 통화</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="162"/>
        <source>Merchant ID</source>
        <translation>가맹점 ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="163"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="164"/>
        <source>Source chain</source>
        <translation>출발 체인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="165"/>
        <source>Target chain</source>
        <translation>도착 체인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="166"/>
        <source>Source address</source>
        <translation>보낸 주소</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="167"/>
        <source>Target address</source>
        <translation>받는 주소</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="168"/>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="169"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="171"/>
        <source>Parent organization</source>
        <translation>상위 조직</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="176"/>
        <source>From month</source>
        <translation>적용 시작 월</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="177"/>
        <source>Set by</source>
        <translation>설정자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="178"/>
        <source>Set at</source>
        <translation>설정 시각</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="179"/>
        <source>Members</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="180"/>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="182"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="183"/>
        <source>Server password</source>
        <translation>서버 비밀번호</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="184"/>
        <source>Second factor</source>
        <translation>2단계 인증</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="185"/>
        <source>Last sign-in</source>
        <translation>마지막 로그인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="186"/>
        <source>Record type</source>
        <translation>레코드 종류</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="187"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="188"/>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="189"/>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="190"/>
        <source>Account holder</source>
        <translation>예금주</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="191"/>
        <source>Organization ID</source>
        <translation>조직 ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="192"/>
        <source>Parent ID</source>
        <translation>상위 ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="193"/>
        <source>Contract ID</source>
        <translation>계약 ID</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="194"/>
        <source>Contract version</source>
        <translation>계약 버전</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="195"/>
        <source>Bank code</source>
        <translation>은행 코드</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="196"/>
        <source>Before (JSON)</source>
        <translation>변경 전 (JSON)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="197"/>
        <source>After (JSON)</source>
        <translation>변경 후 (JSON)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="199"/>
        <source>Asked by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="200"/>
        <source>Asked</source>
        <translation>요청 시각</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="201"/>
        <source>Decided by</source>
        <translation>결정자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="202"/>
        <source>Decided</source>
        <translation>결정 시각</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="203"/>
        <source>Decision note</source>
        <translation>결정 메모</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="204"/>
        <source>Credit balance</source>
        <translation>크레딧 잔액</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="213"/>
        <source>What the failure asks for</source>
        <translation>실패 사유별 조치</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="214"/>
        <source>Last reminded</source>
        <translation>마지막 안내</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="215"/>
        <source>Reminded by</source>
        <translation>안내자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="267"/>
        <location filename="../models/Labels.cpp" line="448"/>
        <source>Auto-debit contract</source>
        <translation>자동이체 계약</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="268"/>
        <source>BCH invoices</source>
        <translation>BCH 청구서</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="269"/>
        <location filename="../models/Labels.cpp" line="459"/>
        <source>Wallet</source>
        <translation>지갑</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="270"/>
        <location filename="../models/Labels.cpp" line="460"/>
        <source>Transaction</source>
        <translation>거래</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="271"/>
        <source>Fees</source>
        <translation>수수료</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="273"/>
        <source>Organizations below</source>
        <translation>하위 조직</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="274"/>
        <source>Staff here</source>
        <translation>소속 직원</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="275"/>
        <source>Fee rates by month</source>
        <translation>월별 수수료율</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="276"/>
        <location filename="../models/Labels.cpp" line="450"/>
        <source>Staff member</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="277"/>
        <source>What this staff member did</source>
        <translation>이 직원이 한 작업</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="278"/>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="279"/>
        <source>Changes (before and after)</source>
        <translation>변경 내용 (전후)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="280"/>
        <location filename="../models/Labels.cpp" line="425"/>
        <source>Manual credit</source>
        <translation>수동 크레딧</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="293"/>
        <source>Confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="74"/>
        <location filename="../models/Labels.cpp" line="289"/>
        <source>Paid</source>
        <translation>납부 완료</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="75"/>
        <location filename="../models/Labels.cpp" line="155"/>
        <source>Transaction hash</source>
        <translation>트랜잭션 해시</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="83"/>
        <location filename="../models/Labels.cpp" line="251"/>
        <location filename="../models/Labels.cpp" line="421"/>
        <location filename="../models/Labels.cpp" line="455"/>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="84"/>
        <location filename="../models/Labels.cpp" line="96"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="87"/>
        <location filename="../models/Labels.cpp" line="439"/>
        <source>Center</source>
        <translation>센터</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="88"/>
        <source>Center code</source>
        <translation>센터 코드</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="89"/>
        <source>Method</source>
        <translation>결제수단</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="90"/>
        <source>Due date</source>
        <translation>납부기한</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="91"/>
        <source>Provider reference</source>
        <translation>PG 거래번호</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="92"/>
        <source>Order ID</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="94"/>
        <source>Failure reason</source>
        <translation>실패 사유</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="95"/>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="98"/>
        <source>Gross</source>
        <translation>총액</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="99"/>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="100"/>
        <source>Net</source>
        <translation>정산액</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="101"/>
        <source>Confirmed by</source>
        <translation>확정자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="102"/>
        <source>Months owed</source>
        <translation>미납 개월</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="103"/>
        <source>Amount owed</source>
        <translation>미납액</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="104"/>
        <source>Days overdue</source>
        <translation>연체일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="105"/>
        <source>Severity</source>
        <translation>연체 구간</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="106"/>
        <source>Oldest due date</source>
        <translation>최초 미납 기한</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="107"/>
        <source>Last failure</source>
        <translation>최근 실패 사유</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="108"/>
        <source>Service status</source>
        <translation>서비스 상태</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="109"/>
        <source>Enrolled</source>
        <translation>등록일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="110"/>
        <source>CMS contract</source>
        <translation>CMS 계약</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="111"/>
        <source>Bank</source>
        <translation>은행</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="112"/>
        <source>Account</source>
        <translation>계좌</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="113"/>
        <source>Payment day</source>
        <translation>출금일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="114"/>
        <source>Monthly fee</source>
        <translation>월 이용료</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="115"/>
        <source>CMS status</source>
        <translation>CMS 상태</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="116"/>
        <source>Chain</source>
        <translation>체인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="117"/>
        <source>Wallet address</source>
        <translation>지갑 주소</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="118"/>
        <source>USDC balance</source>
        <translation>USDC 잔액</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="119"/>
        <location filename="../models/Labels.cpp" line="170"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="120"/>
        <source>Merchant</source>
        <translation>가맹점</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="121"/>
        <location filename="../models/Labels.cpp" line="181"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="122"/>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="123"/>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="124"/>
        <location filename="../models/Labels.cpp" line="238"/>
        <location filename="../models/Labels.cpp" line="445"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="125"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="239"/>
        <source>Parent membership</source>
        <translation>학부모 회원 정보</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="240"/>
        <source>Document</source>
        <translation>서류</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="241"/>
        <source>Personal data (level 1)</source>
        <translation>개인 정보(레벨 1)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="242"/>
        <source>Address and occupation (level 2)</source>
        <translation>주소와 직업(레벨 2)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="243"/>
        <source>Document file</source>
        <translation>서류 파일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="244"/>
        <source>Verification</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="245"/>
        <source>Compliance</source>
        <translation>컴플라이언스</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="82"/>
        <location filename="../models/Labels.cpp" line="249"/>
        <source>Invoice</source>
        <translation>청구서</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="253"/>
        <location filename="../models/Labels.cpp" line="456"/>
        <source>Settlement</source>
        <translation>정산</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="147"/>
        <location filename="../models/Labels.cpp" line="254"/>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="255"/>
        <source>Wallets</source>
        <translation>지갑</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="256"/>
        <source>Recent transactions</source>
        <translation>최근 거래</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="257"/>
        <source>KYC documents</source>
        <translation>KYC 서류</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="258"/>
        <source>Children</source>
        <translation>자녀</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="259"/>
        <source>Recent payments</source>
        <translation>최근 결제</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="261"/>
        <source>The user&apos;s other documents</source>
        <translation>이 사용자의 다른 서류</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="262"/>
        <source>Successful payments by method</source>
        <translation>결제수단별 성공 결제</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="263"/>
        <source>Unpaid months</source>
        <translation>미납 월</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="285"/>
        <source>Pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="286"/>
        <location filename="../models/Labels.cpp" line="330"/>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="287"/>
        <location filename="../models/Labels.cpp" line="332"/>
        <source>Rejected</source>
        <translation>반려</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="288"/>
        <source>Needs information</source>
        <translation>보완 요청</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="290"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="291"/>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="292"/>
        <source>Refunded</source>
        <translation>환불</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="294"/>
        <location filename="../models/Labels.cpp" line="352"/>
        <source>Expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="295"/>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="158"/>
        <location filename="../models/Labels.cpp" line="296"/>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="298"/>
        <source>Paused</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="299"/>
        <source>Withdrawn</source>
        <translation>탈퇴</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="300"/>
        <source>Suspended</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="301"/>
        <source>Terminated</source>
        <translation>해지</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="302"/>
        <source>Registration pending</source>
        <translation>등록 대기</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="306"/>
        <source>CMS auto-debit</source>
        <translation>CMS 자동이체</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="307"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="308"/>
        <source>Bitcoin Cash</source>
        <translation>비트코인 캐시</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="309"/>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="313"/>
        <source>National ID card</source>
        <translation>주민등록증</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="314"/>
        <source>Passport</source>
        <translation>여권</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="315"/>
        <source>Driver&apos;s license</source>
        <translation>운전면허증</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="316"/>
        <source>Residence permit</source>
        <translation>외국인등록증</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="317"/>
        <source>Proof of address</source>
        <translation>주소 증빙</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="419"/>
        <source>Deposit</source>
        <translation>입금</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="420"/>
        <source>Withdrawal</source>
        <translation>출금</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="422"/>
        <source>Transfer</source>
        <translation>이체</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="414"/>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="415"/>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="73"/>
        <source>Confirmed at</source>
        <translation>확정일시</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="93"/>
        <source>Failure code</source>
        <translation>실패 코드</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="126"/>
        <source>Review stage</source>
        <translation>심사 단계</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="127"/>
        <source>Waiting</source>
        <translation>대기 시간</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="128"/>
        <source>Claimed by</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="129"/>
        <source>Claim ends</source>
        <translation>담당 종료</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="130"/>
        <source>First approval by</source>
        <translation>1차 승인자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="131"/>
        <source>First approval at</source>
        <translation>1차 승인 시각</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="132"/>
        <location filename="../models/Labels.cpp" line="322"/>
        <source>Resubmitted</source>
        <translation>재제출</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="138"/>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="139"/>
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="140"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="148"/>
        <source>Reason or note</source>
        <translation>사유 또는 메모</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="172"/>
        <source>Fee rate in force (basis points)</source>
        <translation>적용 중인 수수료율(bp)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="173"/>
        <source>Retries of a failed debit</source>
        <translation>실패한 출금의 재출금 횟수</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="174"/>
        <source>Banking days between retries</source>
        <translation>재출금 간격(영업일)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="175"/>
        <source>Own fee rate (basis points)</source>
        <translation>자체 수수료율(bp)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="206"/>
        <source>Scheduled date</source>
        <translation>약정일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="207"/>
        <source>Amount due</source>
        <translation>청구 금액</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="208"/>
        <source>Check first</source>
        <translation>먼저 확인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="209"/>
        <source>This month&apos;s payment</source>
        <translation>이번 달 납부</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="210"/>
        <source>Last month&apos;s result</source>
        <translation>지난달 결과</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="211"/>
        <source>Failed months (6)</source>
        <translation>실패한 달 (6개월)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="212"/>
        <source>Retry no.</source>
        <translation>재출금 회차</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="216"/>
        <source>Account changed</source>
        <translation>계좌 변경</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="217"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="218"/>
        <source>In force</source>
        <translation>적용 중</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="219"/>
        <source>Changed by</source>
        <translation>변경자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="220"/>
        <source>Changed at</source>
        <translation>변경 시각</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="246"/>
        <source>Review</source>
        <translation>심사</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="247"/>
        <source>Review history of this user&apos;s documents</source>
        <translation>이 사용자 서류의 심사 이력</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="248"/>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="281"/>
        <location filename="../models/Labels.cpp" line="462"/>
        <source>Bank holiday</source>
        <translation>은행 휴무일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="323"/>
        <source>Needs second approval</source>
        <translation>2차 승인 필요</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="324"/>
        <source>On hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="328"/>
        <source>Claimed</source>
        <translation>담당 지정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="329"/>
        <source>Claim released</source>
        <translation>담당 해제</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="331"/>
        <source>First approval (four eyes)</source>
        <translation>1차 승인(이중 확인)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="333"/>
        <source>More information requested</source>
        <translation>추가 정보 요청</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="334"/>
        <source>Document number revealed</source>
        <translation>서류 번호 열람</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="335"/>
        <source>Review settings changed</source>
        <translation>심사 설정 변경</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="355"/>
        <source>User deactivated</source>
        <translation>사용자 비활성화</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="356"/>
        <source>User reactivated</source>
        <translation>사용자 재활성화</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="357"/>
        <source>Staff member added</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="358"/>
        <source>Staff member deactivated</source>
        <translation>직원 비활성화</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="359"/>
        <source>Staff member reactivated</source>
        <translation>직원 재활성화</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="360"/>
        <source>Second factor reset</source>
        <translation>2단계 인증 초기화</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="361"/>
        <source>Account number revealed</source>
        <translation>계좌번호 열람</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="362"/>
        <source>BCH account set</source>
        <translation>BCH 계정 설정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="363"/>
        <source>Invoice created</source>
        <translation>청구서 생성</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="364"/>
        <source>Payment frozen by its settlement</source>
        <translation>정산으로 납부 고정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="365"/>
        <source>Credit from a BCH invoice</source>
        <translation>BCH 청구서 크레딧</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="366"/>
        <source>Credit taken back</source>
        <translation>크레딧 회수</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="367"/>
        <source>Service paused</source>
        <translation>서비스 일시 중지</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="368"/>
        <source>Withdrawn from the service</source>
        <translation>서비스 탈퇴</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="369"/>
        <source>Service resumed</source>
        <translation>서비스 재개</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="370"/>
        <source>Contract active</source>
        <translation>계약 활성</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="371"/>
        <source>Contract suspended</source>
        <translation>계약 정지</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="372"/>
        <source>Reminder sent</source>
        <translation>미납 안내</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="373"/>
        <source>Retry policy set</source>
        <translation>재출금 정책 설정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="374"/>
        <source>Contract terminated</source>
        <translation>계약 해지</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="375"/>
        <source>Manual credit asked</source>
        <translation>수동 크레딧 요청</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="376"/>
        <source>Manual credit approved</source>
        <translation>수동 크레딧 승인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="377"/>
        <source>Manual credit rejected</source>
        <translation>수동 크레딧 거절</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="378"/>
        <source>Manual credit written</source>
        <translation>수동 크레딧 기록</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="379"/>
        <source>Bank holiday added</source>
        <translation>은행 휴무일 추가</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="380"/>
        <source>Bank holiday withdrawn</source>
        <translation>은행 휴무일 철회</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="381"/>
        <source>Bank holiday restored</source>
        <translation>은행 휴무일 복원</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="387"/>
        <source>Retry at the next debit</source>
        <translation>다음 출금일에 재출금</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="390"/>
        <source>Follow up by hand</source>
        <translation>직접 확인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="391"/>
        <source>No code recorded</source>
        <translation>코드 없음</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="396"/>
        <source>retry of a failed debit</source>
        <translation>실패한 출금의 재출금</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="397"/>
        <source>contract suspended: not debited</source>
        <translation>계약 정지: 출금 안 함</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="398"/>
        <source>service paused</source>
        <translation>서비스 일시정지</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="399"/>
        <source>member withdrawn</source>
        <translation>회원 탈퇴</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="400"/>
        <source>account changed since the last debit</source>
        <translation>지난 출금 후 계좌 변경</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="401"/>
        <source>failed repeatedly</source>
        <translation>반복 실패</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="402"/>
        <source>month already settled</source>
        <translation>이번 달 처리 완료</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="429"/>
        <location filename="../models/Labels.cpp" line="437"/>
        <source>Headquarters</source>
        <translation>본사</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="430"/>
        <source>Regional admin</source>
        <translation>지역 관리자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="431"/>
        <source>Center manager</source>
        <translation>센터 관리자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="432"/>
        <source>KYC reviewer</source>
        <translation>KYC 심사자</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="433"/>
        <source>Auditor</source>
        <translation>감사인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="438"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="447"/>
        <source>Child</source>
        <translation>자녀</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="451"/>
        <source>KYC document</source>
        <translation>KYC 서류</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="452"/>
        <source>KYC settings</source>
        <translation>KYC 설정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="453"/>
        <source>BCH invoice</source>
        <translation>BCH 청구서</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="454"/>
        <source>BCH account</source>
        <translation>BCH 계정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="457"/>
        <source>Result file</source>
        <translation>결과 파일</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="205"/>
        <location filename="../models/Labels.cpp" line="458"/>
        <source>Credit</source>
        <translation>크레딧</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="628"/>
        <source>on time</source>
        <translation>기한 내</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="630"/>
        <source>due soon</source>
        <translation>기한 임박</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="632"/>
        <source>over SLA</source>
        <translation>SLA 초과</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="662"/>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="665"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="667"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="321"/>
        <source>New submission</source>
        <translation>신규 제출</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="142"/>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="143"/>
        <source>Result code</source>
        <translation>결과코드</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="144"/>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="145"/>
        <source>Imported</source>
        <translation>가져온 시각</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="146"/>
        <source>Fee rate (basis points)</source>
        <translation>수수료율(bp)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="264"/>
        <source>History of this payment</source>
        <translation>이 결제의 이력</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="265"/>
        <source>Result file lines</source>
        <translation>결과 파일 행</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="266"/>
        <source>History of this settlement</source>
        <translation>이 정산의 이력</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="336"/>
        <source>Marked paid by hand</source>
        <translation>수동 납부 처리</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="337"/>
        <source>Cancelled by hand</source>
        <translation>수동 취소</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="338"/>
        <source>Reconciled from a result file</source>
        <translation>결과 파일로 대사</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="339"/>
        <source>Settlement computed</source>
        <translation>정산 계산</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="340"/>
        <source>Settlement confirmed</source>
        <translation>정산 확정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="341"/>
        <source>Settlement paid out</source>
        <translation>정산 지급</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="342"/>
        <source>Settlement reopened</source>
        <translation>정산 재개</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="343"/>
        <source>Result file imported</source>
        <translation>결과 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="76"/>
        <source>Received</source>
        <translation>입금액</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="77"/>
        <source>Exception</source>
        <translation>예외</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="78"/>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="79"/>
        <source>Block height</source>
        <translation>블록 높이</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="80"/>
        <source>Address index</source>
        <translation>주소 인덱스</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="81"/>
        <source>Balance after</source>
        <translation>잔액</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="250"/>
        <source>On chain</source>
        <translation>블록체인</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="260"/>
        <source>Credits (BCH ledger)</source>
        <translation>크레딧(BCH 원장)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="344"/>
        <source>Seen on chain (unconfirmed)</source>
        <translation>블록체인에서 확인(미확정)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="345"/>
        <source>Confirmed on chain</source>
        <translation>블록체인에서 확정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="346"/>
        <source>Underpaid on chain</source>
        <translation>블록체인에서 부족 입금</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="347"/>
        <source>Paid after the expiry</source>
        <translation>기한 후 입금</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="348"/>
        <source>Taken back (left the chain)</source>
        <translation>취소 반영(체인에서 사라짐)</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="349"/>
        <source>Chain state updated</source>
        <translation>체인 상태 갱신</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="350"/>
        <source>Late payment accepted</source>
        <translation>기한 후 입금 인정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="351"/>
        <source>Marked for a refund</source>
        <translation>환불 대상으로 표시</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="353"/>
        <source>Settled by a BCH invoice</source>
        <translation>BCH 청구서로 정산</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="354"/>
        <source>BCH settlement taken back</source>
        <translation>BCH 정산 취소 반영</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="388"/>
        <source>Suspend the contract</source>
        <translation>계약 정지</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="389"/>
        <source>Suspend; ask for a new account</source>
        <translation>계약 정지, 새 계좌 요청</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="406"/>
        <source>Underpaid</source>
        <translation>부족 입금</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="407"/>
        <source>Overpaid</source>
        <translation>초과 입금</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="408"/>
        <source>Paid late</source>
        <translation>기한 후 입금</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="409"/>
        <source>Accepted</source>
        <translation>인정됨</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="410"/>
        <source>Refund due</source>
        <translation>환불 예정</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="423"/>
        <source>BCH invoice paid</source>
        <translation>BCH 청구서 입금</translation>
    </message>
    <message>
        <location filename="../models/Labels.cpp" line="424"/>
        <source>BCH payment taken back</source>
        <translation>BCH 입금 취소 반영</translation>
    </message>
</context>
<context>
    <name>pd::models::OrganizationListModel</name>
    <message>
        <location filename="../models/OrganizationListModel.cpp" line="72"/>
        <source>All organizations</source>
        <translation>모든 조직</translation>
    </message>
</context>
<context>
    <name>pd::models::PagedTableModel</name>
    <message>
        <location filename="../models/PagedTableModel.cpp" line="734"/>
        <source>%1 local time (%2 UTC)</source>
        <translation>현지 시각 %1 (UTC %2)</translation>
    </message>
    <message>
        <location filename="../models/PagedTableModel.cpp" line="739"/>
        <source>Changed by someone else: it no longer matches this list&apos;s filter and goes at the next refresh (F5).</source>
        <translation>다른 사람이 변경했습니다: 더 이상 이 목록의 필터에 맞지 않으며 다음 새로 고침(F5) 때 사라집니다.</translation>
    </message>
    <message>
        <location filename="../models/PagedTableModel.cpp" line="821"/>
        <source>Click to sort by %1 in the database</source>
        <translation>클릭하면 데이터베이스에서 %1 기준으로 정렬합니다</translation>
    </message>
</context>
<context>
    <name>pd::models::Reconciliation</name>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="378"/>
        <source>%1: unknown code (failed)</source>
        <translation>%1: 알 수 없는 코드 (실패)</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="406"/>
        <source>Exact</source>
        <translation>정확</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="408"/>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="410"/>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="412"/>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="423"/>
        <source>The member reference&apos;s check digit is wrong: a typo? Match by hand.</source>
        <translation>회원 참조번호의 검증 숫자가 틀립니다. 오타일 수 있으니 직접 대사하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReconciliationModel.cpp" line="426"/>
        <source>%n payment(s) of this amount are due within 3 days of the date: match by hand.</source>
        <translation>
            <numerusform>이 금액의 결제 %n건이 날짜 3일 이내에 예정되어 있습니다. 직접 대사하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="434"/>
        <source>provider id</source>
        <translation>거래번호</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="437"/>
        <source>member reference (check digit valid)</source>
        <translation>회원 참조번호(검증 숫자 일치)</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="439"/>
        <source>member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="442"/>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="445"/>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="448"/>
        <source>due date within 3 days</source>
        <translation>예정일 3일 이내</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="453"/>
        <source>amount %1 more</source>
        <translation>금액 %1 많음</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="454"/>
        <source>amount %1 less</source>
        <translation>금액 %1 적음</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReconciliationModel.cpp" line="458"/>
        <source>paid %n month(s) after the payment&apos;s month</source>
        <translation>
            <numerusform>결제 월보다 %n개월 늦게 납부</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReconciliationModel.cpp" line="459"/>
        <source>paid %n month(s) before the payment&apos;s month</source>
        <translation>
            <numerusform>결제 월보다 %n개월 먼저 납부</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="462"/>
        <source>member does not match</source>
        <translation>회원 불일치</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="464"/>
        <source>Same: %1</source>
        <translation>일치: %1</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="464"/>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="466"/>
        <source>differs: %1</source>
        <translation>차이: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReconciliationModel.cpp" line="470"/>
        <source>%n other payment(s) fit as well: not ticked, check before applying</source>
        <translation>
            <numerusform>똑같이 맞는 다른 결제 %n건: 선택하지 않았으니 반영 전에 확인하세요</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="480"/>
        <source>Provider id</source>
        <translation>거래번호</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="483"/>
        <source>Member and month</source>
        <translation>회원과 월</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="486"/>
        <source>Suggested</source>
        <translation>제안</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="489"/>
        <source>Partial payment: settle by hand</source>
        <translation>부분 납부: 수동 처리</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="492"/>
        <source>Several payments fit</source>
        <translation>여러 결제가 해당</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="495"/>
        <source>No payment fits</source>
        <translation>해당 결제 없음</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="498"/>
        <source>Applied by an earlier import</source>
        <translation>이전 가져오기에서 반영됨</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="501"/>
        <source>Repeated in this file</source>
        <translation>이 파일에서 중복</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="505"/>
        <source>overpaid %1</source>
        <translation>%1 초과 납부</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReconciliationModel.cpp" line="508"/>
        <source>late %n day(s)</source>
        <translation>
            <numerusform>%n일 지연</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::models::SpecimenDocuments</name>
    <message>
        <location filename="../models/SpecimenDocuments.cpp" line="49"/>
        <source>The folder %1 could not be created.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/SpecimenDocuments.cpp" line="56"/>
        <location filename="../models/SpecimenDocuments.cpp" line="72"/>
        <source>%1 could not be written.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>pd::models::StatementLinesModel</name>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="48"/>
        <source>Apply</source>
        <translation>반영</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="50"/>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="52"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="54"/>
        <source>Member / contract</source>
        <translation>회원 / 계약</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="56"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="58"/>
        <source>Provider id</source>
        <translation>거래번호</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="60"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="62"/>
        <source>Next step</source>
        <translation>다음 조치</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="64"/>
        <source>Match</source>
        <translation>대사</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="66"/>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="68"/>
        <source>Why</source>
        <translation>근거</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="70"/>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="116"/>
        <source>Taken when the line is applied, and written to the audit log.</source>
        <translation>이 줄을 적용할 때 실행되며 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../models/ReconciliationModel.cpp" line="154"/>
        <source>#%1 %2 · %3 · %4</source>
        <translation>#%1 %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>pd::ops::Operation</name>
    <message>
        <location filename="../core/Operations.cpp" line="170"/>
        <source>The request body is not valid JSON.</source>
        <translation>요청 본문이 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/Operations.cpp" line="174"/>
        <source>The request body is not in the expected shape.</source>
        <translation>요청 본문이 예상한 형식이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/Operations.cpp" line="235"/>
        <location filename="../core/Operations.cpp" line="992"/>
        <source>There is no list called %1.</source>
        <translation>%1(이)라는 목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/Operations.cpp" line="199"/>
        <source>The request body needs %1.</source>
        <translation>요청 본문에 %1 항목이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>pd::server::ApiServer</name>
    <message>
        <location filename="../server/ApiServer.cpp" line="356"/>
        <source>The user name or password is wrong.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../server/ApiServer.cpp" line="627"/>
        <source>Too many requests from %1 (more than %2 a minute); try again in %n seconds.</source>
        <translation>
            <numerusform>%1의 요청이 너무 많습니다(1분에 %2건 초과). %n초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="799"/>
        <source>Give a user name and a password.</source>
        <translation>사용자 이름과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="867"/>
        <source>A second factor is set up already; give its code to auth/mfa/verify.</source>
        <translation>2단계 인증이 이미 설정되어 있습니다. 그 코드를 auth/mfa/verify에 보내세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="901"/>
        <source>Give the sign-in&apos;s mfa_token and either a code or a recovery code.</source>
        <translation>로그인의 mfa_token과 함께 코드나 복구 코드 중 하나를 보내세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="906"/>
        <source>The code is too long.</source>
        <translation>코드가 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="929"/>
        <source>The code is wrong; check the time on the phone and type the code it shows now.</source>
        <translation>코드가 틀렸습니다. 휴대폰의 시간을 확인하고 지금 표시된 코드를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="932"/>
        <source>No second factor is being set up; sign in again.</source>
        <translation>설정 중인 2단계 인증이 없습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="955"/>
        <source>This recovery code is wrong or was used already.</source>
        <translation>이 복구 코드가 틀렸거나 이미 사용되었습니다.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="968"/>
        <source>This code was used already; wait for the next one (every 30 seconds).</source>
        <translation>이 코드는 이미 사용되었습니다. 다음 코드를 기다리세요(30초마다 바뀝니다).</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1016"/>
        <source>Give the refresh token.</source>
        <translation>갱신 토큰을 주세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1074"/>
        <source>This login hears no changes: it is not an active staff member.</source>
        <translation>이 로그인은 변경 알림을 받을 수 없습니다: 활성 직원이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1135"/>
        <source>Give one title per column (%1) or none.</source>
        <translation>열마다 제목을 하나씩(%1개) 주거나 하나도 주지 마세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1275"/>
        <location filename="../server/ApiServer.cpp" line="1323"/>
        <source>There is nothing at %1.</source>
        <translation>%1에는 아무것도 없습니다.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1345"/>
        <source>Sign in first.</source>
        <translation>먼저 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1357"/>
        <source>The role %1 may not do this.</source>
        <translation>%1 역할은 이 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1373"/>
        <source>Send the row version you saw as If-Match.</source>
        <translation>본 행의 버전을 If-Match로 보내세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="380"/>
        <source>Too many failed sign-ins; try again in %1 seconds.</source>
        <translation>로그인 실패가 너무 많습니다. %1초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="688"/>
        <source>This Idempotency-Key was used with another request body.</source>
        <translation>이 Idempotency-Key는 다른 요청 본문에 이미 사용되었습니다.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1515"/>
        <source>There is nothing here.</source>
        <translation>여기에는 아무것도 없습니다.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="618"/>
        <source>This session has ended (signed out, or the account was deactivated); sign in again.</source>
        <translation>이 세션은 끝났습니다(로그아웃했거나 계정이 비활성화됨). 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="636"/>
        <source>The server cannot act as %1 in the database; ask an administrator to check the staff login.</source>
        <translation>서버가 데이터베이스에서 %1(으)로 작업할 수 없습니다. 관리자에게 직원 로그인 확인을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="803"/>
        <source>The user name or password is too long.</source>
        <translation>사용자 이름 또는 비밀번호가 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1405"/>
        <source>An Idempotency-Key has at most 200 characters.</source>
        <translation>Idempotency-Key는 최대 200자입니다.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1422"/>
        <source>Too many sign-ins at once; try again in a few seconds.</source>
        <translation>동시에 너무 많은 로그인이 있습니다. 몇 초 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1394"/>
        <source>Text may not contain control characters (such as NUL); remove them from %1.</source>
        <translation>텍스트에는 제어 문자(NUL 등)를 넣을 수 없습니다. %1에서 제거하세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1331"/>
        <source>Send either Content-Length or Transfer-Encoding, not both.</source>
        <translation>Content-Length와 Transfer-Encoding 중 하나만 보내세요.</translation>
    </message>
    <message>
        <location filename="../server/ApiServer.cpp" line="1337"/>
        <source>The request body is larger than %1 kB.</source>
        <translation>요청 본문이 %1 kB보다 큽니다.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Auth</name>
    <message>
        <location filename="../core/sql/SqlAuth.cpp" line="19"/>
        <source>The session has ended; sign in again.</source>
        <translation>세션이 끝났습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlAuth.cpp" line="40"/>
        <location filename="../core/sql/SqlAuth.cpp" line="66"/>
        <source>There is no staff member &quot;%1&quot;.</source>
        <translation>직원 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlAuth.cpp" line="170"/>
        <source>This sign-in was already used; every session of %1 has been ended. Sign in again.</source>
        <translation>이 로그인 정보는 이미 사용되었습니다. %1의 모든 세션을 종료했습니다. 다시 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Bulk</name>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="26"/>
        <source>it is %1; this needs %2</source>
        <translation>%1 상태입니다. 이 작업에는 %2 상태가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="81"/>
        <source>it is not claimed</source>
        <translation>담당자가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="82"/>
        <source>the claim of %1 has lapsed</source>
        <translation>%1의 담당이 만료되었습니다</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="138"/>
        <source>KYC document #%1 has no live claim any more; nothing was released.</source>
        <translation>KYC 서류 #%1에 유효한 담당이 더 이상 없어 해제할 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="143"/>
        <source>Unknown bulk action.</source>
        <translation>알 수 없는 일괄 작업입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="151"/>
        <source>Select the rows to change first.</source>
        <translation>먼저 변경할 행을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="154"/>
        <source>At most %1 rows are checked at a time; the console sends more in parts.</source>
        <translation>한 번에 최대 %1행까지 확인합니다. 콘솔은 더 많은 행을 나누어 보냅니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="217"/>
        <source>Choose the reviewer to assign the documents to.</source>
        <translation>서류를 배정할 심사자를 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="196"/>
        <source>not found (or not visible to you)</source>
        <translation>찾을 수 없음(또는 볼 권한 없음)</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="206"/>
        <source>There is nothing to apply: no selected row can be changed.</source>
        <translation>적용할 것이 없습니다. 선택한 행 중 변경할 수 있는 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBulk.cpp" line="209"/>
        <source>At most %1 rows are applied at a time; the console sends more in parts.</source>
        <translation>한 번에 최대 %1행까지 적용합니다. 콘솔은 더 많은 행을 나누어 보냅니다.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Chain</name>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="68"/>
        <source>Invoice #%1 does not exist any more.</source>
        <translation>청구서 #%1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="136"/>
        <location filename="../core/sql/SqlChain.cpp" line="365"/>
        <source>Invoice #%1</source>
        <translation>청구서 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="220"/>
        <source>The new credit&apos;s id did not come back.</source>
        <translation>새 크레딧의 ID가 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="296"/>
        <source>Some of the invoices to check do not exist.</source>
        <translation>점검할 청구서 중 일부가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="369"/>
        <source>Invoice #%1 has no undecided late payment.</source>
        <translation>청구서 #%1에는 결정할 기한 후 입금이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="379"/>
        <source>Invoice #%1 received %2 of %3 BCH; only a full payment is accepted. Ask for the rest or mark it for a refund.</source>
        <translation>청구서 #%1은(는) %3 BCH 중 %2만 입금되었습니다. 전액 입금만 인정됩니다. 잔액을 요청하거나 환불 대상으로 표시하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="402"/>
        <source>No Electrum server is set up for checking invoices on chain. Add one in BCH settings on the invoices page (for example ssl://electrum.example.org:50002).</source>
        <translation>블록체인에서 청구서를 점검할 Electrum 서버가 설정되어 있지 않습니다. 청구서 화면의 BCH 설정에서 추가하세요(예: ssl://electrum.example.org:50002).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="428"/>
        <source>The Electrum servers did not answer within %1 seconds; nothing was changed.</source>
        <translation>Electrum 서버가 %1초 안에 응답하지 않아 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="526"/>
        <source>The chain watcher settles every center&apos;s invoices and payments, so it runs as a headquarters login (hq_admin) or the database owner; %1 is %2. Create a headquarters login for it (paydesk admin add-staff --role hq_admin) and use that.</source>
        <translation>체인 감시기는 모든 센터의 청구서와 납부를 정산하므로 본사 로그인(hq_admin)이나 데이터베이스 소유자로 실행해야 합니다. %1은(는) %2입니다. 감시기용 본사 로그인을 만들어(paydesk admin add-staff --role hq_admin) 그 로그인으로 실행하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlChain.cpp" line="529"/>
        <source>not a staff login</source>
        <translation>직원 로그인이 아님</translation>
    </message>
</context>
<context>
    <name>pd::sql::Collections</name>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="26"/>
        <source>The bank holidays are read for a range of dates of at most ten years, its first day before its last.</source>
        <translation>은행 휴무일은 시작일이 종료일보다 앞서는 최대 10년의 기간으로 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="45"/>
        <source>reading the bank holidays</source>
        <translation>은행 휴무일 읽기</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="58"/>
        <source>That bank holiday does not exist.</source>
        <translation>그 은행 휴무일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="65"/>
        <source>Give the day of the bank holiday as a date (YYYY-MM-DD).</source>
        <translation>은행 휴무일을 날짜(YYYY-MM-DD)로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="68"/>
        <source>%1 is a Saturday or a Sunday: no debits go out on it anyway. Bank holidays are weekdays.</source>
        <translation>%1은(는) 토요일이나 일요일이라 원래 출금이 없습니다. 은행 휴무일은 평일만 등록합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="74"/>
        <source>Name the bank holiday (at most 100 characters), for example &quot;임시공휴일 / Temporary holiday&quot;.</source>
        <translation>은행 휴무일의 이름을 100자 이내로 쓰세요(예: &quot;임시공휴일 / Temporary holiday&quot;).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="90"/>
        <source>%1 is a bank holiday already (%2).</source>
        <translation>%1은(는) 이미 은행 휴무일입니다(%2).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="92"/>
        <source>%1 was withdrawn as a bank holiday (%2); restore that row instead of adding the day again.</source>
        <translation>%1은(는) 은행 휴무일에서 철회되었습니다(%2). 다시 추가하지 말고 그 행을 복원하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="115"/>
        <source>The new bank holiday&apos;s id did not come back.</source>
        <translation>새 은행 휴무일의 ID를 받지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="142"/>
        <source>%1 is a bank holiday already.</source>
        <translation>%1은(는) 이미 은행 휴무일입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlCollections.cpp" line="143"/>
        <source>%1 is withdrawn already.</source>
        <translation>%1은(는) 이미 철회되었습니다.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Details</name>
    <message>
        <location filename="../core/sql/SqlDetails.cpp" line="54"/>
        <source>The row is gone; someone may have deleted it. Refresh the list.</source>
        <translation>행이 없습니다. 누군가 삭제했을 수 있습니다. 목록을 새로 고치세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlDetails.cpp" line="972"/>
        <source>Unknown area.</source>
        <translation>알 수 없는 영역입니다.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Invoices</name>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="95"/>
        <source>This extended public key is at depth %1; Paydesk needs the account key (depth 3, m/44&apos;/145&apos;/0&apos;). Export the account&apos;s xpub from the wallet.</source>
        <translation>이 확장 공개키의 깊이는 %1입니다. Paydesk에는 계정 키(깊이 3, m/44&apos;/145&apos;/0&apos;)가 필요합니다. 지갑에서 계정 xpub을 내보내 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="101"/>
        <source>A tpub key belongs to testnet or regtest, not to mainnet.</source>
        <translation>tpub 키는 메인넷이 아니라 테스트넷이나 regtest용입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="102"/>
        <source>An xpub key belongs to mainnet, not to testnet or regtest.</source>
        <translation>xpub 키는 테스트넷이나 regtest가 아니라 메인넷용입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="104"/>
        <source>BCH account</source>
        <translation>BCH 계정</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="138"/>
        <source>The account was not stored.</source>
        <translation>계정이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="160"/>
        <source>The amount must be more than zero.</source>
        <translation>금액은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="163"/>
        <source>An invoice can ask for at most 99.99999999 BCH.</source>
        <translation>청구서 금액은 최대 99.99999999 BCH입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="166"/>
        <source>The description is longer than 500 characters; shorten it.</source>
        <translation>설명이 500자를 넘습니다. 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="170"/>
        <source>The expiry must be in the future.</source>
        <translation>만료 시각은 미래여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="173"/>
        <source>The expiry may be at most one year ahead.</source>
        <translation>만료 시각은 최대 1년 뒤까지입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="187"/>
        <source>There is no member with id %1; choose the member again.</source>
        <translation>ID %1인 회원이 없습니다. 회원을 다시 선택해 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="241"/>
        <source>The new invoice&apos;s id did not come back.</source>
        <translation>새 청구서의 ID를 받지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="256"/>
        <source>No valid address could be derived.</source>
        <translation>올바른 주소를 유도할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="266"/>
        <source>A transaction hash is 64 hexadecimal digits (0-9, a-f); check it.</source>
        <translation>트랜잭션 해시는 16진수 64자리(0-9, a-f)입니다. 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="269"/>
        <location filename="../core/sql/SqlInvoices.cpp" line="335"/>
        <source>Enter the transaction hash (64 hexadecimal digits) of the payment.</source>
        <translation>결제의 트랜잭션 해시(16진수 64자리)를 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="272"/>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation>사유를 입력하세요. 사유는 이름과 함께 감사 로그에 남습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="275"/>
        <source>The reason is longer than 500 characters; shorten it.</source>
        <translation>사유가 500자를 넘습니다. 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="288"/>
        <source>Invoice #%1 does not exist any more.</source>
        <translation>청구서 #%1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="297"/>
        <source>Invoice #%1 was changed by %2 at %3 (it is now %4). Nothing was changed; look at it again and decide.</source>
        <translation>청구서 #%1은(는) %3에 %2님이 변경했습니다(현재 %4). 아무것도 바뀌지 않았습니다. 다시 확인하고 결정해 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="300"/>
        <location filename="../core/sql/SqlInvoices.cpp" line="361"/>
        <source>someone</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="303"/>
        <source>an unknown time</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="329"/>
        <source>Invoice #%1 is %2, so it cannot be marked %3.</source>
        <translation>청구서 #%1은(는) %2 상태이므로 %3(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="358"/>
        <source>Invoice #%1 was changed by %2 at the same moment. Nothing was changed; look at it again and decide.</source>
        <translation>청구서 #%1을(를) 같은 순간에 %2님이 변경했습니다. 아무것도 바뀌지 않았습니다. 다시 확인하고 결정해 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="379"/>
        <location filename="../core/sql/SqlInvoices.cpp" line="382"/>
        <source>A sheet holds 1 to 20,000 invoices.</source>
        <translation>한 시트에는 청구서 1~20,000장을 담을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="409"/>
        <source>&quot;%1&quot; is not an invoice status; use one of %2.</source>
        <translation>&quot;%1&quot;은(는) 청구서 상태가 아닙니다. %2 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="422"/>
        <source>There is no organisation with the code &quot;%1&quot;.</source>
        <translation>코드가 &quot;%1&quot;인 조직이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlInvoices.cpp" line="202"/>
        <source>No BCH account is set up. Open BCH settings on the invoices page and enter the organisation&apos;s account xpub first.</source>
        <translation>BCH 계정이 설정되어 있지 않습니다. 청구서 화면의 BCH 설정에서 조직의 계정 xpub을 먼저 입력해 주세요.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Kyc</name>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="44"/>
        <source>an unknown time</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="77"/>
        <source>Your role (%1) may not review KYC documents; ask a KYC reviewer or headquarters.</source>
        <translation>현재 역할(%1)로는 KYC 서류를 심사할 수 없습니다. KYC 심사역이나 본사에 요청하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="155"/>
        <source>KYC document #%1 does not exist any more.</source>
        <translation>KYC 서류 #%1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="162"/>
        <source>KYC document #%1 was already decided by %2 at %3 (%4). Nothing was changed.</source>
        <translation>KYC 서류 #%1은(는) 이미 %2이(가) %3에 결정했습니다(%4). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="164"/>
        <location filename="../core/sql/SqlKyc.cpp" line="245"/>
        <location filename="../core/sql/SqlKyc.cpp" line="631"/>
        <source>someone</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="170"/>
        <source>KYC document #%1 is claimed by %2 until %3. Pick another document, or ask %2 or headquarters to release it.</source>
        <translation>KYC 서류 #%1은(는) %3까지 %2이(가) 담당합니다. 다른 서류를 고르거나 %2 또는 본사에 해제를 요청하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="179"/>
        <source>KYC document #%1 is on hold (%2, by %3); resume it before reviewing it.</source>
        <translation>KYC 서류 #%1은(는) 보류 중입니다(%2, %3). 심사하려면 먼저 재개하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="220"/>
        <source>A claim lasts 1 to 1,440 minutes (one day).</source>
        <translation>담당 시간은 1분에서 1,440분(하루)까지입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="223"/>
        <source>The time to a decision is 1 to 720 hours (30 days).</source>
        <translation>결정 기한은 1시간에서 720시간(30일)까지입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="226"/>
        <source>The four-eyes risk threshold is a score from 0.00 to 9.99.</source>
        <translation>이중 승인 위험 기준은 0.00에서 9.99 사이의 점수입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="234"/>
        <source>Only headquarters may change the review settings.</source>
        <translation>심사 설정은 본사만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="243"/>
        <source>The review settings were changed by %1 at %2. Nothing was changed; look at them again.</source>
        <translation>%1이(가) %2에 심사 설정을 바꿨습니다. 아무것도 바뀌지 않았으니 다시 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="413"/>
        <source>KYC document #%1 is claimed by %2; only %2 or headquarters may release it.</source>
        <translation>KYC 서류 #%1은(는) %2이(가) 담당합니다. %2 또는 본사만 해제할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="437"/>
        <source>Away until %1 is in the past; choose today or a later day.</source>
        <translation>부재 종료일 %1은(는) 지난 날짜입니다. 오늘이나 그 이후 날짜를 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="441"/>
        <source>The reason is longer than 500 characters; shorten it.</source>
        <translation>사유가 500자를 넘습니다. 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="463"/>
        <source>Only an active staff login can be away.</source>
        <translation>활성 직원 로그인만 부재로 설정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="494"/>
        <source>Only headquarters assigns KYC documents.</source>
        <translation>KYC 서류는 본사만 배정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="505"/>
        <source>%1 is not an active KYC reviewer; choose one.</source>
        <translation>%1은(는) 활성 KYC 심사자가 아닙니다. 심사자를 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="510"/>
        <source>%1 is away until %2; choose another reviewer.</source>
        <translation>%1은(는) %2까지 부재입니다. 다른 심사자를 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="563"/>
        <source>Claim KYC document #%1 before putting it on hold.</source>
        <translation>보류하기 전에 KYC 서류 #%1을(를) 담당으로 가져오세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="567"/>
        <source>KYC document #%1 is not on hold.</source>
        <translation>KYC 서류 #%1은(는) 보류 중이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="595"/>
        <source>The note is longer than 1,000 characters; shorten it.</source>
        <translation>메모가 1,000자보다 깁니다. 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="598"/>
        <source>Choose the reason for the rejection from the list.</source>
        <translation>목록에서 반려 사유를 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="601"/>
        <source>With the reason &quot;other&quot;, write what is wrong in the note.</source>
        <translation>사유가 &quot;기타&quot;이면 무엇이 문제인지 메모에 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="604"/>
        <source>Write the message for the customer: what to send and why.</source>
        <translation>고객에게 보낼 메시지를 쓰세요: 무엇을 왜 보내야 하는지.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="628"/>
        <source>KYC document #%1 was changed by %2 at %3 since you opened it. Nothing was changed; look at it again and decide.</source>
        <translation>KYC 서류 #%1을(를) 연 뒤 %2이(가) %3에 바꿨습니다. 아무것도 바뀌지 않았으니 다시 보고 결정하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sql/SqlKyc.cpp" line="644"/>
        <source>Claim KYC document #%1 before deciding it (claims end after %n minute(s)).</source>
        <translation>
            <numerusform>결정하기 전에 KYC 서류 #%1을(를) 담당하세요(담당은 %n분 뒤 끝납니다).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="654"/>
        <source>KYC document #%1 expired on %2, so it cannot be approved. Reject it with the reason &quot;Document expired&quot;, or ask the customer for a valid one.</source>
        <translation>KYC 서류 #%1은(는) %2에 만료되어 승인할 수 없습니다. &quot;서류 만료&quot; 사유로 반려하거나 고객에게 유효한 서류를 요청하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="662"/>
        <source>You gave the first approval of this high-risk document at %1; a second, different reviewer must approve it.</source>
        <translation>이 고위험 서류의 1차 승인은 %1에 본인이 했습니다. 다른 심사역이 2차 승인을 해야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="679"/>
        <source>KYC document #%1 was changed at the same moment. Nothing was changed.</source>
        <translation>KYC 서류 #%1이(가) 같은 순간에 변경되었습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="764"/>
        <source>KYC document #%1 was decided by someone else at the same moment. Nothing was changed.</source>
        <translation>KYC 서류 #%1을(를) 같은 순간에 다른 사람이 결정했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlKyc.cpp" line="830"/>
        <source>Choose a period of one day to one year.</source>
        <translation>하루에서 1년 사이의 기간을 고르세요.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Lists</name>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="963"/>
        <source>Unknown filter &quot;%1&quot; for %2; the filters here are: %3.</source>
        <translation>%2에 없는 필터 &quot;%1&quot;입니다. 쓸 수 있는 필터: %3.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="968"/>
        <source>Filter &quot;%1&quot;: %2</source>
        <translation>필터 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="979"/>
        <source>the search text is longer than 200 characters.</source>
        <translation>검색어가 200자를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="983"/>
        <source>the search text contains control characters (tabs, line breaks); remove them.</source>
        <translation>검색어에 제어 문자(탭, 줄바꿈)가 있습니다. 지워 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="991"/>
        <location filename="../core/sql/SqlLists.cpp" line="1041"/>
        <source>the value is longer than 100 characters.</source>
        <translation>값이 100자를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="999"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot;은(는) 정수가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1006"/>
        <source>&quot;%1&quot; is not a status here; use one of %2.</source>
        <translation>&quot;%1&quot;은(는) 여기서 쓸 수 있는 상태가 아닙니다. 다음 중 하나를 쓰세요: %2.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1030"/>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>&quot;%1&quot;은(는) %2 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1051"/>
        <source>&quot;%1&quot; is not a payment method; use cms, card, bch or manual.</source>
        <translation>&quot;%1&quot;은(는) 결제수단이 아닙니다. cms, card, bch, manual 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1059"/>
        <source>&quot;%1&quot; is not a month; write YYYY-MM, for example 2025-03.</source>
        <translation>&quot;%1&quot;은(는) 월 형식이 아닙니다. YYYY-MM 형식으로 쓰세요(예: 2025-03).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1067"/>
        <source>&quot;%1&quot; is not an organization id.</source>
        <translation>&quot;%1&quot;은(는) 조직 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1076"/>
        <source>&quot;%1&quot; is not a date and time; write ISO 8601 in UTC, for example 2025-03-01T00:00:00Z.</source>
        <translation>&quot;%1&quot;은(는) 날짜와 시각이 아닙니다. UTC 기준 ISO 8601 형식으로 쓰세요(예: 2025-03-01T00:00:00Z).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1086"/>
        <source>write true or false.</source>
        <translation>true 또는 false로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1094"/>
        <source>&quot;%1&quot; is not a two-letter country code such as KR.</source>
        <translation>&quot;%1&quot;은(는) KR 같은 두 글자 국가 코드가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1104"/>
        <source>a risk score is given in hundredths from 0 to 999 (2.50 is 250).</source>
        <translation>위험 점수는 0부터 999까지 1/100 단위로 씁니다(2.50은 250).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1121"/>
        <source>use one of the bands 1-7, 8-30, 31-60, 61+.</source>
        <translation>1-7, 8-30, 31-60, 61+ 구간 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1133"/>
        <source>use one of open, new, resubmitted, second_approval, on_hold.</source>
        <translation>open, new, resubmitted, second_approval, on_hold 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1159"/>
        <source>name at most %1 rows.</source>
        <translation>최대 %1개 행만 지정하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1168"/>
        <source>&quot;%1&quot; is not a row id; give ids as 12,40,77.</source>
        <translation>&quot;%1&quot;은(는) 행 ID가 아닙니다. 12,40,77 형식으로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1186"/>
        <source>Filter &quot;as_of&quot;: &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>필터 &quot;as_of&quot;: &quot;%1&quot;은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1261"/>
        <source>Filter &quot;day&quot;: &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>필터 &quot;day&quot;: &quot;%1&quot;은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1312"/>
        <source>Cannot sort %1 by &quot;%2&quot;: there is no such column.</source>
        <translation>%1을(를) &quot;%2&quot;(으)로 정렬할 수 없습니다. 그런 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1600"/>
        <source>A page holds 1 to 1000 rows.</source>
        <translation>한 페이지에는 1부터 1000개의 행을 담을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1534"/>
        <location filename="../core/sql/SqlLists.cpp" line="1620"/>
        <source>The page cursor does not belong to this list and sort order; start from the first page.</source>
        <translation>페이지 커서가 이 목록과 정렬 순서에 맞지 않습니다. 첫 페이지부터 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1653"/>
        <location filename="../core/sql/SqlLists.cpp" line="1838"/>
        <location filename="../core/sql/SqlLists.cpp" line="1857"/>
        <source>reading rows</source>
        <translation>행을 읽는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1806"/>
        <source>Stopped after %1 rows.</source>
        <translation>%1개 행에서 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1148"/>
        <source>use one of unclaimed, claimed, mine, others.</source>
        <translation>unclaimed, claimed, mine, others 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1752"/>
        <source>%1 has no totals.</source>
        <translation>%1에는 합계가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1779"/>
        <source>adding up the rows</source>
        <translation>합계를 내는 중</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlLists.cpp" line="1015"/>
        <source>&quot;%1&quot; is not an invoice exception; use underpaid, overpaid, paid_late or any.</source>
        <translation>&quot;%1&quot;은(는) 청구서 예외가 아닙니다. underpaid, overpaid, paid_late, any 중 하나를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Members</name>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="96"/>
        <source>The e-mail address %1 belongs to user #%2 already; each user has their own.</source>
        <translation>이메일 주소 %1은(는) 이미 사용자 #%2의 것입니다. 사용자마다 각자의 주소가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="99"/>
        <source>The phone number %1 belongs to user #%2 already; each user has their own.</source>
        <translation>전화번호 %1은(는) 이미 사용자 #%2의 것입니다. 사용자마다 각자의 번호가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="114"/>
        <source>There is no organisation #%1 (or it is not in your part of the tree); choose another institution.</source>
        <translation>조직 #%1이(가) 없거나 담당 범위 밖에 있습니다. 다른 기관을 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="119"/>
        <source>%1 is not an institution; a member belongs to an institution (a kindergarten, a school).</source>
        <translation>%1은(는) 기관이 아닙니다. 회원은 기관(어린이집, 학교)에 속합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="125"/>
        <source>%1 is closed and takes no new members.</source>
        <translation>%1은(는) 폐쇄되어 새 회원을 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="61"/>
        <source>The new child&apos;s id did not come back.</source>
        <translation>새 자녀의 ID가 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="142"/>
        <source>The e-mail address %1 belongs to another user already, outside your part of the tree; each user has their own.</source>
        <translation>이메일 주소 %1은(는) 이미 담당 범위 밖의 다른 사용자의 것입니다. 사용자마다 각자의 주소가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="145"/>
        <source>The phone number %1 belongs to another user already, outside your part of the tree; each user has their own.</source>
        <translation>전화번호 %1은(는) 이미 담당 범위 밖의 다른 사용자의 것입니다. 사용자마다 각자의 번호가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="162"/>
        <source>The enrolment date %1 is not possible; give a date from 2000 to a year from today.</source>
        <translation>등록일 %1은(는) 불가능합니다. 2000년부터 오늘로부터 1년 뒤 사이의 날짜를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="168"/>
        <source>&quot;%1&quot; is not a country code; write the two capital letters, such as KR or US.</source>
        <translation>&quot;%1&quot;은(는) 국가 코드가 아닙니다. KR이나 US처럼 영문 대문자 두 글자로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="203"/>
        <source>Organisation #%1 is not in your part of the tree; you enrol members only into the institutions you look after.</source>
        <translation>조직 #%1은(는) 담당 범위 밖입니다. 담당하는 기관에만 회원을 등록할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="211"/>
        <source>The new user&apos;s id did not come back.</source>
        <translation>새 사용자의 ID가 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="232"/>
        <source>The new member&apos;s id did not come back.</source>
        <translation>새 회원의 ID가 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="267"/>
        <source>Member #%1 does not exist (or is not in your part of the tree).</source>
        <translation>회원 #%1이(가) 없거나 담당 범위 밖에 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="273"/>
        <source>Member #%1 has withdrawn; enrol them again (resume the service) before adding a child.</source>
        <translation>회원 #%1은(는) 탈퇴했습니다. 자녀를 추가하려면 먼저 다시 등록(서비스 재개)하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="290"/>
        <source>Child #%1</source>
        <translation>자녀 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="299"/>
        <location filename="../core/sql/SqlMembers.cpp" line="520"/>
        <source>%1 does not exist any more.</source>
        <translation>%1은(는) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="323"/>
        <source>Nothing changed: %1 is stored like this already.</source>
        <translation>바뀐 것이 없습니다. %1은(는) 이미 이렇게 저장되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="386"/>
        <source>No field key is set up here, so an account number cannot be stored (it is kept only encrypted). Set the key file under Settings, security/fieldKeyFile, or on paydesk-server with --field-key.</source>
        <translation>이곳에는 필드 키가 설정되어 있지 않아 계좌번호를 저장할 수 없습니다(계좌번호는 암호화해서만 보관합니다). 설정의 security/fieldKeyFile에 키 파일을 지정하거나 paydesk-server에 --field-key를 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="393"/>
        <source>The field key cannot be read, so the account number cannot be stored: %1</source>
        <translation>필드 키를 읽을 수 없어 계좌번호를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="429"/>
        <source>Member #%1</source>
        <translation>회원 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="436"/>
        <source>%1 does not exist (or is not in your part of the tree).</source>
        <translation>%1이(가) 없거나 담당 범위 밖에 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="444"/>
        <source>%1 has withdrawn; enrol them again before registering a contract.</source>
        <translation>%1은(는) 탈퇴했습니다. 계약을 등록하려면 먼저 다시 등록하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="449"/>
        <source>%1 has contract %2 (%3) already; change its terms, or terminate it first.</source>
        <translation>%1에게는 이미 계약 %2(%3)이(가) 있습니다. 조건을 변경하거나 먼저 해지하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="483"/>
        <source>The contract&apos;s id did not come back.</source>
        <translation>계약의 ID가 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="512"/>
        <source>Auto-debit contract #%1</source>
        <translation>자동이체 계약 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="531"/>
        <source>%1 is terminated; its terms do not change. Register a new contract.</source>
        <translation>%1은(는) 해지되어 조건을 바꿀 수 없습니다. 새 계약을 등록하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMembers.cpp" line="551"/>
        <source>Nothing changed: %1 has these terms already.</source>
        <translation>바뀐 것이 없습니다. %1은(는) 이미 이 조건입니다.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Mfa</name>
    <message>
        <location filename="../core/sql/SqlMfa.cpp" line="20"/>
        <source>Second factors are kept by paydesk-server, in PostgreSQL.</source>
        <translation>2단계 인증 정보는 paydesk-server가 PostgreSQL에 보관합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMfa.cpp" line="95"/>
        <source>This sign-in has expired or was used up by wrong codes; sign in again.</source>
        <translation>이 로그인은 만료되었거나 틀린 코드로 모두 소진되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMfa.cpp" line="146"/>
        <source>A second factor is set up already; headquarters can reset it if the phone is lost.</source>
        <translation>2단계 인증이 이미 설정되어 있습니다. 휴대폰을 잃어버렸다면 본부에서 초기화할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlMfa.cpp" line="229"/>
        <source>There is no staff member &quot;%1&quot;.</source>
        <translation>직원 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Organizations</name>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="51"/>
        <source>headquarters</source>
        <translation>본사</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="54"/>
        <source>a region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="57"/>
        <source>a center</source>
        <translation>센터</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="59"/>
        <source>an institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="69"/>
        <source>&quot;%1&quot; is not an organisation code; use 1 to 32 capital letters, digits and &quot;-&quot;, such as I-SEOUL1-11.</source>
        <translation>&quot;%1&quot;은(는) 조직 코드가 아닙니다. 영문 대문자, 숫자, &quot;-&quot;로 1~32자를 쓰세요(예: I-SEOUL1-11).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="76"/>
        <source>Enter the organisation&apos;s name: 1 to 200 characters.</source>
        <translation>조직 이름을 입력하세요(1~200자).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="85"/>
        <source>There is no organisation #%1 to put it under.</source>
        <translation>아래에 둘 조직 #%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="94"/>
        <source>%1 is an institution; nothing goes below an institution. Choose its center.</source>
        <translation>%1은(는) 기관입니다. 기관 아래에는 아무것도 둘 수 없습니다. 소속 센터를 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="101"/>
        <source>%1 is closed; reopen it before adding organisations below it.</source>
        <translation>%1은(는) 폐쇄되었습니다. 아래에 조직을 추가하려면 먼저 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="108"/>
        <source>The code %1 belongs to %2 already; each organisation has its own.</source>
        <translation>코드 %1은(는) 이미 %2의 것입니다. 조직마다 고유한 코드가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="122"/>
        <source>The new organisation&apos;s id did not come back.</source>
        <translation>새 조직의 ID가 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="129"/>
        <source>The tree is too deep here to add another level.</source>
        <translation>여기서는 조직 트리가 너무 깊어 한 단계를 더 추가할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="153"/>
        <source>Organisation #%1</source>
        <translation>조직 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="156"/>
        <source>%1 does not exist any more.</source>
        <translation>%1은(는) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="166"/>
        <source>Headquarters, the root of the tree, does not move.</source>
        <translation>트리의 뿌리인 본사는 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="170"/>
        <source>There is no organisation #%1 to move it under.</source>
        <translation>옮겨 갈 조직 #%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="177"/>
        <source>%1 is under %2 already.</source>
        <translation>%1은(는) 이미 %2 아래에 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="181"/>
        <source>%1 cannot move under itself or below it.</source>
        <translation>%1은(는) 자기 자신이나 그 아래로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="185"/>
        <source>%1 is %2; it goes under %3, and %4 is %5.</source>
        <translation>%1은(는) %2(이)라 %3 아래에 두어야 하는데, %4은(는) %5입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="194"/>
        <source>%1 is closed and takes nothing new; reopen it first.</source>
        <translation>%1은(는) 폐쇄되어 새로 받지 않습니다. 먼저 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="272"/>
        <source>Give the first month of the rate as YYYY-MM, such as 2027-01.</source>
        <translation>요율이 적용되는 첫 달을 YYYY-MM 형식으로 입력하세요(예: 2027-01).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="276"/>
        <source>A fee rate is 0 to 10,000 basis points (250 is 2.5 %).</source>
        <translation>수수료율은 0~10,000bp입니다(250은 2.5%).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="286"/>
        <location filename="../core/sql/SqlOrganizations.cpp" line="349"/>
        <location filename="../core/sql/SqlOrganizations.cpp" line="380"/>
        <source>Organisation #%1 does not exist.</source>
        <translation>조직 #%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="292"/>
        <source>%1 is an institution; fee rates are set for centers (or a region or headquarters for all centers below).</source>
        <translation>%1은(는) 기관입니다. 수수료율은 센터에(또는 아래 모든 센터를 위해 지역이나 본사에) 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="309"/>
        <source>A settlement for %1 below %2 is confirmed already; a new rate starts in a later month.</source>
        <translation>%2 아래의 %1 정산이 이미 확정되었습니다. 새 요율은 그 이후 달부터 적용하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="358"/>
        <source>A failed debit is retried 0 to 5 times; give a number in that range.</source>
        <translation>실패한 출금은 0~5회 재출금합니다. 이 범위의 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="362"/>
        <source>Retries are 1 to 10 banking days apart; give a number in that range.</source>
        <translation>재출금 간격은 1~10 영업일입니다. 이 범위의 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlOrganizations.cpp" line="366"/>
        <source>%1 retries %2 banking days apart end %3 banking days after the debit; the last retry must come within 15, before the next month&apos;s debit. Give fewer retries or a shorter interval.</source>
        <translation>%2 영업일 간격으로 %1회 재출금하면 출금일 후 %3 영업일에 끝납니다. 마지막 재출금은 다음 달 출금 전인 15 영업일 안에 있어야 합니다. 횟수를 줄이거나 간격을 좁히세요.</translation>
    </message>
</context>
<context>
    <name>pd::sql::ServerState</name>
    <message>
        <location filename="../core/sql/SqlServerState.cpp" line="22"/>
        <source>paydesk-server keeps its state in PostgreSQL.</source>
        <translation>paydesk-server는 상태를 PostgreSQL에 보관합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlServerState.cpp" line="153"/>
        <source>The request with this Idempotency-Key was changed at the same moment; send it again.</source>
        <translation>이 Idempotency-Key의 요청이 같은 순간에 변경되었습니다. 다시 보내세요.</translation>
    </message>
</context>
<context>
    <name>pd::sql::SqlBackend</name>
    <message>
        <location filename="../core/sql/SqlBackend.cpp" line="111"/>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlBackend.cpp" line="439"/>
        <source>This database cannot do %1.</source>
        <translation>이 데이터베이스에서는 %1 작업을 할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Staff</name>
    <message>
        <location filename="../core/sql/SqlSecurity.cpp" line="24"/>
        <source>A SQLite file has no login roles: whoever opens the file owns it. Staff accounts exist on PostgreSQL.</source>
        <translation>SQLite 파일에는 로그인 역할이 없습니다. 파일을 여는 사람이 소유자입니다. 직원 계정은 PostgreSQL에만 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSecurity.cpp" line="83"/>
        <source>This member has no auto-debit contract.</source>
        <translation>이 회원에게는 자동이체 계약이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSecurity.cpp" line="90"/>
        <source>No account number is stored for contract %1; only the last four digits are known.</source>
        <translation>계약 %1에는 계좌번호가 저장되어 있지 않습니다. 마지막 네 자리만 알 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlSecurity.cpp" line="58"/>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation>사유를 입력하세요. 사유는 이름과 함께 감사 로그에 남습니다.</translation>
    </message>
</context>
<context>
    <name>pd::sql::StaffAdmin</name>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="34"/>
        <source>%1 does not exist any more.</source>
        <translation>%1은(는) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="51"/>
        <source>There is no open organisation #%1; choose where the staff member works.</source>
        <translation>운영 중인 조직 #%1이(가) 없습니다. 직원이 일하는 곳을 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="67"/>
        <location filename="../core/sql/SqlStaff.cpp" line="151"/>
        <source>The name is longer than 100 characters; shorten it.</source>
        <translation>이름이 100자를 넘습니다. 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="71"/>
        <location filename="../core/sql/SqlStaff.cpp" line="215"/>
        <source>The server password</source>
        <translation>서버 비밀번호</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="79"/>
        <source>A SQLite file has no logins, so there is no database password to set; leave it empty.</source>
        <translation>SQLite 파일에는 로그인이 없으므로 설정할 데이터베이스 비밀번호가 없습니다. 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="83"/>
        <source>The database password</source>
        <translation>데이터베이스 비밀번호</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="112"/>
        <source>The login &quot;%1&quot; belongs to a staff member already; change that one instead.</source>
        <translation>로그인 &quot;%1&quot;은(는) 이미 다른 직원의 것입니다. 그 직원을 변경하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="131"/>
        <source>The new staff member&apos;s id did not come back.</source>
        <translation>새 직원의 ID가 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="157"/>
        <location filename="../core/sql/SqlStaff.cpp" line="223"/>
        <source>Staff member #%1</source>
        <translation>직원 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="170"/>
        <source>Nothing changed: %1 has this role, organisation and name already.</source>
        <translation>바뀐 것이 없습니다. %1은(는) 이미 이 역할, 조직, 이름입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlStaff.cpp" line="187"/>
        <source>You cannot change your own role; ask another headquarters admin.</source>
        <translation>자신의 역할은 바꿀 수 없습니다. 다른 본사 관리자에게 요청하세요.</translation>
    </message>
</context>
<context>
    <name>pd::sql::Users</name>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="36"/>
        <location filename="../core/sql/SqlUsers.cpp" line="476"/>
        <source>User #%1 does not exist any more.</source>
        <translation>사용자 #%1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="43"/>
        <source>User #%1</source>
        <translation>사용자 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="48"/>
        <location filename="../core/sql/SqlUsers.cpp" line="128"/>
        <location filename="../core/sql/SqlUsers.cpp" line="144"/>
        <source>%1 is active already.</source>
        <translation>%1은(는) 이미 활성 상태입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="49"/>
        <location filename="../core/sql/SqlUsers.cpp" line="129"/>
        <location filename="../core/sql/SqlUsers.cpp" line="145"/>
        <source>%1 is deactivated already.</source>
        <translation>%1은(는) 이미 비활성 상태입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="85"/>
        <location filename="../core/sql/SqlUsers.cpp" line="136"/>
        <location filename="../core/sql/SqlUsers.cpp" line="294"/>
        <source>%1 does not exist any more.</source>
        <translation>%1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="121"/>
        <source>Staff member #%1</source>
        <translation>직원 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="164"/>
        <source>&quot;%1&quot; is not a service status; use active, paused or withdrawn.</source>
        <translation>&quot;%1&quot;은(는) 서비스 상태가 아닙니다. active, paused, withdrawn 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="168"/>
        <location filename="../core/sql/SqlUsers.cpp" line="285"/>
        <source>Member #%1</source>
        <translation>회원 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="174"/>
        <source>%1 is %2 already.</source>
        <translation>%1은(는) 이미 %2 상태입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="184"/>
        <source>&quot;%1&quot; is not a contract status; use active, suspended or terminated.</source>
        <translation>&quot;%1&quot;은(는) 계약 상태가 아닙니다. active, suspended, terminated 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="188"/>
        <source>Auto-debit contract #%1</source>
        <translation>자동이체 계약 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="199"/>
        <source>%1 is terminated; a terminated contract is final. Register a new contract instead.</source>
        <translation>%1은(는) 해지되었습니다. 해지된 계약은 되돌릴 수 없으니 새 계약을 등록하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="202"/>
        <source>%1 is %2; it cannot become %3 from there.</source>
        <translation>%1은(는) %2 상태이므로 %3(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="258"/>
        <source>The new credit&apos;s id did not come back.</source>
        <translation>새 크레딧의 ID가 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="366"/>
        <source>Organisation #%1</source>
        <translation>조직 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="370"/>
        <source>Enter the new name: 1 to 200 characters.</source>
        <translation>새 이름을 입력하세요: 1~200자.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="374"/>
        <source>%1 is called %2 already.</source>
        <translation>%1의 이름은 이미 %2입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="383"/>
        <source>&quot;%1&quot; is not an organisation change; use close, reopen, rename or move.</source>
        <translation>&quot;%1&quot;은(는) 조직 변경이 아닙니다. close, reopen, rename, move 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="390"/>
        <source>Headquarters, the root of the tree, is never closed.</source>
        <translation>조직도의 최상위인 본사는 폐쇄할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="397"/>
        <source>%1 is closed already.</source>
        <translation>%1은(는) 이미 폐쇄되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="398"/>
        <source>%1 is open already.</source>
        <translation>%1은(는) 이미 운영 중입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="411"/>
        <source>The credit settings row is missing; run the migrations.</source>
        <translation>크레딧 설정 행이 없습니다. 마이그레이션을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="422"/>
        <source>The four-eyes limit is from 0 to 21,000,000 BCH.</source>
        <translation>이중 승인 한도는 0부터 21,000,000 BCH까지입니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="434"/>
        <location filename="../core/sql/SqlUsers.cpp" line="446"/>
        <source>The credit settings</source>
        <translation>크레딧 설정</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="459"/>
        <source>Enter an amount other than zero; a negative amount takes credit back.</source>
        <translation>0이 아닌 금액을 입력하세요. 음수는 크레딧을 회수합니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="464"/>
        <source>The amount is more than the 21,000,000 BCH that can ever exist.</source>
        <translation>금액이 존재할 수 있는 최대치 21,000,000 BCH를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="494"/>
        <source>The new request&apos;s id did not come back.</source>
        <translation>새 요청의 ID가 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="510"/>
        <source>within the four-eyes limit</source>
        <translation>이중 승인 한도 이내</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="527"/>
        <source>Credit request #%1</source>
        <translation>크레딧 요청 #%1</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="530"/>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="540"/>
        <source>%1 was decided already (%2).</source>
        <translation>%1은(는) 이미 결정되었습니다 (%2).</translation>
    </message>
    <message>
        <location filename="../core/sql/SqlUsers.cpp" line="550"/>
        <source>%1 is above the four-eyes limit and you asked for it: another headquarters admin approves it.</source>
        <translation>%1은(는) 이중 승인 한도를 넘고 본인이 요청했습니다. 다른 본사 관리자가 승인해야 합니다.</translation>
    </message>
</context>
<context>
    <name>pd::totp::Totp</name>
    <message>
        <location filename="../core/Totp.cpp" line="78"/>
        <source>A TOTP secret has at least 10 bytes.</source>
        <translation>TOTP 비밀 키는 10바이트 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/Totp.cpp" line="81"/>
        <source>A TOTP code has 6 to 8 digits.</source>
        <translation>TOTP 코드는 6~8자리입니다.</translation>
    </message>
    <message>
        <location filename="../core/Totp.cpp" line="87"/>
        <source>The TOTP code could not be computed.</source>
        <translation>TOTP 코드를 계산할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>pd::ui::BankHolidayPanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="966"/>
        <source>Add a bank holiday…</source>
        <translation>은행 휴무일 추가…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="968"/>
        <source>A weekday the banks are closed: debits scheduled on it go out the next banking day</source>
        <translation>은행이 쉬는 평일: 이날 예정된 출금은 다음 영업일에 나갑니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="969"/>
        <location filename="../ui/AdminPanels.cpp" line="983"/>
        <source>Withdraw…</source>
        <translation>철회…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="983"/>
        <source>Restore…</source>
        <translation>복원…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="985"/>
        <source>Not a bank holiday after all: debits go out on this day again</source>
        <translation>은행 휴무일이 아님: 이날 다시 출금합니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="986"/>
        <source>A bank holiday again: debits scheduled on it move to the next banking day</source>
        <translation>다시 은행 휴무일: 이날 예정된 출금은 다음 영업일로 넘어갑니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1005"/>
        <source>Add a bank holiday</source>
        <translation>은행 휴무일 추가</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1006"/>
        <source>Debits scheduled on this weekday move to the next banking day. Give the announcement it follows as the reason.</source>
        <translation>이 평일에 예정된 출금은 다음 영업일로 넘어갑니다. 근거가 되는 발표를 사유로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1008"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1014"/>
        <source>Write the day as YYYY-MM-DD, for example 2027-06-03.</source>
        <translation>날짜를 YYYY-MM-DD 형식으로 쓰세요(예: 2027-06-03).</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1022"/>
        <source>&amp;Day (YYYY-MM-DD)</source>
        <translation>날짜(&amp;D) (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1023"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1034"/>
        <source>Withdraw %1</source>
        <translation>%1 철회</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1034"/>
        <source>Restore %1</source>
        <translation>%1 복원</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1035"/>
        <source>The day becomes a banking day again: debits scheduled on it go out on it. The row stays, marked withdrawn.</source>
        <translation>이날은 다시 영업일이 되어 예정된 출금이 이날 나갑니다. 행은 철회됨으로 표시되어 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1037"/>
        <source>The day is a bank holiday again: debits scheduled on it move to the next banking day.</source>
        <translation>이날은 다시 은행 휴무일이 되어 예정된 출금이 다음 영업일로 넘어갑니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1039"/>
        <source>Withdraw</source>
        <translation>철회</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1039"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
</context>
<context>
    <name>pd::ui::BchSettingsDialog</name>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="411"/>
        <source>BCH settings</source>
        <translation>BCH 설정</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="413"/>
        <source>Loading the current account…</source>
        <translation>현재 계정을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="423"/>
        <source>BCH account</source>
        <translation>BCH 계정</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="424"/>
        <source>Account name</source>
        <translation>계정 이름</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="427"/>
        <source>Mainnet (bitcoincash:)</source>
        <translation>메인넷 (bitcoincash:)</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="428"/>
        <source>Testnet (bchtest:)</source>
        <translation>테스트넷 (bchtest:)</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="429"/>
        <source>Regtest (bchreg:)</source>
        <translation>Regtest (bchreg:)</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="430"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="433"/>
        <source>xpub… of m/44&apos;/145&apos;/0&apos; (leave empty to keep the current account)</source>
        <translation>m/44&apos;/145&apos;/0&apos;의 xpub… (비워 두면 현재 계정 유지)</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="434"/>
        <source>The account&apos;s extended public key from the wallet (Electron Cash: Wallet &gt; Information). Paydesk never sees a private key; it derives addresses 0/i from this key.</source>
        <translation>지갑에서 가져온 계정의 확장 공개키입니다(Electron Cash: 지갑 &gt; 정보). Paydesk는 개인키를 보지 않으며, 이 키에서 주소 0/i를 유도합니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="436"/>
        <source>Extended public key</source>
        <translation>확장 공개키</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="439"/>
        <source>Where a transaction hash links to; {txid} is replaced by the hash.</source>
        <translation>트랜잭션 해시가 연결될 주소입니다. {txid} 자리에 해시가 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="440"/>
        <source>Block explorer link</source>
        <translation>블록 탐색기 링크</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="466"/>
        <source>No account is set up yet: new invoices need one. Paste the account xpub below.</source>
        <translation>아직 계정이 설정되지 않았습니다. 새 청구서를 만들려면 계정이 필요합니다. 아래에 계정 xpub을 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="470"/>
        <source>Current account: %1, %2 network, next address index %3.
%4</source>
        <translation>현재 계정: %1, %2 네트워크, 다음 주소 인덱스 %3.
%4</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="487"/>
        <source>The block explorer link must be an http(s) address containing {txid}, for example %1.</source>
        <translation>블록 탐색기 링크는 {txid}를 포함한 http(s) 주소여야 합니다. 예: %1</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="444"/>
        <source>ssl://electrum.example.org:50002 (several: separated by spaces)</source>
        <translation>ssl://electrum.example.org:50002 (여러 개는 공백으로 구분)</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="445"/>
        <source>The Electrum (Fulcrum) servers Check on chain asks, in order. On a Paydesk server connection, the server&apos;s own --electrum servers are used instead.</source>
        <translation>블록체인 점검이 순서대로 묻는 Electrum(Fulcrum) 서버입니다. Paydesk 서버에 연결한 경우에는 서버의 --electrum 서버를 씁니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="447"/>
        <source>Electrum servers</source>
        <translation>Electrum 서버</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="453"/>
        <source>How many unused addresses in a row the organisation&apos;s wallet scans before it stops (20 in Electron Cash and most wallets). The invoices page warns before a run gets longer.</source>
        <translation>조직 지갑이 검색을 멈추기 전까지 살펴보는 연속된 미사용 주소 수입니다(Electron Cash와 대부분의 지갑은 20). 이보다 길어지면 청구서 화면에서 경고합니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="455"/>
        <source>Wallet gap limit</source>
        <translation>지갑 갭 한도</translation>
    </message>
</context>
<context>
    <name>pd::ui::BulkDialog</name>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="35"/>
        <source>%1, claimed by %2</source>
        <translation>%1, 담당: %2</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="48"/>
        <source>it is %1; this needs %2</source>
        <translation>%1 상태입니다. 이 작업에는 %2 상태가 필요합니다</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="50"/>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkDialog.cpp" line="66"/>
        <source>Checking %n selected row(s)…</source>
        <translation>
            <numerusform>선택한 %n행을 확인하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="75"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="75"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="75"/>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="86"/>
        <source>Why (required; written to the audit log of every row)</source>
        <translation>사유(필수, 모든 행의 감사 로그에 기록됩니다)</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="95"/>
        <source>Re&amp;viewer</source>
        <translation>심사자(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="118"/>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="125"/>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="128"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="130"/>
        <source>Stop after the rows being applied now; the rest stay as they are</source>
        <translation>지금 적용 중인 행까지만 처리하고 중지합니다. 나머지는 그대로 둡니다</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="131"/>
        <source>Copy list</source>
        <translation>목록 복사</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="146"/>
        <source>The selected rows could not be checked: %1</source>
        <translation>선택한 행을 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="157"/>
        <source>Applying… each row is changed and audited on its own.</source>
        <translation>적용하는 중… 행마다 따로 변경하고 감사 로그에 남깁니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkDialog.cpp" line="228"/>
        <source>None of the %n selected row(s) can be changed this way (see why below).</source>
        <translation>
            <numerusform>선택한 %n행 중 이 작업으로 변경할 수 있는 행이 없습니다(아래에 이유가 있습니다).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="243"/>
        <source>Write why first</source>
        <translation>먼저 사유를 쓰세요</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="261"/>
        <source>not applied: %1</source>
        <translation>적용 안 됨: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkDialog.cpp" line="266"/>
        <source>Applied to %n row(s).</source>
        <translation>
            <numerusform>%n행에 적용했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkDialog.cpp" line="268"/>
        <source>%n row(s) not applied, listed below with why.</source>
        <translation>
            <numerusform>%n행은 적용되지 않았습니다. 아래에 이유와 함께 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="271"/>
        <source>Stopped before the end.</source>
        <translation>끝나기 전에 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="288"/>
        <source>Bulk actions</source>
        <translation>일괄 작업</translation>
    </message>
    <message>
        <location filename="../ui/BulkDialog.cpp" line="290"/>
        <source>Change every selected row at once (Shift/Ctrl+click or Ctrl+A to select)</source>
        <translation>선택한 모든 행을 한 번에 변경합니다(Shift/Ctrl+클릭 또는 Ctrl+A로 선택)</translation>
    </message>
</context>
<context>
    <name>pd::ui::ChartCard</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="231"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="232"/>
        <source>Save this chart as a PNG picture or a PDF file</source>
        <translation>이 차트를 PNG 그림이나 PDF 파일로 저장</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="270"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="279"/>
        <source>This chart could not be loaded: %1</source>
        <translation>이 차트를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="328"/>
        <source>Expected</source>
        <translation>예정액</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="343"/>
        <location filename="../ui/DashboardPage.cpp" line="498"/>
        <source>million won</source>
        <translation>백만 원</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="367"/>
        <source>%1: collected %2 of %3 expected; %4.</source>
        <translation>%1: 예정액 %3 중 %2 수납, %4.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="373"/>
        <source>Collection rate</source>
        <translation>수납률</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="426"/>
        <source>%1: %2 of the expected amount collected; %3.</source>
        <translation>%1: 예정액의 %2 수납, %3.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="434"/>
        <source>Lowest ten</source>
        <translation>하위 10개</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="435"/>
        <source>Next lowest</source>
        <translation>그다음 하위</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardPage.cpp" line="474"/>
        <source>Lowest: %1 (%2); highest: %3 (%4); %n center(s) over the period.</source>
        <translation>
            <numerusform>최저: %1 (%2), 최고: %3 (%4), 기간 중 센터 %n곳.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="477"/>
        <source>No payments in this period.</source>
        <translation>이 기간에는 결제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardPage.cpp" line="510"/>
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardPage.cpp" line="513"/>
        <source>%1: %2 owed by %n member(s); %3. %4.</source>
        <translation>
            <numerusform>%1: 회원 %n명이 %2 미납, %3. %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="521"/>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="523"/>
        <source>Decided</source>
        <translation>심사 완료</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="546"/>
        <source>days from %1</source>
        <translation>%1부터 일수</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="547"/>
        <source>documents</source>
        <translation>서류 수</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="562"/>
        <source>In the queue now: %1. Median time to decision: level 1 %2, level 2 %3. Decided this month: %4; %5.</source>
        <translation>현재 대기: %1건. 심사 소요 시간 중앙값: 레벨 1 %2, 레벨 2 %3. 이번 달 심사 완료: %4건, %5.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="593"/>
        <source>invoices</source>
        <translation>장</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardPage.cpp" line="599"/>
        <source>%1: %2 paid in %n invoice(s); %3.</source>
        <translation>
            <numerusform>%1: 인보이스 %n건으로 %2 결제, %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="625"/>
        <location filename="../ui/DashboardPage.cpp" line="638"/>
        <source>Cannot write %1. Choose another folder.</source>
        <translation>%1에 쓸 수 없습니다. 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="646"/>
        <location filename="../ui/DashboardPage.cpp" line="653"/>
        <source>Export chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="647"/>
        <source>PNG picture (*.png);;PDF file (*.pdf)</source>
        <translation>PNG 그림 (*.png);;PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="297"/>
        <source>%1 so far (to %2)</source>
        <translation>%1 (%2까지, 진행 중)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="449"/>
        <source>%1: %2 collected</source>
        <translation>%1: %2 수납</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="382"/>
        <source>This month so far</source>
        <translation>이번 달 현재까지</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="362"/>
        <source>nothing collected yet this month; by the same day last month %1 had come in</source>
        <translation>이번 달은 아직 수납이 없습니다. 지난달 같은 날까지는 %1이(가) 수납되었습니다</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="424"/>
        <source>nothing collected yet this month</source>
        <translation>이번 달은 아직 수납이 없습니다</translation>
    </message>
</context>
<context>
    <name>pd::ui::ChildDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="526"/>
        <source>Add a child of %1</source>
        <translation>%1의 자녀 추가</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="526"/>
        <source>Edit a child of %1</source>
        <translation>%1의 자녀 수정</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="536"/>
        <source>C&amp;hild</source>
        <translation>자녀(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="538"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="538"/>
        <source>The child&apos;s name</source>
        <translation>자녀 이름</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="539"/>
        <source>&amp;Birth date</source>
        <translation>생년월일(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="539"/>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD, 선택</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="540"/>
        <source>C&amp;lass</source>
        <translation>반(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="540"/>
        <source>optional, such as 햇님반</source>
        <translation>선택, 예: 햇님반</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="542"/>
        <source>&amp;Attends (clear when the child no longer attends; nothing is deleted)</source>
        <translation>다니는 중(&amp;A) (더 이상 다니지 않으면 해제하세요. 아무것도 삭제되지 않습니다)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="550"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="550"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="573"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD, such as 2021-05-14, or leave it empty.</source>
        <translation>“%1”은(는) 날짜가 아닙니다. YYYY-MM-DD 형식(예: 2021-05-14)으로 쓰거나 비워 두세요.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="43"/>
        <source>Connect to a database</source>
        <translation>데이터베이스에 연결</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="46"/>
        <location filename="../ui/ConnectionDialog.cpp" line="74"/>
        <source>Embedded demo database</source>
        <translation>내장 데모 데이터베이스</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="56"/>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="59"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="61"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="75"/>
        <source>SQLite file</source>
        <translation>SQLite 파일</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="76"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 서버</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="77"/>
        <source>Paydesk server (URL)</source>
        <translation>Paydesk 서버(URL)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="78"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="79"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="84"/>
        <source>The demo database on this computer:
%1
It is created and filled with sample data the first time it is opened.</source>
        <translation>이 컴퓨터의 데모 데이터베이스:
%1
처음 열 때 만들어지고 예시 데이터로 채워집니다.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="96"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="98"/>
        <source>SQLite database file</source>
        <translation>SQLite 데이터베이스 파일</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="99"/>
        <source>SQLite databases (*.db *.sqlite)</source>
        <translation>SQLite 데이터베이스 (*.db *.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="121"/>
        <location filename="../ui/ConnectionDialog.cpp" line="174"/>
        <source>not saved; asked when connecting</source>
        <translation>저장하지 않음, 연결할 때 묻습니다</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="124"/>
        <source>Automatic (verify-full except on this computer)</source>
        <translation>자동(이 컴퓨터가 아니면 verify-full)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="125"/>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation>verify-full: 암호화, 인증서와 호스트 이름 확인</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="126"/>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation>verify-ca: 암호화, 인증서 확인</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="127"/>
        <source>require: encrypted, server not checked</source>
        <translation>require: 암호화, 서버 확인 안 함</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="128"/>
        <source>prefer: encrypted if offered, not checked</source>
        <translation>prefer: 가능하면 암호화, 확인 안 함</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="129"/>
        <source>disable: not encrypted</source>
        <translation>disable: 암호화 안 함</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="132"/>
        <source>CA certificate (PEM) that signed the server&apos;s certificate</source>
        <translation>서버 인증서에 서명한 CA 인증서(PEM)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="137"/>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="138"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="139"/>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="140"/>
        <location filename="../ui/ConnectionDialog.cpp" line="176"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="141"/>
        <location filename="../ui/ConnectionDialog.cpp" line="177"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="142"/>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="143"/>
        <location filename="../ui/ConnectionDialog.cpp" line="145"/>
        <source>Root certificate</source>
        <translation>루트 인증서</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="146"/>
        <location filename="../ui/ConnectionDialog.cpp" line="181"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>인증서 (*.pem *.crt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="155"/>
        <source>Lists, counts, exports and the dashboard are read from this streaming replica (same database, user and encryption); changes and details always go to the primary above. A replica further behind than 30 seconds is not used.</source>
        <translation>목록, 건수, 내보내기와 대시보드는 이 스트리밍 복제본(같은 데이터베이스, 사용자, 암호화)에서 읽습니다. 변경과 상세 보기는 항상 위의 기본 서버로 갑니다. 30초 넘게 뒤처진 복제본은 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="158"/>
        <source>Read replica</source>
        <translation>읽기 복제본</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="170"/>
        <source>optional: a CA certificate to trust (PEM)</source>
        <translation>선택: 신뢰할 CA 인증서(PEM)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="175"/>
        <source>Server URL</source>
        <translation>서버 URL</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="178"/>
        <location filename="../ui/ConnectionDialog.cpp" line="180"/>
        <source>Trusted CA</source>
        <translation>신뢰 CA</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="190"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="206"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="311"/>
        <source>Choose the SQLite database file.</source>
        <translation>SQLite 데이터베이스 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="319"/>
        <source>Enter the server&apos;s host name and the database name.</source>
        <translation>서버 호스트 이름과 데이터베이스 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="344"/>
        <source>Unnamed profile</source>
        <translation>이름 없는 프로필</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="373"/>
        <source>Warning: with &quot;%1&quot; Paydesk does not check who answers at %2; someone on the network could read or change the data. Use verify-full with the server&apos;s CA certificate.</source>
        <translation>경고: &quot;%1&quot; 모드에서는 %2에서 응답하는 서버가 진짜인지 확인하지 않으므로 네트워크상의 누군가가 데이터를 보거나 바꿀 수 있습니다. 서버의 CA 인증서와 함께 verify-full을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="378"/>
        <source>Choose the root certificate that signed the server&apos;s certificate; without it libpq looks in ~/.postgresql/root.crt.</source>
        <translation>서버 인증서에 서명한 루트 인증서를 선택하세요. 지정하지 않으면 libpq가 ~/.postgresql/root.crt를 찾습니다.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="389"/>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="445"/>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="452"/>
        <source>encrypted, server verified</source>
        <translation>암호화됨, 서버 확인됨</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="453"/>
        <source>encrypted, server NOT verified</source>
        <translation>암호화됨, 서버 확인 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="453"/>
        <source>NOT encrypted</source>
        <translation>암호화 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="456"/>
        <source>Connected: %1 %2, Paydesk schema %3%4</source>
        <translation>연결됨: %1 %2, Paydesk 스키마 %3%4</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="462"/>
        <source>The demo database will be created when you connect.</source>
        <translation>연결하면 데모 데이터베이스를 만듭니다.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="428"/>
        <source>Give the server URL (https://host:port), the user and the password.</source>
        <translation>서버 URL(https://호스트:포트), 사용자, 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="154"/>
        <source>Optional: host:port or postgresql:// URL of a read-only replica</source>
        <translation>선택: 읽기 전용 복제본의 host:port 또는 postgresql:// URL</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="332"/>
        <source>Connecting to a Paydesk server needs the REST backend.</source>
        <translation>Paydesk 서버에 연결하려면 REST 백엔드가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ContractDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="606"/>
        <source>Register a contract for %1</source>
        <translation>%1의 계약 등록</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="607"/>
        <source>Change %1&apos;s contract</source>
        <translation>%1의 계약 변경</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="612"/>
        <source>The contract starts as pending registration; activate it once the bank confirms it. The account number is stored encrypted; only its last four digits are shown.</source>
        <translation>계약은 등록 대기 상태로 시작합니다. 은행이 확인하면 활성화하세요. 계좌번호는 암호화해 저장하며 끝 네 자리만 보입니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="615"/>
        <source>Leave the account number empty to keep %1. A new number is stored encrypted.</source>
        <translation>%1을(를) 유지하려면 계좌번호를 비워 두세요. 새 번호는 암호화해 저장합니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="629"/>
        <source>&amp;Bank</source>
        <translation>은행(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="633"/>
        <source>Account &amp;holder</source>
        <translation>예금주(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="637"/>
        <source>10 to 14 digits, such as 123-456789-01-234</source>
        <translation>숫자 10~14자리, 예: 123-456789-01-234</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="638"/>
        <source>empty: keep %1</source>
        <translation>비워 두면 %1 유지</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="639"/>
        <source>Account &amp;number</source>
        <translation>계좌번호(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="644"/>
        <source>&amp;Payment day</source>
        <translation>결제일(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="649"/>
        <source>won, such as 150000</source>
        <translation>원 단위, 예: 150000</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="650"/>
        <source>&amp;Monthly amount (₩)</source>
        <translation>월 금액(₩)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="656"/>
        <source>Register</source>
        <translation>등록</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="656"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="671"/>
        <source>“%1” is not an amount in won: %2 Write it like 150000.</source>
        <translation>“%1”은(는) 원 단위 금액이 아닙니다: %2 150000처럼 쓰세요.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CreditRequestPanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="760"/>
        <source>Approve…</source>
        <translation>승인…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="762"/>
        <source>Credit the amount (the second pair of eyes; not for your own request above the limit)</source>
        <translation>금액을 지급합니다 (두 번째 확인자. 한도를 넘는 본인 요청은 승인할 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="763"/>
        <source>Reject…</source>
        <translation>거절…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="765"/>
        <source>Refuse the request with a note; nothing is credited</source>
        <translation>메모와 함께 요청을 거절합니다. 아무것도 지급되지 않습니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="771"/>
        <source>Four-eyes limit…</source>
        <translation>이중 승인 한도…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="773"/>
        <source>Credits larger than this need a second headquarters admin</source>
        <translation>이보다 큰 크레딧은 다른 본사 관리자의 승인이 필요합니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="812"/>
        <source>Four-eyes limit for manual credits</source>
        <translation>수동 크레딧 이중 승인 한도</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="813"/>
        <source>A manual credit larger than this (either way) waits for a second headquarters admin&apos;s approval; 0 means every credit does.</source>
        <translation>이보다 큰 수동 크레딧(지급이든 회수든)은 다른 본사 관리자의 승인을 기다립니다. 0이면 모든 크레딧이 그렇습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="815"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="823"/>
        <source>Write the limit in BCH, such as 0.1 (it cannot be negative). %1</source>
        <translation>한도를 0.1처럼 BCH로 쓰세요 (음수는 안 됩니다). %1</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="833"/>
        <source>&amp;Limit (BCH)</source>
        <translation>한도(&amp;L) (BCH)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="847"/>
        <source>Approve credit request #%1</source>
        <translation>크레딧 요청 #%1 승인</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="847"/>
        <source>Reject credit request #%1</source>
        <translation>크레딧 요청 #%1 거절</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="849"/>
        <source>The amount is credited to %1 now and shows in the ledger.</source>
        <translation>금액이 지금 %1에게 지급되고 원장에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="850"/>
        <source>Nothing is credited to %1; the request stays in the list as rejected.</source>
        <translation>%1에게 아무것도 지급되지 않으며, 요청은 거절됨으로 목록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="851"/>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="851"/>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
</context>
<context>
    <name>pd::ui::DashboardPage</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="45"/>
        <source>How much was collected, against what was expected?</source>
        <translation>예정액 대비 얼마나 수납했나요?</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="47"/>
        <source>Is the collection rate rising or falling?</source>
        <translation>수납률이 오르고 있나요, 내리고 있나요?</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="49"/>
        <source>Which centers collect least? (lowest ten highlighted)</source>
        <translation>수납률이 가장 낮은 센터는? (하위 10개 강조)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="51"/>
        <source>How old are the debts at each month&apos;s end?</source>
        <translation>매월 말 미납금은 얼마나 오래되었나요?</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="53"/>
        <source>Is KYC review keeping up with new documents?</source>
        <translation>KYC 심사가 새 서류를 따라가고 있나요?</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="55"/>
        <source>What happens to BCH invoices?</source>
        <translation>BCH 인보이스는 어떻게 처리되나요?</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="74"/>
        <location filename="../ui/DashboardPage.cpp" line="119"/>
        <source>no earlier month to compare</source>
        <translation>비교할 이전 달이 없음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="77"/>
        <location filename="../ui/DashboardPage.cpp" line="122"/>
        <source>unchanged from last month</source>
        <translation>지난달과 같음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="81"/>
        <source>up from nothing last month</source>
        <translation>지난달 0에서 증가</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="82"/>
        <source>down from last month</source>
        <translation>지난달보다 감소</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="85"/>
        <source>up %1 from last month</source>
        <translation>지난달보다 %1 증가</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="86"/>
        <source>down %1 from last month</source>
        <translation>지난달보다 %1 감소</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="125"/>
        <source>up %1 points from last month</source>
        <translation>지난달보다 %1%p 상승</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="126"/>
        <source>down %1 points from last month</source>
        <translation>지난달보다 %1%p 하락</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="154"/>
        <source>no decisions</source>
        <translation>심사 없음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="668"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="675"/>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardPage.cpp" line="679"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>최근 %n개월</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="685"/>
        <source>&amp;Organization:</source>
        <translation>조직(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="697"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="698"/>
        <source>PDF &amp;report…</source>
        <translation>PDF 보고서(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="699"/>
        <source>Save the whole dashboard as a one-page PDF report</source>
        <translation>대시보드 전체를 한 쪽짜리 PDF 보고서로 저장</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="776"/>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="808"/>
        <source>Paydesk dashboard</source>
        <translation>Paydesk 대시보드</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="811"/>
        <source>Cannot write %1. Choose another folder.</source>
        <translation>%1에 쓸 수 없습니다. 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="820"/>
        <source>Paydesk dashboard: %1, %2</source>
        <translation>Paydesk 대시보드: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="839"/>
        <source>Printed %1</source>
        <translation>출력 %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="846"/>
        <location filename="../ui/DashboardPage.cpp" line="853"/>
        <source>Dashboard report</source>
        <translation>대시보드 보고서</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="847"/>
        <source>PDF file (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="789"/>
        <source>The chart&apos;s data could not be read.</source>
        <translation>차트 데이터를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="93"/>
        <location filename="../ui/DashboardPage.cpp" line="108"/>
        <source>unchanged from the same days of last month</source>
        <translation>지난달 같은 기간과 같음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="97"/>
        <source>up from nothing in the same days of last month</source>
        <translation>지난달 같은 기간에는 없었음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="100"/>
        <source>up %1 from the same days of last month</source>
        <translation>지난달 같은 기간보다 %1 증가</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="101"/>
        <source>down %1 from the same days of last month</source>
        <translation>지난달 같은 기간보다 %1 감소</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="111"/>
        <source>up %1 points from the same days of last month</source>
        <translation>지난달 같은 기간보다 %1%p 상승</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="112"/>
        <source>down %1 points from the same days of last month</source>
        <translation>지난달 같은 기간보다 %1%p 하락</translation>
    </message>
</context>
<context>
    <name>pd::ui::DetailPane</name>
    <message>
        <location filename="../ui/DetailPane.cpp" line="33"/>
        <location filename="../ui/DetailPane.cpp" line="69"/>
        <source>Select a row to see its details.</source>
        <translation>행을 선택하면 상세 정보가 나타납니다.</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="72"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="129"/>
        <source>History in the audit log</source>
        <translation>감사 로그에서 이력 보기</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="131"/>
        <source>Every recorded change of this record, with who, when, why and the values before and after</source>
        <translation>이 레코드의 모든 변경 기록: 누가, 언제, 왜, 변경 전후 값</translation>
    </message>
</context>
<context>
    <name>pd::ui::DocumentViewer</name>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="30"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="31"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="32"/>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="32"/>
        <source>Fit to width</source>
        <translation>너비에 맞춤</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="33"/>
        <source>Rotate left</source>
        <translation>왼쪽으로 회전</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="34"/>
        <source>Rotate right</source>
        <translation>오른쪽으로 회전</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="35"/>
        <source>Previous page</source>
        <translation>이전 쪽</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="38"/>
        <source>Next page</source>
        <translation>다음 쪽</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="84"/>
        <source>No document selected.</source>
        <translation>선택한 서류가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="87"/>
        <source>Loading the document file…</source>
        <translation>서류 파일을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="154"/>
        <source>Page %1 of %2 · %3 %</source>
        <translation>%2쪽 중 %1쪽 · %3 %</translation>
    </message>
</context>
<context>
    <name>pd::ui::FilterBar</name>
    <message>
        <location filename="../ui/FilterBar.cpp" line="55"/>
        <source>Search…</source>
        <translation>검색…</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="56"/>
        <source>Matches any part of the names, email, phone and references shown (Ctrl+F)</source>
        <translation>표시된 이름, 이메일, 전화번호, 참조 번호의 일부와 일치하는 행을 찾습니다(Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="70"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="75"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="107"/>
        <source>All months</source>
        <translation>모든 월</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="115"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="118"/>
        <source>All methods</source>
        <translation>모든 결제수단</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="123"/>
        <source>Method</source>
        <translation>결제수단</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="126"/>
        <source>KYC level</source>
        <translation>KYC 레벨</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="127"/>
        <source>All levels</source>
        <translation>모든 레벨</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="128"/>
        <source>Level 1</source>
        <translation>레벨 1</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="129"/>
        <source>Level 2</source>
        <translation>레벨 2</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="132"/>
        <source>All document types</source>
        <translation>모든 서류 종류</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="138"/>
        <source>Document type</source>
        <translation>서류 종류</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="141"/>
        <source>All bands</source>
        <translation>모든 구간</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="146"/>
        <source>Severity</source>
        <translation>연체 구간</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="156"/>
        <source>Any contract</source>
        <translation>모든 계약</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="156"/>
        <source>Auto-debit contract</source>
        <translation>자동이체 계약</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="157"/>
        <location filename="../ui/FilterBar.cpp" line="159"/>
        <source>All types</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="157"/>
        <source>Organization type</source>
        <translation>조직 종류</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="158"/>
        <source>All roles</source>
        <translation>모든 역할</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="158"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="159"/>
        <source>Transaction type</source>
        <translation>거래 종류</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="160"/>
        <source>All records</source>
        <translation>모든 레코드</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="160"/>
        <source>Record type</source>
        <translation>레코드 종류</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="161"/>
        <source>Any reason</source>
        <translation>모든 사유</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="161"/>
        <source>What the failure asks for</source>
        <translation>실패 사유별 조치</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="173"/>
        <source>No contract</source>
        <translation>계약 없음</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="173"/>
        <source>Contract: %1</source>
        <translation>계약: %1</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="186"/>
        <source>Who (login)</source>
        <translation>누가 (로그인)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="186"/>
        <source>The login that made the change, exactly</source>
        <translation>변경한 로그인 (정확히 일치)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="187"/>
        <source>Action (staff.)</source>
        <translation>작업 (staff.)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="188"/>
        <source>Actions starting with this text: &quot;staff.&quot; finds staff.add and staff.deactivate</source>
        <translation>이 텍스트로 시작하는 작업: &quot;staff.&quot;는 staff.add와 staff.deactivate를 찾습니다</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="189"/>
        <source>Chain (polygon)</source>
        <translation>체인 (polygon)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="189"/>
        <source>The chain name, exactly</source>
        <translation>체인 이름 (정확히 일치)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="214"/>
        <source>Only this record&apos;s history; click to show every record</source>
        <translation>이 레코드의 이력만 표시 중입니다. 클릭하면 모든 레코드를 봅니다</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="224"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="225"/>
        <source>Active and inactive</source>
        <translation>활성과 비활성</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="226"/>
        <source>Active only</source>
        <translation>활성만</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="227"/>
        <source>Inactive only</source>
        <translation>비활성만</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="232"/>
        <source>Country (KR)</source>
        <translation>국가(KR)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="233"/>
        <source>Two-letter country code, for example KR or US</source>
        <translation>두 글자 국가 코드(예: KR, US)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="252"/>
        <source>%1 any</source>
        <translation>%1 전체</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="255"/>
        <source>Risk score from 0.00 to 9.99</source>
        <translation>위험 점수 0.00부터 9.99까지</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="264"/>
        <source>Risk ≥</source>
        <translation>위험 ≥</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="265"/>
        <source>Risk ≤</source>
        <translation>위험 ≤</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="270"/>
        <source>Organization: the rows of this organization and everything below it</source>
        <translation>조직: 이 조직과 그 아래 모든 조직의 행</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="294"/>
        <location filename="../ui/FilterBar.cpp" line="301"/>
        <source>Debit day</source>
        <translation>출금일</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="295"/>
        <source>Next banking day</source>
        <translation>다음 영업일</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="295"/>
        <source>Pick a day…</source>
        <translation>날짜 선택…</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="300"/>
        <source>The banking day whose debits are listed; a weekend or bank holiday has none</source>
        <translation>출금 목록을 볼 영업일. 주말과 은행 휴무일에는 출금이 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="313"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="314"/>
        <source>Any date</source>
        <translation>모든 날짜</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="315"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="316"/>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="317"/>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="318"/>
        <source>Last month</source>
        <translation>지난달</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="319"/>
        <source>Custom range…</source>
        <translation>기간 지정…</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="334"/>
        <source>From this day (inclusive)</source>
        <translation>이 날부터(포함)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="335"/>
        <source>Up to this day (inclusive)</source>
        <translation>이 날까지(포함)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="481"/>
        <source>Record #%1 ✕</source>
        <translation>레코드 #%1 ✕</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="88"/>
        <source>Review stage</source>
        <translation>심사 단계</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="89"/>
        <source>Review queue (all pending)</source>
        <translation>심사 대기열(대기 전체)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="97"/>
        <source>All documents, decided too</source>
        <translation>결정된 서류 포함 전체</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="100"/>
        <source>Claim</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="101"/>
        <source>Claimed or not</source>
        <translation>담당 여부 전체</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="102"/>
        <source>Unclaimed</source>
        <translation>담당자 없음</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="103"/>
        <source>Claimed by me</source>
        <translation>내 담당</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="104"/>
        <source>Claimed by others</source>
        <translation>다른 사람 담당</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="79"/>
        <source>All invoices</source>
        <translation>전체 청구서</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="79"/>
        <source>To decide</source>
        <translation>결정 필요</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="83"/>
        <source>Exception</source>
        <translation>예외</translation>
    </message>
</context>
<context>
    <name>pd::ui::FormDialog</name>
    <message>
        <location filename="../ui/FormDialog.cpp" line="55"/>
        <source>Required; kept in the audit log with your name</source>
        <translation>필수. 이름과 함께 감사 로그에 남습니다</translation>
    </message>
    <message>
        <location filename="../ui/FormDialog.cpp" line="56"/>
        <source>Optional; kept in the audit log with your name</source>
        <translation>선택. 이름과 함께 감사 로그에 남습니다</translation>
    </message>
    <message>
        <location filename="../ui/FormDialog.cpp" line="58"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../ui/FormDialog.cpp" line="77"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../ui/FormDialog.cpp" line="67"/>
        <source>Give a reason: it is kept in the audit log with your name.</source>
        <translation>사유를 입력하세요. 사유는 이름과 함께 감사 로그에 남습니다.</translation>
    </message>
</context>
<context>
    <name>pd::ui::InvoiceChangeDialog</name>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="276"/>
        <source>Mark invoice paid</source>
        <translation>입금 처리</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="278"/>
        <source>Confirm invoice payment</source>
        <translation>입금 확정</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="280"/>
        <source>Expire invoice</source>
        <translation>청구서 만료</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="282"/>
        <source>Cancel invoice</source>
        <translation>청구서 취소</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="303"/>
        <source>Invoice #%1 was paid on chain and awaits confirmation. Enter the transaction hash as the block explorer shows it.</source>
        <translation>청구서 #%1은(는) 블록체인에서 결제되어 확정을 기다립니다. 블록 탐색기에 표시된 트랜잭션 해시를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="308"/>
        <source>Invoice #%1&apos;s payment is confirmed on chain.</source>
        <translation>청구서 #%1의 결제가 블록체인에서 확정되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="311"/>
        <source>Invoice #%1 will be marked expired: its payment window has passed. Its address is never used again.</source>
        <translation>청구서 #%1을(를) 만료 처리합니다. 결제 기간이 지났습니다. 이 주소는 다시 쓰이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="316"/>
        <source>Invoice #%1 will be cancelled. Its address is never used again.</source>
        <translation>청구서 #%1을(를) 취소합니다. 이 주소는 다시 쓰이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="324"/>
        <source>64 hexadecimal digits</source>
        <translation>16진수 64자리</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="332"/>
        <source>Transaction hash</source>
        <translation>트랜잭션 해시</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoiceDialogs.cpp" line="348"/>
        <source>A transaction hash is 64 hexadecimal digits (0-9, a-f); this one has %n character(s). Copy it again from the wallet or block explorer.</source>
        <translation>
            <numerusform>트랜잭션 해시는 16진수 64자리(0-9, a-f)인데 입력한 값은 %n자입니다. 지갑이나 블록 탐색기에서 다시 복사해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="355"/>
        <source>Enter the transaction hash (64 hexadecimal digits) of the payment.</source>
        <translation>결제의 트랜잭션 해시(16진수 64자리)를 입력해 주세요.</translation>
    </message>
</context>
<context>
    <name>pd::ui::InvoicePanel</name>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="93"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="94"/>
        <source>Copy the address to the clipboard</source>
        <translation>주소를 클립보드에 복사</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="97"/>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="98"/>
        <source>Copy or save the QR code</source>
        <translation>QR 코드 복사 또는 저장</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="101"/>
        <source>Copy QR image</source>
        <translation>QR 이미지 복사</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="102"/>
        <source>Copy payment URI</source>
        <translation>결제 URI 복사</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="103"/>
        <source>Save QR as PNG or SVG…</source>
        <translation>QR을 PNG 또는 SVG로 저장…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="123"/>
        <source>Mark paid…</source>
        <translation>납부 처리…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="125"/>
        <source>Confirm…</source>
        <translation>확정…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="127"/>
        <source>Expire…</source>
        <translation>만료…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="129"/>
        <source>Cancel invoice…</source>
        <translation>청구서 취소…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="184"/>
        <source>New invoice…</source>
        <translation>새 청구서…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="186"/>
        <source>Create a BCH invoice with a fresh address (Ctrl+N)</source>
        <translation>새 주소로 BCH 청구서 만들기 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="188"/>
        <source>Print sheet…</source>
        <translation>시트 인쇄…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="190"/>
        <source>Print the selected invoices, or all that match the filters, several per A4 page (Ctrl+P)</source>
        <translation>선택한 청구서나 필터에 맞는 모든 청구서를 A4 한 쪽에 여러 장씩 인쇄 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="193"/>
        <source>BCH settings…</source>
        <translation>BCH 설정…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="286"/>
        <source>%1 satoshis</source>
        <translation>%1 사토시</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="294"/>
        <source>Transaction %1</source>
        <translation>트랜잭션 %1</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="295"/>
        <source>Transaction &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>트랜잭션 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="367"/>
        <source>Select an invoice first.</source>
        <translation>먼저 청구서를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="372"/>
        <location filename="../ui/InvoicePanel.cpp" line="378"/>
        <location filename="../ui/InvoicePanel.cpp" line="381"/>
        <location filename="../ui/InvoicePanel.cpp" line="618"/>
        <location filename="../ui/InvoicePanel.cpp" line="626"/>
        <source>%1 could not be written: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="389"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="390"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="391"/>
        <source>Save QR code</source>
        <translation>QR 코드 저장</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="60"/>
        <source>Export addresses to scan…</source>
        <translation>검색할 주소 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="135"/>
        <source>Check on chain</source>
        <translation>블록체인에서 점검</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="137"/>
        <source>Ask the Electrum servers about this invoice&apos;s address now and record what they show</source>
        <translation>지금 Electrum 서버에 이 청구서 주소를 물어보고 결과를 기록합니다</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="138"/>
        <source>Accept late payment…</source>
        <translation>기한 후 입금 인정…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="140"/>
        <source>Mark for refund…</source>
        <translation>환불 대상으로 표시…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="151"/>
        <source>Accept late payment</source>
        <translation>기한 후 입금 인정</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="151"/>
        <source>Mark for refund</source>
        <translation>환불 대상으로 표시</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="152"/>
        <source>Why is this late payment accepted? The invoice, its monthly payment and the credit are settled; the reason is kept in the audit log.</source>
        <translation>이 기한 후 입금을 인정하는 사유는 무엇입니까? 청구서, 월 납부, 크레딧이 정산되며 사유는 감사 로그에 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="154"/>
        <source>Why is this money to be refunded? The reason is kept in the audit log.</source>
        <translation>이 금액을 환불하는 사유는 무엇입니까? 사유는 감사 로그에 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="163"/>
        <source>Export addresses to scan</source>
        <translation>검색할 주소 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="163"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePanel.cpp" line="169"/>
        <source>Saved %n address(es) to %1.</source>
        <translation>
            <numerusform>주소 %n개를 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="312"/>
        <source>Received %1 of %2. The QR code now asks for the remaining %3 at the same address.</source>
        <translation>%2 중 %1이(가) 입금되었습니다. 이제 QR 코드는 같은 주소로 남은 %3을(를) 요청합니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="315"/>
        <source>Received %1, %2 more than asked: decide whether to refund the difference.</source>
        <translation>%1이(가) 입금되어 요청보다 %2 많습니다. 차액 환불 여부를 결정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="319"/>
        <source>Paid after the expiry; the payment was accepted and settled.</source>
        <translation>기한 후 입금되었고, 인정되어 정산되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="321"/>
        <source>Paid after the expiry; the money is marked for a refund.</source>
        <translation>기한 후 입금되었고, 환불 대상으로 표시되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="322"/>
        <source>%1 arrived after the invoice expired. Nothing was settled: accept it or mark it for a refund.</source>
        <translation>청구서 만료 후 %1이(가) 입금되었습니다. 아무것도 정산하지 않았습니다. 인정하거나 환불 대상으로 표시하세요.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="457"/>
        <source>Asking the Electrum servers about invoice #%1…</source>
        <translation>Electrum 서버에 청구서 #%1을(를) 묻는 중…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="469"/>
        <source>Invoice #%1 on chain: %2, as recorded.</source>
        <translation>청구서 #%1 블록체인 점검: 기록대로 %2입니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="470"/>
        <source>Invoice #%1 on chain: now %2 (%3 received).</source>
        <translation>청구서 #%1 블록체인 점검: 이제 %2입니다(%3 입금).</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="491"/>
        <source>Invoice #%1: the late payment was accepted and settled.</source>
        <translation>청구서 #%1: 기한 후 입금을 인정하고 정산했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="492"/>
        <source>Invoice #%1: marked for a refund.</source>
        <translation>청구서 #%1: 환불 대상으로 표시했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePanel.cpp" line="538"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n초 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePanel.cpp" line="539"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="543"/>
        <source>No chain watcher is running: invoices change only by hand. Start paydesk watch-invoices, or paydesk-server with --electrum (see the README).</source>
        <translation>실행 중인 체인 감시기가 없어 청구서는 수동으로만 바뀝니다. paydesk watch-invoices를 실행하거나 paydesk-server를 --electrum과 함께 시작하세요(README 참고).</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="545"/>
        <source>Chain: not watched</source>
        <translation>체인: 감시 안 함</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePanel.cpp" line="551"/>
        <source>Chain: %1 follows %2 at block %3 · %n invoice(s) watched · heard %4.</source>
        <translation>
            <numerusform>체인: %1이(가) %2을(를) 블록 %3에서 따라가는 중 · 청구서 %n장 감시 · 마지막 응답 %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="554"/>
        <source>Chain: block %1</source>
        <translation>체인: 블록 %1</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="556"/>
        <source>Chain: %1 is not connected (%2); it tries its servers again.</source>
        <translation>체인: %1이(가) 연결되어 있지 않습니다(%2). 서버에 다시 연결을 시도합니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="557"/>
        <source>no server answers</source>
        <translation>응답하는 서버 없음</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="558"/>
        <source>Chain: disconnected</source>
        <translation>체인: 연결 끊김</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="560"/>
        <source>Chain: %1 last reported %2 (block %3); it may have stopped.</source>
        <translation>체인: %1의 마지막 보고가 %2입니다(블록 %3). 멈췄을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="562"/>
        <source>Chain: watcher silent</source>
        <translation>체인: 감시기 응답 없음</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="604"/>
        <source>Address indexes %1 to %2 (%3 in a row) have received nothing. A wallet that stops after %4 unused addresses does not see payments to later ones: export them and scan them in the organisation&apos;s wallet.</source>
        <translation>주소 인덱스 %1~%2(연속 %3개)에 입금이 없습니다. 미사용 주소 %4개에서 검색을 멈추는 지갑은 그 뒤 주소로 들어온 입금을 보지 못합니다. 주소를 내보내 조직 지갑에서 검색하세요.</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePanel.cpp" line="613"/>
        <source>There are no addresses to scan.</source>
        <translation>검색할 주소가 없습니다.</translation>
    </message>
</context>
<context>
    <name>pd::ui::InvoicePrintDialog</name>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="27"/>
        <source>Print BCH invoice sheet</source>
        <translation>BCH 청구서 시트 인쇄</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="29"/>
        <source>Each A4 page holds %1 invoices with their QR code, amount, address, member, center, invoice number, due date and the non-refundable notice.</source>
        <translation>A4 한 쪽에 청구서 %1장이 들어가며, 각각 QR 코드, 금액, 주소, 회원, 센터, 청구서 번호, 납부기한, 환불 불가 안내가 인쇄됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePrintDialog.cpp" line="35"/>
        <source>The %n selected invoice(s)</source>
        <translation>
            <numerusform>선택한 청구서 %n장</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="38"/>
        <source>All invoices that match the page&apos;s filters and search, in its order</source>
        <translation>화면의 필터와 검색에 맞는 모든 청구서(화면 순서대로)</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="45"/>
        <source>At most</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="52"/>
        <source>invoices</source>
        <translation>장</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="65"/>
        <source>Preview and print…</source>
        <translation>미리보기 및 인쇄…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="67"/>
        <source>Save PDF…</source>
        <translation>PDF 저장…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="138"/>
        <source>Collecting invoices…</source>
        <translation>청구서를 모으는 중…</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="155"/>
        <source>Collecting invoices… %1</source>
        <translation>청구서를 모으는 중… %1</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="171"/>
        <source>No invoice matches; select invoices or change the filters.</source>
        <translation>조건에 맞는 청구서가 없습니다. 청구서를 선택하거나 필터를 바꿔 주세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePrintDialog.cpp" line="177"/>
        <source>Reading %n invoice(s)…</source>
        <translation>
            <numerusform>청구서 %n장을 읽는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="196"/>
        <source>Paydesk BCH invoices</source>
        <translation>Paydesk BCH 청구서</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePrintDialog.cpp" line="199"/>
        <source>Print preview: %n invoice(s)</source>
        <translation>
            <numerusform>인쇄 미리보기: 청구서 %n장</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="212"/>
        <source>Save invoice sheet</source>
        <translation>청구서 시트 저장</translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="213"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePrintDialog.cpp" line="234"/>
        <source>Writing %n invoice(s) to %1…</source>
        <translation>
            <numerusform>청구서 %n장을 %1에 쓰는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InvoicePrintDialog.cpp" line="246"/>
        <source>Saved %n invoice(s) to %1.</source>
        <translation>
            <numerusform>청구서 %n장을 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InvoicePrintDialog.cpp" line="123"/>
        <source>None of these invoices can still be paid, so there is nothing to print. %1</source>
        <translation>이 청구서들은 더 이상 결제할 수 없어 인쇄할 것이 없습니다. %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::KycDecisionDialog</name>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="32"/>
        <source>Document expired</source>
        <translation>서류 만료</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="35"/>
        <source>Photo or scan unreadable</source>
        <translation>사진 또는 스캔 판독 불가</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="38"/>
        <source>Name does not match the account</source>
        <translation>성명이 계정과 불일치</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="41"/>
        <source>Document type not accepted</source>
        <translation>허용되지 않는 서류 종류</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="44"/>
        <source>Suspected forgery or tampering</source>
        <translation>위조 또는 변조 의심</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="47"/>
        <source>Sanctions or watch-list match</source>
        <translation>제재 또는 감시 명단 일치</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="49"/>
        <source>Other (write it in the note)</source>
        <translation>기타(메모에 작성)</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="65"/>
        <source>Reject KYC document #%1</source>
        <translation>KYC 서류 #%1 반려</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="66"/>
        <source>Request more information for KYC document #%1</source>
        <translation>KYC 서류 #%1 추가 정보 요청</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="68"/>
        <source>The customer sees the reason and can submit a new document.</source>
        <translation>고객은 사유를 보고 새 서류를 제출할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="69"/>
        <source>The customer receives this message and resubmits; the document then returns to the queue.</source>
        <translation>고객이 이 메시지를 받고 다시 제출하면 서류가 대기열로 돌아옵니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="81"/>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="88"/>
        <source>Optional detail; required for &quot;Other&quot;</source>
        <translation>선택 사항, &quot;기타&quot;이면 필수</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="89"/>
        <source>Required: what to send and why</source>
        <translation>필수: 무엇을 왜 보내야 하는지</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="91"/>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="91"/>
        <source>&amp;Message</source>
        <translation>메시지(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="94"/>
        <source>Reject</source>
        <translation>반려</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="94"/>
        <source>Send request</source>
        <translation>요청 보내기</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="106"/>
        <source>Write the message for the customer: what to send and why.</source>
        <translation>고객에게 보낼 메시지를 쓰세요: 무엇을 왜 보내야 하는지.</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="111"/>
        <source>With the reason &quot;Other&quot;, write what is wrong in the note.</source>
        <translation>사유가 &quot;기타&quot;이면 무엇이 문제인지 메모에 쓰세요.</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="116"/>
        <source>The note is %1 characters long; shorten it to 1,000.</source>
        <translation>메모가 %1자입니다. 1,000자 이내로 줄이세요.</translation>
    </message>
</context>
<context>
    <name>pd::ui::KycPanel</name>
    <message>
        <location filename="../ui/KycPanel.cpp" line="60"/>
        <source>&amp;Claim</source>
        <translation>담당(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="61"/>
        <location filename="../ui/KycPanel.cpp" line="354"/>
        <source>Take this document so that no one else decides it while you review it (Alt+C)</source>
        <translation>심사하는 동안 다른 사람이 결정하지 못하도록 이 서류를 맡습니다(Alt+C)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="62"/>
        <source>Re&amp;lease</source>
        <translation>해제(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="62"/>
        <source>Give the claim back (Alt+L)</source>
        <translation>담당을 내려놓습니다(Alt+L)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="63"/>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="63"/>
        <source>Approve the document (Alt+A)</source>
        <translation>서류를 승인합니다(Alt+A)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="65"/>
        <source>&amp;Reject…</source>
        <translation>반려(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="65"/>
        <source>Reject with a reason from the list (Alt+R)</source>
        <translation>목록의 사유로 반려합니다(Alt+R)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="66"/>
        <source>Request &amp;info…</source>
        <translation>정보 요청(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="67"/>
        <source>Ask the customer for more information (Alt+I)</source>
        <translation>고객에게 추가 정보를 요청합니다(Alt+I)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="68"/>
        <source>Reveal nu&amp;mber</source>
        <translation>번호 보기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="69"/>
        <source>Show the full document number; the reveal is recorded in the audit log (Alt+M)</source>
        <translation>서류 번호 전체를 보여 줍니다. 열람은 감사 로그에 기록됩니다(Alt+M)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="71"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ 이전(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="71"/>
        <source>Open the previous document (Alt+P)</source>
        <translation>이전 서류를 엽니다(Alt+P)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="72"/>
        <source>&amp;Next ▶</source>
        <translation>다음(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="113"/>
        <source>Reviewer activit&amp;y…</source>
        <translation>심사역 활동(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="115"/>
        <source>Review settings…</source>
        <translation>심사 설정…</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="194"/>
        <source>Queue counts unavailable</source>
        <translation>대기열 건수를 불러올 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="73"/>
        <source>Open the next document no one else has claimed or put on hold (Alt+N)</source>
        <translation>다른 사람이 담당하거나 보류하지 않은 다음 서류를 엽니다(Alt+N)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="74"/>
        <location filename="../ui/KycPanel.cpp" line="348"/>
        <source>&amp;Hold…</source>
        <translation>보류(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="75"/>
        <source>Put it on hold with a reason: it waits for something outside the review, and its SLA clock stops until someone resumes it (Alt+H)</source>
        <translation>사유와 함께 보류합니다. 심사 밖의 무언가를 기다리는 동안 누군가 재개할 때까지 SLA 시계가 멈춥니다(Alt+H)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="118"/>
        <location filename="../ui/KycPanel.cpp" line="216"/>
        <source>Away…</source>
        <translation>부재…</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="120"/>
        <source>Say until which day you are away: you get no new documents, and the ones assigned to you go back to the queue</source>
        <translation>언제까지 부재인지 알립니다. 새 서류가 배정되지 않고, 내게 배정된 서류는 대기열로 돌아갑니다</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="203"/>
        <source>New %1 · Resubmitted %2 · Second approval %3 · On hold %4 · Claimed %5 (mine %6) · Over SLA %7</source>
        <translation>신규 %1 · 재제출 %2 · 2차 승인 %3 · 보류 %4 · 담당 중 %5(내 담당 %6) · SLA 초과 %7</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KycPanel.cpp" line="208"/>
        <source>Pending documents by review stage. Signed in as %1; claims last %n minute(s).</source>
        <translation>
            <numerusform>심사 단계별 대기 서류입니다. %1(으)로 로그인했으며 담당은 %n분 동안 유지됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="215"/>
        <source>Away until %1…</source>
        <translation>%1까지 부재…</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="219"/>
        <source>Assigned to you %1</source>
        <translation>내게 배정 %1</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="242"/>
        <source>Select a document in the queue.</source>
        <translation>대기열에서 서류를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="288"/>
        <source>waiting %1, %2</source>
        <translation>대기 %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="291"/>
        <source>risk %1</source>
        <translation>위험 %1</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="295"/>
        <source>needs two approvals</source>
        <translation>승인 2회 필요</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="296"/>
        <source>first approval by %1; needs a second reviewer</source>
        <translation>%1 1차 승인, 2차 심사역 필요</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="302"/>
        <source>Decided by %1 at %2.</source>
        <translation>%1이(가) %2에 결정했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="306"/>
        <source>On hold since %1 by %2: %3. Resume it to review it (Alt+U).</source>
        <translation>%1부터 %2이(가) 보류함: %3. 심사하려면 재개하세요(Alt+U).</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="310"/>
        <source>Not claimed. Claim it to decide (Alt+C).</source>
        <translation>담당자가 없습니다. 결정하려면 담당하세요(Alt+C).</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="313"/>
        <source>Claimed by you until %1.</source>
        <translation>%1까지 내가 담당합니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="314"/>
        <source>Claimed by %1 until %2.</source>
        <translation>%2까지 %1이(가) 담당합니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="318"/>
        <source>Document number: %1</source>
        <translation>서류 번호: %1</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="348"/>
        <source>Res&amp;ume…</source>
        <translation>재개(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="352"/>
        <source>On hold: resume it first</source>
        <translation>보류 중: 먼저 재개하세요</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="382"/>
        <source>You claimed #%1 until %2.</source>
        <translation>#%1을(를) %2까지 담당합니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="407"/>
        <source>The claim on #%1 was released.</source>
        <translation>#%1의 담당을 해제했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="464"/>
        <source>First approval of #%1 recorded; a second reviewer must approve it too.</source>
        <translation>#%1의 1차 승인을 기록했습니다. 다른 심사역의 2차 승인이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="467"/>
        <source>#%1 is now %2; the user&apos;s KYC is %3 at level %4.</source>
        <translation>#%1은(는) 이제 %2입니다. 사용자 KYC는 레벨 %4에서 %3입니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="497"/>
        <source>Document number: %1 (revealed; recorded in the audit log)</source>
        <translation>서류 번호: %1 (열람함, 감사 로그에 기록됨)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="546"/>
        <source>Resume #%1</source>
        <translation>#%1 재개</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="546"/>
        <source>Put #%1 on hold</source>
        <translation>#%1 보류</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="547"/>
        <source>On hold: %1 (by %2).
Why does the review go on now? (kept in the audit log)</source>
        <translation>보류 중: %1(%2).
이제 심사를 이어 가는 이유는 무엇입니까? (감사 로그에 남습니다)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="549"/>
        <source>What does it wait for? The reason is shown to every reviewer and kept in the audit log; the SLA clock stops until the document is resumed, and your claim ends.</source>
        <translation>무엇을 기다립니까? 사유는 모든 심사자에게 보이고 감사 로그에 남습니다. 서류를 재개할 때까지 SLA 시계가 멈추고, 내 담당은 끝납니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="552"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="552"/>
        <source>Put on hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="567"/>
        <source>#%1 is back in the queue; its SLA clock runs again.</source>
        <translation>#%1이(가) 대기열로 돌아왔습니다. SLA 시계가 다시 갑니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="568"/>
        <source>#%1 is on hold; its SLA clock stands still.</source>
        <translation>#%1을(를) 보류했습니다. SLA 시계가 멈춰 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="586"/>
        <source>Away</source>
        <translation>부재</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="588"/>
        <source>While you are away you get no new documents, and the documents assigned to you go back to the shared queue.</source>
        <translation>부재 중에는 새 서류가 배정되지 않고, 내게 배정된 서류는 공용 대기열로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="599"/>
        <source>Away through</source>
        <translation>부재 기간(까지)</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="602"/>
        <source>Set away</source>
        <translation>부재 설정</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="604"/>
        <source>I am back</source>
        <translation>복귀</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="617"/>
        <source>You are away through %1; your assigned documents went back to the queue.</source>
        <translation>%1까지 부재로 설정했습니다. 배정된 서류는 대기열로 돌아갔습니다.</translation>
    </message>
    <message>
        <location filename="../ui/KycPanel.cpp" line="619"/>
        <source>Welcome back: new documents can be assigned to you again.</source>
        <translation>복귀했습니다. 다시 새 서류가 배정될 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>pd::ui::KycSettingsDialog</name>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="138"/>
        <source>Review settings</source>
        <translation>심사 설정</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="144"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="146"/>
        <source>A claim lasts</source>
        <translation>담당 유지 시간</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="150"/>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="152"/>
        <source>Decide within (SLA)</source>
        <translation>결정 기한(SLA)</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="159"/>
        <source>Two approvals above risk score</source>
        <translation>이 위험 점수 초과 시 승인 2회</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="160"/>
        <source>Spread new documents across the KYC reviewers who are not away</source>
        <translation>새 서류를 부재가 아닌 KYC 심사자에게 고루 배정</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="162"/>
        <source>Each new document goes to the reviewer with the fewest pending documents assigned</source>
        <translation>새 서류마다 대기 중인 배정 서류가 가장 적은 심사자에게 갑니다</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="164"/>
        <source>Assignment</source>
        <translation>배정</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="167"/>
        <source>Documents waiting over half the SLA are marked &quot;due soon&quot;, over it &quot;over SLA&quot;.</source>
        <translation>SLA의 절반 넘게 기다린 서류는 &quot;기한 임박&quot;, SLA를 넘기면 &quot;SLA 초과&quot;로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Enter password…</source>
        <translation>비밀번호 입력…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Connect to another database…</source>
        <translation>다른 데이터베이스에 연결…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Not connected.</source>
        <translation>연결되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Connect…</source>
        <translation>연결(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Reconnect</source>
        <translation>다시 연결(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&amp;Stop loading</source>
        <translation>불러오기 중지(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;About Paydesk</source>
        <translation>Paydesk 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>About Paydesk</source>
        <translation>Paydesk 정보</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Embedded demo database</source>
        <translation>내장 데모 데이터베이스</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <location filename="../ui/MainWindow.cpp" line="349"/>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <location filename="../ui/MainWindow.cpp" line="463"/>
        <location filename="../ui/MainWindow.cpp" line="486"/>
        <source>Cannot connect</source>
        <translation>연결할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>The profile &quot;%1&quot; has no valid database address. Edit it in File &gt; Connect.</source>
        <translation>프로필 &quot;%1&quot;에 올바른 데이터베이스 주소가 없습니다. 파일 &gt; 연결에서 수정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <location filename="../ui/MainWindow.cpp" line="423"/>
        <location filename="../ui/MainWindow.cpp" line="479"/>
        <source>Paydesk — %1</source>
        <translation>Paydesk — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Connecting to %1</source>
        <translation>%1에 연결하는 중</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="494"/>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Creating the demo database…</source>
        <translation>데모 데이터베이스를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <source>The first start fills %1 with sample data. This takes a few seconds and happens once.</source>
        <translation>처음 시작할 때 %1을(를) 예시 데이터로 채웁니다. 몇 초 걸리며 한 번만 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="534"/>
        <source>The demo database could not be created</source>
        <translation>데모 데이터베이스를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="518"/>
        <source>Creating the demo database…
%1</source>
        <translation>데모 데이터베이스를 만드는 중…
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="564"/>
        <source>Replica: not reachable</source>
        <translation>복제본: 연결 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="565"/>
        <source>Lists are read from the primary until the replica answers: %1</source>
        <translation>복제본이 응답할 때까지 목록은 기본 서버에서 읽습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="567"/>
        <source>Replica: %1 s behind, not used</source>
        <translation>복제본: %1초 뒤처짐, 사용 안 함</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="568"/>
        <source>The replica is more than %1 seconds behind the primary, so lists are read from the primary.</source>
        <translation>복제본이 기본 서버보다 %1초 넘게 뒤처져 있어 목록을 기본 서버에서 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="571"/>
        <source>Replica: up to date</source>
        <translation>복제본: 최신</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="572"/>
        <source>Lists, counts, exports and the dashboard are read from the replica; changes and details from the primary.</source>
        <translation>목록, 건수, 내보내기와 대시보드는 복제본에서, 변경과 상세 보기는 기본 서버에서 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="575"/>
        <source>Replica: %1 s behind</source>
        <translation>복제본: %1초 뒤처짐</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="576"/>
        <source>Lists may not yet show changes of the last %1 seconds; your own changes are read from the primary.</source>
        <translation>목록에는 최근 %1초 동안의 변경이 아직 보이지 않을 수 있습니다. 내가 한 변경은 기본 서버에서 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="617"/>
        <source>● Live</source>
        <translation>● 실시간</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="618"/>
        <source>Changes others make appear in the tables as they happen.</source>
        <translation>다른 사람이 변경한 내용이 표에 바로 나타납니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="620"/>
        <source>○ Live updates starting…</source>
        <translation>○ 실시간 업데이트 시작 중…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="623"/>
        <source>○ Live updates paused, reconnecting</source>
        <translation>○ 실시간 업데이트 일시 중지, 다시 연결 중</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="624"/>
        <source>%1
Press F5 to read the newest rows meanwhile.</source>
        <translation>%1
그동안 최신 행을 보려면 F5를 누르세요.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="724"/>
        <source>Refreshed %1</source>
        <translation>새로 고침 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="803"/>
        <source>Not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="812"/>
        <source>user %1</source>
        <translation>사용자 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="813"/>
        <source>user %1 (%2)</source>
        <translation>사용자 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="816"/>
        <source>TLS, server verified</source>
        <translation>TLS, 서버 확인됨</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="817"/>
        <source>TLS, server not verified</source>
        <translation>TLS, 서버 확인 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="817"/>
        <source>not encrypted</source>
        <translation>암호화 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="819"/>
        <source>schema %1</source>
        <translation>스키마 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="848"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="848"/>
        <source>Password for %1 at %2:</source>
        <translation>%2의 %1 비밀번호:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;Admin console for payments, KYC review, BCH invoices and settlements.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;결제, KYC 심사, BCH 청구서, 정산을 위한 관리 콘솔입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="350"/>
        <source>The profile &quot;%1&quot; needs a server URL (https://host:port) and a user. Edit it in File &gt; Connect.</source>
        <translation>프로필 &quot;%1&quot;에는 서버 URL(https://호스트:포트)과 사용자가 필요합니다. 파일 &gt; 연결에서 수정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <location filename="../ui/MainWindow.cpp" line="839"/>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="369"/>
        <source>Enter the password of %1 at %2.</source>
        <translation>%2의 %1 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Signing in to %1</source>
        <translation>%1에 로그인하는 중</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Signed out</source>
        <translation>로그아웃됨</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="839"/>
        <source>Password of %1 at %2:</source>
        <translation>%2의 %1 비밀번호:</translation>
    </message>
</context>
<context>
    <name>pd::ui::ManualCreditDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="356"/>
        <source>Manual credit for %1</source>
        <translation>%1 수동 크레딧</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="358"/>
        <source>Adds to %1&apos;s BCH credit balance; a negative amount takes credit back. Above the four-eyes limit another headquarters admin approves it on the Manual credits page before it counts.</source>
        <translation>%1 님의 BCH 크레딧 잔액에 더합니다. 음수는 크레딧을 회수합니다. 이중 승인 한도를 넘으면 다른 본사 관리자가 수동 크레딧 페이지에서 승인해야 반영됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="368"/>
        <source>BCH, for example 0.05 or -0.01</source>
        <translation>BCH, 예: 0.05 또는 -0.01</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="369"/>
        <source>&amp;Amount (BCH)</source>
        <translation>금액(&amp;A) (BCH)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="372"/>
        <source>Credit</source>
        <translation>지급</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="382"/>
        <source>Enter the amount in BCH, other than zero, such as 0.05.</source>
        <translation>0이 아닌 BCH 금액을 입력하세요 (예: 0.05).</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="383"/>
        <source>“%1” is not a BCH amount: %2 Write it like 0.05.</source>
        <translation>“%1”은(는) BCH 금액이 아닙니다: %2 0.05처럼 쓰세요.</translation>
    </message>
</context>
<context>
    <name>pd::ui::MemberCreateDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="445"/>
        <source>New member</source>
        <translation>새 회원</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="447"/>
        <source>Enrols a member in an institution with service active. The first child is optional; more can be added later. An auto-debit contract is registered separately.</source>
        <translation>회원을 기관에 서비스 이용 중 상태로 등록합니다. 첫 자녀는 선택이며 나중에 더 추가할 수 있습니다. 자동이체 계약은 따로 등록합니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="454"/>
        <source>&amp;Last name</source>
        <translation>성(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="454"/>
        <source>Family name, as on the ID</source>
        <translation>신분증에 있는 성</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="455"/>
        <source>&amp;First name</source>
        <translation>이름(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="455"/>
        <source>Given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="456"/>
        <source>&amp;Phone</source>
        <translation>전화(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="456"/>
        <source>010-1234-5678 or +1-555-0100; empty for none</source>
        <translation>010-1234-5678 또는 +1-555-0100, 없으면 비워 두세요</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="457"/>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="457"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="458"/>
        <source>Countr&amp;y</source>
        <translation>국가(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="459"/>
        <source>two letters: KR names read family name first</source>
        <translation>두 글자: KR이면 이름을 성부터 씁니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="463"/>
        <source>&amp;Institution</source>
        <translation>기관(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="465"/>
        <source>Enrolled &amp;on</source>
        <translation>등록일(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="466"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="467"/>
        <source>&amp;Child&apos;s name</source>
        <translation>자녀 이름(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="467"/>
        <source>optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="468"/>
        <source>Child&apos;s &amp;birth date</source>
        <translation>자녀 생년월일(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="468"/>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD, 선택</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="469"/>
        <source>Child&apos;s c&amp;lass</source>
        <translation>자녀 반(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="469"/>
        <source>optional, such as 햇님반</source>
        <translation>선택, 예: 햇님반</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="472"/>
        <source>Enrol</source>
        <translation>등록</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="497"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD, such as 2026-03-02.</source>
        <translation>“%1”은(는) 날짜가 아닙니다. YYYY-MM-DD 형식(예: 2026-03-02)으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="505"/>
        <source>Enter the child&apos;s name, or leave the child&apos;s fields empty to enrol the member alone.</source>
        <translation>자녀 이름을 입력하거나, 회원만 등록하려면 자녀 항목을 모두 비워 두세요.</translation>
    </message>
</context>
<context>
    <name>pd::ui::MemberEditDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="698"/>
        <source>Edit %1</source>
        <translation>%1 수정</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="711"/>
        <source>&amp;Last name</source>
        <translation>성(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="711"/>
        <source>Family name, as on the ID</source>
        <translation>신분증에 적힌 성</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="712"/>
        <source>&amp;First name</source>
        <translation>이름(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="712"/>
        <source>Given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="713"/>
        <source>&amp;Phone</source>
        <translation>전화번호(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="714"/>
        <source>010-1234-5678 or +1-555-0100; empty for none</source>
        <translation>010-1234-5678 또는 +1-555-0100, 없으면 비워 두세요</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="715"/>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="716"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="724"/>
        <source>&amp;Institution</source>
        <translation>기관(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="728"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>pd::ui::MemberPanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="124"/>
        <source>New member…</source>
        <translation>새 회원…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="124"/>
        <source>Enrol a member in an institution, with the first child</source>
        <translation>첫 자녀와 함께 회원을 기관에 등록</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="125"/>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="125"/>
        <source>Correct the names, phone or e-mail, or move to another institution</source>
        <translation>이름, 전화번호, 이메일을 고치거나 다른 기관으로 옮깁니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="126"/>
        <source>Add child…</source>
        <translation>자녀 추가…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="126"/>
        <source>Add a child of this member</source>
        <translation>이 회원의 자녀 추가</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="127"/>
        <source>Edit child…</source>
        <translation>자녀 수정…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="128"/>
        <source>Correct a child&apos;s name, birth date or class, or mark it as no longer attending</source>
        <translation>자녀의 이름, 생년월일, 반을 고치거나 더 이상 다니지 않음으로 표시</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="129"/>
        <source>Pause…</source>
        <translation>일시 중지…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="129"/>
        <source>Stop the monthly fee while the member is away, with a reason</source>
        <translation>회원이 쉬는 동안 월 회비를 멈춥니다 (사유 필요)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="130"/>
        <location filename="../ui/AdminPanels.cpp" line="226"/>
        <source>Resume…</source>
        <translation>재개…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="130"/>
        <source>Start the member&apos;s service again, with a reason</source>
        <translation>회원의 서비스를 다시 시작합니다 (사유 필요)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="131"/>
        <source>Withdraw…</source>
        <translation>탈퇴…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="132"/>
        <source>End the membership; the member&apos;s records stay, with a reason</source>
        <translation>회원 자격을 끝냅니다. 기록은 남습니다 (사유 필요)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="133"/>
        <source>Register contract…</source>
        <translation>계약 등록…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="134"/>
        <source>Register an auto-debit contract: bank, account, payment day and amount</source>
        <translation>자동이체 계약 등록: 은행, 계좌, 결제일, 금액</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="135"/>
        <source>Change contract…</source>
        <translation>계약 변경…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="136"/>
        <source>Change the bank, account, payment day or monthly amount</source>
        <translation>은행, 계좌, 결제일 또는 월 금액 변경</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="137"/>
        <source>Activate contract…</source>
        <translation>계약 활성화…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="138"/>
        <source>The bank registered the auto-debit contract: debit it from now on</source>
        <translation>은행이 자동이체 계약을 등록했습니다. 지금부터 출금합니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="139"/>
        <source>Suspend contract…</source>
        <translation>계약 정지…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="140"/>
        <source>Stop debiting the account for now, with a reason</source>
        <translation>당분간 계좌 출금을 멈춥니다 (사유 필요)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="141"/>
        <source>Resume contract…</source>
        <translation>계약 재개…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="141"/>
        <source>Debit the account again, with a reason</source>
        <translation>계좌 출금을 다시 시작합니다 (사유 필요)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="142"/>
        <source>Terminate contract…</source>
        <translation>계약 해지…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="143"/>
        <source>End the auto-debit contract for good, with a reason</source>
        <translation>자동이체 계약을 완전히 끝냅니다 (사유 필요)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="225"/>
        <source>Enrol again…</source>
        <translation>다시 등록…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="304"/>
        <source>%1&apos;s account is not debited while the contract is suspended; resume it to debit again.</source>
        <translation>계약이 정지된 동안 %1 님의 계좌에서 출금하지 않습니다. 다시 출금하려면 계약을 재개하세요.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="307"/>
        <source>%1&apos;s auto-debit contract ends for good: it is never debited again, and a new contract must be registered to debit this member. The contract&apos;s history stays.</source>
        <translation>%1 님의 자동이체 계약이 완전히 끝납니다. 다시는 출금되지 않으며, 이 회원에게서 출금하려면 새 계약을 등록해야 합니다. 계약 이력은 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="310"/>
        <source>%1&apos;s account is debited on the contract&apos;s payment day from now on.</source>
        <translation>지금부터 계약의 납부일에 %1 님의 계좌에서 출금합니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="330"/>
        <source>%1 owes no monthly fee while paused; resume the service when the child is back.</source>
        <translation>일시 중지 동안 %1 님은 월 회비를 내지 않습니다. 아이가 돌아오면 서비스를 재개하세요.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="332"/>
        <source>%1 leaves the service. Nothing is deleted: payments, invoices and history stay, and the member can be enrolled again.</source>
        <translation>%1 님이 서비스를 떠납니다. 아무것도 삭제되지 않습니다. 납부, 청구서, 이력은 남고 다시 등록할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="335"/>
        <source>%1&apos;s service starts again; the monthly fee is due from the next month.</source>
        <translation>%1 님의 서비스가 다시 시작됩니다. 다음 달부터 월 회비가 청구됩니다.</translation>
    </message>
</context>
<context>
    <name>pd::ui::NewInvoiceDialog</name>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="48"/>
        <source>New BCH invoice</source>
        <translation>새 BCH 청구서</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="55"/>
        <source>Name, email or phone</source>
        <translation>이름, 이메일 또는 전화번호</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="60"/>
        <location filename="../ui/InvoiceDialogs.cpp" line="129"/>
        <source>No member chosen</source>
        <translation>선택한 회원 없음</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="66"/>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="74"/>
        <source>satoshis</source>
        <translation>사토시</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="83"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="88"/>
        <source>What the member pays for, e.g. 2026-11 meal fee</source>
        <translation>결제 항목, 예: 2026-11 급식비</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="89"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="97"/>
        <source>Local time. The member must pay before this; at most one year ahead.</source>
        <translation>현지 시간. 회원은 이 시각 전에 결제해야 하며, 최대 1년 뒤까지 정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="98"/>
        <source>Pay by</source>
        <translation>납부기한</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="102"/>
        <source>Create invoice</source>
        <translation>청구서 만들기</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="129"/>
        <source>Chosen: %1 (#%2)</source>
        <translation>선택: %1 (#%2)</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="168"/>
        <source>No member matches “%1”.</source>
        <translation>“%1”에 맞는 회원이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="180"/>
        <source>Enter the amount.</source>
        <translation>금액을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="185"/>
        <source>Satoshis are a whole number, such as 125000 (no separators).</source>
        <translation>사토시는 125000처럼 정수로 씁니다(구분 기호 없이).</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="193"/>
        <source>“%1” is not a BCH amount: %2 Write it like 0.125.</source>
        <translation>“%1”은(는) BCH 금액이 아닙니다: %2 0.125처럼 쓰세요.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="199"/>
        <source>The amount must be more than zero.</source>
        <translation>금액은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="202"/>
        <source>An invoice can ask for at most 99.99999999 BCH.</source>
        <translation>청구서 금액은 최대 99.99999999 BCH입니다.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="217"/>
        <source>= %1 = %2 satoshis</source>
        <translation>= %1 = %2 사토시</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="226"/>
        <source>Choose the member: type part of a name or email and pick them from the list.</source>
        <translation>회원을 선택하세요. 이름이나 이메일 일부를 입력하고 목록에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/InvoiceDialogs.cpp" line="239"/>
        <source>The expiry must be in the future.</source>
        <translation>만료 시각은 미래여야 합니다.</translation>
    </message>
</context>
<context>
    <name>pd::ui::OrganizationPanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1065"/>
        <source>Rename…</source>
        <translation>이름 변경…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1067"/>
        <location filename="../ui/AdminPanels.cpp" line="1111"/>
        <source>Close…</source>
        <translation>폐쇄…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1069"/>
        <source>New below…</source>
        <translation>하위 조직 추가…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1071"/>
        <source>Add a region, center or institution below this one</source>
        <translation>이 조직 아래에 지역, 센터, 기관 추가</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1072"/>
        <source>Move…</source>
        <translation>이동…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1074"/>
        <source>Put it, with everything below it, under another parent</source>
        <translation>아래 조직 전체와 함께 다른 상위 조직 아래로 이동</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1075"/>
        <source>Fee rate…</source>
        <translation>수수료율…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1077"/>
        <source>Set the settlement fee rate from a month on</source>
        <translation>특정 월부터 적용할 정산 수수료율 설정</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1078"/>
        <source>Retry policy…</source>
        <translation>재출금 정책…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1080"/>
        <source>How often and how far apart failed auto-debits are retried below it</source>
        <translation>이 조직 아래에서 실패한 자동출금을 몇 번, 며칠 간격으로 재출금할지</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1111"/>
        <source>Reopen…</source>
        <translation>재개설…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1112"/>
        <source>Close it: its history stays, it takes no new members</source>
        <translation>폐쇄합니다. 이력은 남고 새 회원을 받지 않습니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1113"/>
        <source>Open it again for new members</source>
        <translation>새 회원을 받도록 다시 엽니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1142"/>
        <source>Rename %1</source>
        <translation>%1 이름 변경</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1143"/>
        <source>Close %1</source>
        <translation>%1 폐쇄</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1144"/>
        <source>Reopen %1</source>
        <translation>%1 재개설</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1147"/>
        <source>The new name shows everywhere at once; the audit log keeps the old one.</source>
        <translation>새 이름이 모든 곳에 바로 표시되며, 이전 이름은 감사 로그에 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1149"/>
        <source>%1 keeps its members, payments and settlements, but takes no new members.</source>
        <translation>%1의 회원, 납부, 정산은 그대로 남지만 새 회원은 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1150"/>
        <source>%1 takes new members again.</source>
        <translation>%1이(가) 다시 새 회원을 받습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1153"/>
        <source>Rename</source>
        <translation>이름 변경</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1154"/>
        <source>Close</source>
        <translation>폐쇄</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1155"/>
        <source>Reopen</source>
        <translation>재개설</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1167"/>
        <source>&amp;New name</source>
        <translation>새 이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1186"/>
        <source>a region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1187"/>
        <source>a center</source>
        <translation>센터</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1188"/>
        <source>an institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1190"/>
        <source>New below %1</source>
        <translation>%1 아래에 추가</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1191"/>
        <source>Adds %1 below %2. Its code is unique and never changes.</source>
        <translation>%2 아래에 %1을(를) 추가합니다. 코드는 고유하며 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1191"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1201"/>
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1201"/>
        <source>such as I-SEOUL1-11</source>
        <translation>예: I-SEOUL1-11</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1202"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1205"/>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1206"/>
        <source>%1 moves with everything below it. Its members, payments and settlements keep their records; who sees it follows its new place.</source>
        <translation>%1은(는) 아래 조직 전체와 함께 이동합니다. 회원, 결제, 정산 기록은 그대로 남고, 볼 수 있는 사람은 새 위치에 따라 정해집니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1209"/>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1219"/>
        <source>&amp;Under</source>
        <translation>상위 조직(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1235"/>
        <source>Retry policy of %1</source>
        <translation>%1의 재출금 정책</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1236"/>
        <source>A debit that failed for a reason worth retrying (insufficient funds, a limit, a bank fault) is debited again this many times, this many banking days apart, for every institution below %1 that has no nearer policy. When the retries are used up the payment is overdue. At most 15 banking days in all, so the last retry comes before the next month&apos;s debit.</source>
        <translation>재출금할 만한 사유(잔액부족, 한도, 은행 오류)로 실패한 출금은 더 가까운 정책이 없는 %1 아래 모든 기관에서 이 횟수만큼, 이 영업일 간격으로 다시 출금합니다. 재출금을 다 쓰면 결제는 미납이 됩니다. 모두 합쳐 최대 15 영업일이므로 마지막 재출금은 다음 달 출금 전에 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1241"/>
        <source>Set policy</source>
        <translation>정책 설정</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1254"/>
        <source>&amp;Retries</source>
        <translation>재출금 횟수(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1255"/>
        <source>0 to 5</source>
        <translation>0~5</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1256"/>
        <source>&amp;Banking days apart</source>
        <translation>영업일 간격(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1257"/>
        <source>1 to 10</source>
        <translation>1~10</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1260"/>
        <source>Fee rate of %1</source>
        <translation>%1의 수수료율</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1261"/>
        <source>Settlements from the month given use this rate for every center below %1 that has no nearer rate. Earlier months keep theirs; a month already confirmed cannot change.</source>
        <translation>지정한 달부터의 정산은 더 가까운 요율이 없는 %1 아래 모든 센터에 이 요율을 씁니다. 이전 달은 기존 요율을 유지하고, 이미 확정된 달은 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1264"/>
        <source>Set rate</source>
        <translation>요율 설정</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1275"/>
        <source>From &amp;month</source>
        <translation>적용 시작 월(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1277"/>
        <source>&amp;Rate (basis points)</source>
        <translation>요율(bp)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1278"/>
        <source>250 is 2.5 %</source>
        <translation>250은 2.5%</translation>
    </message>
</context>
<context>
    <name>pd::ui::OverduePanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="871"/>
        <source>Contact list…</source>
        <translation>연락 명단…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="873"/>
        <source>Remind every member listed (with the filters): records the reminder on each member and saves their names, phones, amounts, reasons and a suggested message in Korean and English as CSV. Members reminded in the last seven days are left out.</source>
        <translation>목록의 모든 회원(필터 적용)에게 안내합니다. 회원마다 안내 기록을 남기고 이름, 전화, 금액, 사유, 한국어·영어 안내문을 CSV로 저장합니다. 최근 7일 안에 안내한 회원은 빠집니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="883"/>
        <source>Contact list</source>
        <translation>연락 명단</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="884"/>
        <source>Remind every member the list shows with its filters, loaded or not? Each is recorded as reminded now, by you; anyone reminded in the last seven days is left out.</source>
        <translation>필터에 맞는 모든 회원(불러오지 않은 행 포함)에게 안내할까요? 지금 본인이 안내한 것으로 기록되며, 최근 7일 안에 안내한 회원은 빠집니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="887"/>
        <source>By &amp;SMS</source>
        <translation>문자(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="888"/>
        <source>By &amp;letter</source>
        <translation>우편(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="895"/>
        <source>Save the contact list</source>
        <translation>연락 명단 저장</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="897"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="918"/>
        <source>Recording the reminders…</source>
        <translation>안내를 기록하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="938"/>
        <source>Nobody new to remind; no file was written.</source>
        <translation>새로 안내할 회원이 없어 파일을 쓰지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AdminPanels.cpp" line="933"/>
        <source>%n left out: reminded in the last seven days (%1 by %2 on %3, ...).</source>
        <translation>
            <numerusform>%n명 제외: 최근 7일 안에 안내함(%1: %2, %3 등).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AdminPanels.cpp" line="945"/>
        <source>%n reminder(s) recorded, but the list could not be saved to %1: %2</source>
        <translation>
            <numerusform>안내 %n건을 기록했지만 명단을 %1에 저장하지 못했습니다: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AdminPanels.cpp" line="951"/>
        <source>%n member(s) to remind saved to %1.</source>
        <translation>
            <numerusform>안내할 회원 %n명을 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::PaymentChangeDialog</name>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="79"/>
        <source>Mark payment #%1 paid</source>
        <translation>결제 #%1 납부 처리</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="79"/>
        <source>Cancel payment #%1</source>
        <translation>결제 #%1 취소</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="81"/>
        <source>Record money that arrived outside the auto-debit run (cash, bank transfer). The payment becomes successful and counts in its month&apos;s settlement.</source>
        <translation>자동이체 외로 들어온 돈(현금, 계좌이체)을 기록합니다. 결제가 성공으로 바뀌고 해당 월 정산에 포함됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="83"/>
        <source>The member will owe nothing for this month. Use this for a month the service was not given.</source>
        <translation>회원은 이 달 요금을 내지 않습니다. 서비스를 제공하지 않은 달에 사용하세요.</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="97"/>
        <source>Optional: receipt or transfer number</source>
        <translation>선택: 영수증 또는 이체 번호</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="99"/>
        <source>Money arrived on</source>
        <translation>입금일</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="100"/>
        <source>Reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="107"/>
        <source>Mark paid</source>
        <translation>납부 처리</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="107"/>
        <source>Cancel payment</source>
        <translation>결제 취소</translation>
    </message>
</context>
<context>
    <name>pd::ui::PaymentPanel</name>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="135"/>
        <source>Mark paid…</source>
        <translation>납부 처리…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="137"/>
        <source>Record a payment received outside the auto-debit run, with a reason</source>
        <translation>자동이체 외로 받은 결제를 사유와 함께 기록합니다</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="138"/>
        <source>Cancel payment…</source>
        <translation>결제 취소…</translation>
    </message>
</context>
<context>
    <name>pd::ui::QrCodeWidget</name>
    <message>
        <location filename="../ui/QrCodeWidget.cpp" line="14"/>
        <source>Payment QR code</source>
        <translation>결제 QR 코드</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1398"/>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하세요.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReconciliationPage</name>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="65"/>
        <source>Reconciliation</source>
        <translation>대사</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="73"/>
        <source>Open result file…</source>
        <translation>결과 파일 열기…</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="75"/>
        <source>A CSV file from the auto-debit provider or the bank: date, member or contract id, amount, provider transaction id, result code (UTF-8 or CP949)</source>
        <translation>자동이체 대행사나 은행의 CSV 파일: 날짜, 회원번호 또는 계약번호, 금액, 거래번호, 결과코드(UTF-8 또는 CP949)</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="77"/>
        <source>Columns…</source>
        <translation>열 선택…</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="80"/>
        <source>&amp;Center</source>
        <translation>센터(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="91"/>
        <source>No file open.</source>
        <translation>열린 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="113"/>
        <source>The file (statement)</source>
        <translation>파일(거래 내역)</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="119"/>
        <source>Expected payments no line settles (ledger)</source>
        <translation>처리되지 않은 예정 결제(원장)</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="135"/>
        <source>&amp;Match selected</source>
        <translation>선택 항목 대사(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="137"/>
        <source>Match the selected file line to the selected expected payment</source>
        <translation>선택한 파일 행을 선택한 예정 결제와 대사합니다</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="138"/>
        <source>&amp;Unmatch</source>
        <translation>대사 해제(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="140"/>
        <source>&amp;Apply chosen matches</source>
        <translation>선택한 대사 반영(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="150"/>
        <source>Open a result file</source>
        <translation>결과 파일 열기</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="151"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="213"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="222"/>
        <source>the file is larger than 50 MB</source>
        <translation>파일이 50MB보다 큽니다</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="231"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="292"/>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="295"/>
        <source>%1 · %2 · %3 good lines, %4 bad</source>
        <translation>%1 · %2 · 정상 %3행, 오류 %4행</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="301"/>
        <source>Choose the center whose payments the file settles.</source>
        <translation>파일이 처리하는 결제의 센터를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="311"/>
        <source>Matching against the expected payments…</source>
        <translation>예정 결제와 대사하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="332"/>
        <source>This file was imported on %1 by %2; applying it again changes nothing.</source>
        <translation>이 파일은 %1에 %2이(가) 가져왔습니다. 다시 반영해도 바뀌는 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="361"/>
        <source>Columns of %1</source>
        <translation>%1의 열</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="363"/>
        <source>Choose which column holds each value. The choice is remembered for files with the same headers.</source>
        <translation>각 값이 들어 있는 열을 선택하세요. 같은 머리글의 파일에는 이 선택을 기억합니다.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="369"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="369"/>
        <source>Member or contract id</source>
        <translation>회원번호 또는 계약번호</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="369"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="369"/>
        <source>Provider transaction id</source>
        <translation>거래번호</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="370"/>
        <source>Result code</source>
        <translation>결과코드</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="374"/>
        <source>(choose)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="374"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="402"/>
        <source>Select a line of the file and an expected payment, then match them.</source>
        <translation>파일 행과 예정 결제를 하나씩 선택한 뒤 대사하세요.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="406"/>
        <source>This line cannot be matched: its provider id was applied already or repeats an earlier line.</source>
        <translation>이 행은 대사할 수 없습니다. 거래번호가 이미 반영되었거나 앞 행과 중복됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="424"/>
        <source>No match is chosen; tick the lines to apply.</source>
        <translation>선택한 대사가 없습니다. 반영할 행에 체크하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ReconciliationPage.cpp" line="428"/>
        <source>Applying %n match(es)…</source>
        <translation>
            <numerusform>대사 %n건 반영 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="440"/>
        <source>This file was imported on %1 by %2; nothing was changed.</source>
        <translation>이 파일은 %1에 %2이(가) 가져왔습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="446"/>
        <source>Applied: %1 payments paid (%2), %3 marked failed; %4 lines recorded.</source>
        <translation>반영 완료: 결제 %1건 납부(%2), %3건 실패 처리, %4행 기록.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="453"/>
        <source>Of the failed debits: left to retry at the next debit %1, retries used up (now overdue) %2, contracts suspended %3 (members to ask for a new account %4), to follow up by hand %5.</source>
        <translation>실패한 출금 중 다음 출금일에 재출금 %1건, 재출금 소진(미납 전환) %2건, 계약 정지 %3건(새 계좌를 요청할 회원 %4명), 직접 확인 %5건.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="498"/>
        <source>Failed debits on Apply: retry at the next debit %1 · suspend the contract %2 · suspend and ask for a new account %3 · follow up by hand %4</source>
        <translation>적용 시 실패한 출금: 다음 출금일에 재출금 %1건 · 계약 정지 %2건 · 정지 후 새 계좌 요청 %3건 · 직접 확인 %4건</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.cpp" line="482"/>
        <source>Statement %1 · matched %2 · difference %3 · %4 chosen, %5 open, %6 expected payments unsettled</source>
        <translation>거래 내역 %1 · 대사 %2 · 차액 %3 · 선택 %4, 미결 %5, 미처리 예정 결제 %6</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReviewerActivityDialog</name>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="204"/>
        <source>Reviewer activity</source>
        <translation>심사역 활동</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="213"/>
        <source>&amp;Show</source>
        <translation>보기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="214"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="216"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="223"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="223"/>
        <source>Reviewer</source>
        <translation>심사역</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="223"/>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="223"/>
        <source>Rejected</source>
        <translation>반려</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="224"/>
        <source>Information requested</source>
        <translation>정보 요청</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="224"/>
        <source>Median time to decision</source>
        <translation>결정까지 걸린 시간(중앙값)</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="248"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/KycDialogs.cpp" line="279"/>
        <source>No decisions in this period.</source>
        <translation>이 기간에는 결정이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KycDialogs.cpp" line="280"/>
        <source>%n decision(s) in this period.</source>
        <translation>
            <numerusform>이 기간에 결정 %n건.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::SecondFactorDialog</name>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="36"/>
        <source>Recovery code used</source>
        <translation>복구 코드 사용됨</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SecondFactorDialog.cpp" line="38"/>
        <source>You signed in with a recovery code; %n are left. Each works once.</source>
        <translation>
            <numerusform>복구 코드로 로그인했습니다. %n개 남았습니다. 각 코드는 한 번만 쓸 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="40"/>
        <source>You signed in with your last recovery code. Ask headquarters to reset your second factor if the phone is lost, so that you are not locked out.</source>
        <translation>마지막 복구 코드로 로그인했습니다. 휴대폰을 잃어버렸다면 잠기지 않도록 본부에 2단계 인증 초기화를 요청하세요.</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="43"/>
        <source>Keep your recovery codes</source>
        <translation>복구 코드를 보관하세요</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="44"/>
        <source>Your authenticator app is set up. If you lose the phone, each of these codes signs you in once instead of a code from the app. Print them or write them down and keep them safe: they are shown only now.</source>
        <translation>인증 앱이 설정되었습니다. 휴대폰을 잃어버리면 앱의 코드 대신 이 코드로 한 번씩 로그인할 수 있습니다. 인쇄하거나 적어서 안전하게 보관하세요. 지금만 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="54"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="58"/>
        <source>I have kept them</source>
        <translation>보관했습니다</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="60"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="68"/>
        <source>Set up sign-in codes for %1</source>
        <translation>%1의 로그인 코드 설정</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="69"/>
        <source>Your role signs in with a code from an authenticator app as well as the password. Scan this QR code with the app (FreeOTP, Aegis, Google or Microsoft Authenticator, ...), then type the six-digit code it shows.</source>
        <translation>이 역할은 비밀번호와 함께 인증 앱의 코드로 로그인합니다. 앱(FreeOTP, Aegis, Google 또는 Microsoft Authenticator 등)으로 이 QR 코드를 스캔한 뒤 표시되는 6자리 코드를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="82"/>
        <source>Or type this key into the app:</source>
        <translation>또는 앱에 이 키를 입력하세요:</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="89"/>
        <source>Sign-in code for %1</source>
        <translation>%1의 로그인 코드</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="90"/>
        <source>Type the six-digit code your authenticator app shows for Paydesk. Without the phone, type one of your recovery codes instead.</source>
        <translation>인증 앱에 표시된 Paydesk의 6자리 코드를 입력하세요. 휴대폰이 없으면 복구 코드 중 하나를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="95"/>
        <source>6-digit code</source>
        <translation>6자리 코드</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="95"/>
        <source>6-digit code or recovery code</source>
        <translation>6자리 코드 또는 복구 코드</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="110"/>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorDialog.cpp" line="110"/>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>pd::ui::SettlementChangeDialog</name>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="202"/>
        <source>Confirm settlement</source>
        <translation>정산 확정</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="203"/>
        <source>%1: the figures are counted again from the month&apos;s successful payments and frozen. Afterwards a change to those payments is refused until headquarters reopens the settlement.</source>
        <translation>%1: 해당 월의 성공 결제로 금액을 다시 계산하고 고정합니다. 이후 본사가 정산을 재개할 때까지 그 결제의 변경은 거부됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="207"/>
        <source>Confirm</source>
        <translation>확정</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="210"/>
        <source>Mark settlement paid out</source>
        <translation>정산 지급 처리</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="211"/>
        <source>%1: the net amount was transferred to the center.</source>
        <translation>%1: 정산액을 센터에 송금했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="212"/>
        <source>Mark paid out</source>
        <translation>지급 처리</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="215"/>
        <source>Reopen settlement</source>
        <translation>정산 재개</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="217"/>
        <source>%1 goes back to draft: its payments can change again and it must be confirmed again.</source>
        <translation>%1을(를) 초안으로 되돌립니다. 결제를 다시 변경할 수 있고 다시 확정해야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="218"/>
        <source>Reopen</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="231"/>
        <source>Give a reason for reopening: it is kept in the audit log with your name.</source>
        <translation>재개 사유를 입력하세요. 사유는 이름과 함께 감사 로그에 남습니다.</translation>
    </message>
</context>
<context>
    <name>pd::ui::SettlementPanel</name>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="251"/>
        <source>Compute month…</source>
        <translation>월 정산 계산…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="253"/>
        <source>Make or update the draft settlements of a month from its successful payments</source>
        <translation>해당 월의 성공 결제로 정산 초안을 만들거나 갱신합니다</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="261"/>
        <source>Compute settlements</source>
        <translation>정산 계산</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="261"/>
        <source>Month (YYYY-MM):</source>
        <translation>월(YYYY-MM):</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="270"/>
        <source>Confirm…</source>
        <translation>확정…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="272"/>
        <source>Mark paid out…</source>
        <translation>지급 처리…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="274"/>
        <source>Reopen…</source>
        <translation>재개…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="276"/>
        <source>Export payments</source>
        <translation>결제 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="278"/>
        <source>The payments this settlement counts, as CSV</source>
        <translation>이 정산에 포함된 결제를 CSV로</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="279"/>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="318"/>
        <source>Computing %1…</source>
        <translation>%1 계산 중…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="328"/>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 already confirmed</source>
        <translation>%1: 신규 %2, 갱신 %3, 변경 없음 %4, 확정됨 %5</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="382"/>
        <source>Export the settlement&apos;s payments</source>
        <translation>정산 결제 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="382"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/PaymentPanels.cpp" line="433"/>
        <source>Printed %1 from Paydesk</source>
        <translation>Paydesk에서 %1에 인쇄</translation>
    </message>
</context>
<context>
    <name>pd::ui::StaffDialog</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1418"/>
        <source>Add a staff member</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1418"/>
        <source>Change %1</source>
        <translation>%1 변경</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1424"/>
        <source>On PostgreSQL this makes the database login with the role&apos;s rights. Give a database password to sign in directly, a server password to sign in through paydesk-server, or both.</source>
        <translation>PostgreSQL에서는 역할의 권한을 가진 데이터베이스 로그인을 만듭니다. 직접 접속하려면 데이터베이스 비밀번호를, paydesk-server로 로그인하려면 서버 비밀번호를, 또는 둘 다 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1427"/>
        <source>A new role or organisation holds at once: the login keeps only the new role&apos;s rights and its server sessions end.</source>
        <translation>새 역할이나 조직은 즉시 적용됩니다. 로그인에는 새 역할의 권한만 남고 서버 세션은 종료됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1434"/>
        <source>&amp;Login</source>
        <translation>로그인(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1434"/>
        <source>lowercase, such as kim.center</source>
        <translation>소문자, 예: kim.center</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1436"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1438"/>
        <source>as colleagues know them</source>
        <translation>동료들이 부르는 이름</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1445"/>
        <source>&amp;Role</source>
        <translation>역할(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1452"/>
        <source>&amp;Organisation</source>
        <translation>조직(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1467"/>
        <source>&amp;Database password</source>
        <translation>데이터베이스 비밀번호(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1467"/>
        <source>optional; PostgreSQL only</source>
        <translation>선택, PostgreSQL 전용</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1469"/>
        <source>&amp;Server password</source>
        <translation>서버 비밀번호(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1469"/>
        <source>optional; 12+ characters</source>
        <translation>선택, 12자 이상</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1474"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1474"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1480"/>
        <source>Choose the role: what the staff member may do.</source>
        <translation>역할을 고르세요. 직원이 할 수 있는 일을 정합니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1481"/>
        <source>Choose the organisation the staff member works at.</source>
        <translation>직원이 일하는 조직을 고르세요.</translation>
    </message>
</context>
<context>
    <name>pd::ui::StaffPanel</name>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1291"/>
        <source>Add staff…</source>
        <translation>직원 추가…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1293"/>
        <source>Add a staff member with a role and an organisation</source>
        <translation>역할과 조직을 정해 직원 추가</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1294"/>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1296"/>
        <source>Change the role, organisation or name; their server sessions end</source>
        <translation>역할, 조직, 이름 변경. 서버 세션은 종료됩니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1297"/>
        <source>Server password…</source>
        <translation>서버 비밀번호…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1299"/>
        <source>Set a new paydesk-server password; their server sessions end</source>
        <translation>새 paydesk-server 비밀번호 설정. 서버 세션은 종료됩니다</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1300"/>
        <location filename="../ui/AdminPanels.cpp" line="1317"/>
        <source>Deactivate…</source>
        <translation>비활성화…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1317"/>
        <source>Reactivate…</source>
        <translation>재활성화…</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1318"/>
        <source>Stop this login: it cannot connect or use the server, with a reason</source>
        <translation>이 로그인을 멈춥니다. 접속하거나 서버를 쓸 수 없습니다 (사유 필요)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1319"/>
        <source>Let this login connect again with its role, with a reason</source>
        <translation>이 로그인이 원래 역할로 다시 접속하게 합니다 (사유 필요)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1348"/>
        <source>%1 can no longer connect to the database or use paydesk-server; every open session ends at once. Nothing is deleted: what they did stays in the audit log.</source>
        <translation>%1 님은 더 이상 데이터베이스에 접속하거나 paydesk-server를 쓸 수 없으며, 열린 세션은 즉시 끝납니다. 아무것도 삭제되지 않습니다. 한 일은 감사 로그에 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1351"/>
        <source>%1 can connect again, with the role and organisation shown.</source>
        <translation>%1 님은 표시된 역할과 조직으로 다시 접속할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1353"/>
        <source>Deactivate %1</source>
        <translation>%1 비활성화</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1353"/>
        <source>Reactivate %1</source>
        <translation>%1 재활성화</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1354"/>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1354"/>
        <source>Reactivate</source>
        <translation>재활성화</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1385"/>
        <source>Server password for %1</source>
        <translation>%1의 서버 비밀번호</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1386"/>
        <source>%1 signs in to paydesk-server with the new password; every open server session ends now. Tell them the password in person or by phone, never by e-mail.</source>
        <translation>%1은(는) 새 비밀번호로 paydesk-server에 로그인합니다. 열려 있는 서버 세션은 지금 모두 종료됩니다. 비밀번호는 직접 만나거나 전화로 알려 주고, 이메일로는 절대 보내지 마세요.</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1389"/>
        <source>Set password</source>
        <translation>비밀번호 설정</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1404"/>
        <source>&amp;New password</source>
        <translation>새 비밀번호(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1404"/>
        <source>&amp;Again</source>
        <translation>다시 입력(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/AdminPanels.cpp" line="1407"/>
        <source>at least 12 characters</source>
        <translation>12자 이상</translation>
    </message>
</context>
<context>
    <name>pd::ui::TablePage</name>
    <message>
        <location filename="../ui/TablePage.cpp" line="61"/>
        <source>≈ marks the database&apos;s estimate; the exact count follows</source>
        <translation>≈ 표시는 데이터베이스의 추정치이며, 정확한 수가 곧 이어집니다</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="69"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="71"/>
        <source>Stop this query (Esc); the rows already shown stay</source>
        <translation>이 쿼리를 멈춥니다(Esc). 이미 표시된 행은 남습니다</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="73"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="75"/>
        <source>Load the rows again (F5)</source>
        <translation>행을 다시 불러옵니다(F5)</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="121"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="404"/>
        <source>counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="406"/>
        <source>≈ %1 rows</source>
        <translation>≈ %1행</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TablePage.cpp" line="408"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n행</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="410"/>
        <source>%1 rows</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="414"/>
        <source>%1 loaded</source>
        <translation>%1행 불러옴</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="153"/>
        <source>Copy with column titles</source>
        <translation>열 제목과 함께 복사</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="82"/>
        <source>Someone added rows or changed rows into this list; show them from the top</source>
        <translation>누군가 이 목록에 행을 추가하거나 변경했습니다. 맨 위부터 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="90"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="92"/>
        <source>Write every row of the current filter to a CSV file</source>
        <translation>현재 필터의 모든 행을 CSV 파일로 씁니다</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="94"/>
        <source>CSV (UTF-8)…</source>
        <translation>CSV(UTF-8)…</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="95"/>
        <source>CSV for spreadsheets (UTF-8 with BOM)…</source>
        <translation>스프레드시트용 CSV(BOM 포함 UTF-8)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TablePage.cpp" line="204"/>
        <source>%n new row(s) — show</source>
        <translation>
            <numerusform>새 행 %n개 — 표시</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="444"/>
        <source>Adding up…</source>
        <translation>합계 계산 중…</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="449"/>
        <source>Totals could not be computed: %1</source>
        <translation>합계를 계산하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="457"/>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="461"/>
        <source>All %1 · net %2</source>
        <translation>전체 %1 · 정산액 %2</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="461"/>
        <source>All %1 · %2</source>
        <translation>전체 %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="472"/>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/TablePage.cpp" line="473"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserActivationDialog</name>
    <message>
        <location filename="../ui/UserPanel.cpp" line="26"/>
        <source>Reactivate %1</source>
        <translation>%1 다시 활성화</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="26"/>
        <source>Deactivate %1</source>
        <translation>%1 비활성화</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="28"/>
        <source>%1 can sign in and use the services again.</source>
        <translation>%1은(는) 다시 로그인하고 서비스를 이용할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="29"/>
        <source>%1 can no longer sign in or use the services. Nothing is deleted: the member&apos;s records stay, and headquarters can reactivate them.</source>
        <translation>%1은(는) 더 이상 로그인하거나 서비스를 이용할 수 없습니다. 아무것도 삭제되지 않습니다. 회원의 기록은 남고, 본사가 다시 활성화할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="44"/>
        <source>Reactivate</source>
        <translation>다시 활성화</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="44"/>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserPanel</name>
    <message>
        <location filename="../ui/UserPanel.cpp" line="70"/>
        <source>Reveal account number</source>
        <translation>계좌번호 보기</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="72"/>
        <source>Show the full bank account number of this member&apos;s auto-debit contract; the reveal is recorded in the audit log</source>
        <translation>이 회원 자동이체 계약의 전체 계좌번호를 보여 줍니다. 열람은 감사 로그에 기록됩니다</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="146"/>
        <source>Credited (request #%1).</source>
        <translation>지급했습니다 (요청 #%1).</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="147"/>
        <source>Request #%1 waits for another headquarters admin: it is above the four-eyes limit of %2.</source>
        <translation>요청 #%1은(는) 이중 승인 한도 %2를 넘어 다른 본사 관리자의 승인을 기다립니다.</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="182"/>
        <source>Account number: %1 (revealed; recorded in the audit log)</source>
        <translation>계좌번호: %1 (열람함, 감사 로그에 기록됨)</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="78"/>
        <location filename="../ui/UserPanel.cpp" line="130"/>
        <source>Deactivate…</source>
        <translation>비활성화…</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="81"/>
        <source>Credit…</source>
        <translation>크레딧…</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="83"/>
        <source>Add to or take from this user&apos;s BCH credit balance, with a reason (four eyes above the limit)</source>
        <translation>이 사용자의 BCH 크레딧 잔액을 늘리거나 줄입니다 (사유 필요, 한도 초과 시 이중 승인)</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="130"/>
        <source>Reactivate…</source>
        <translation>다시 활성화…</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="131"/>
        <source>Stop this member&apos;s sign-in and services, with a reason (audited)</source>
        <translation>이 회원의 로그인과 서비스를 사유와 함께 중지합니다(감사 기록)</translation>
    </message>
    <message>
        <location filename="../ui/UserPanel.cpp" line="132"/>
        <source>Let this member sign in and use the services again (audited)</source>
        <translation>이 회원이 다시 로그인하고 서비스를 이용하게 합니다(감사 기록)</translation>
    </message>
</context>
</TS>
