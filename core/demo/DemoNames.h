#pragma once

// Word lists for believable demo data: Korean and English personal names with their
// romanisations, the organisation tree (6 regions, 40 centers), institution names, addresses,
// and the CMS failure reasons a Korean auto-debit provider returns.

namespace pd::demo::names {

struct Romanised
{
    const char* hangul;
    const char* latin;
};

// The 30 most common Korean family names (weights roughly follow their frequency).
inline constexpr Romanised kKoreanFamilyNames[] = {
    {"김", "kim"}, {"이", "lee"},  {"박", "park"}, {"최", "choi"},  {"정", "jung"}, {"강", "kang"},
    {"조", "cho"}, {"윤", "yoon"}, {"장", "jang"}, {"임", "lim"},   {"한", "han"},  {"오", "oh"},
    {"서", "seo"}, {"신", "shin"}, {"권", "kwon"}, {"황", "hwang"}, {"안", "ahn"},  {"송", "song"},
    {"류", "ryu"}, {"전", "jeon"}, {"홍", "hong"}, {"고", "ko"},    {"문", "moon"}, {"양", "yang"},
    {"손", "son"}, {"배", "bae"},  {"백", "baek"}, {"허", "heo"},   {"노", "noh"},  {"남", "nam"},
};
inline constexpr int kKoreanFamilyWeights[] = {21, 15, 8, 5, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1,
                                               1,  1,  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

inline constexpr Romanised kKoreanGivenNames[] = {
    {"민준", "minjun"},   {"서연", "seoyeon"},  {"지호", "jiho"},     {"하은", "haeun"},     {"도윤", "doyun"},
    {"서윤", "seoyun"},   {"시우", "siwoo"},    {"지우", "jiwoo"},    {"예준", "yejun"},     {"하윤", "hayun"},
    {"주원", "juwon"},    {"지민", "jimin"},    {"유준", "yujun"},    {"서현", "seohyun"},   {"은우", "eunwoo"},
    {"수아", "sua"},      {"건우", "geonwoo"},  {"지유", "jiyu"},     {"현우", "hyunwoo"},   {"채원", "chaewon"},
    {"우진", "woojin"},   {"지아", "jia"},      {"선우", "sunwoo"},   {"다은", "daeun"},     {"연우", "yeonwoo"},
    {"예은", "yeeun"},    {"정우", "jungwoo"},  {"소율", "soyul"},    {"승현", "seunghyun"}, {"윤서", "yunseo"},
    {"준서", "junseo"},   {"민서", "minseo"},   {"동현", "donghyun"}, {"지현", "jihyun"},    {"성민", "sungmin"},
    {"혜진", "hyejin"},   {"영호", "youngho"},  {"미경", "mikyung"},  {"상훈", "sanghoon"},  {"은정", "eunjung"},
    {"재영", "jaeyoung"}, {"수진", "sujin"},    {"태현", "taehyun"},  {"보람", "boram"},     {"경민", "kyungmin"},
    {"나연", "nayeon"},   {"형준", "hyungjun"}, {"유진", "yujin"},    {"진혁", "jinhyuk"},   {"소영", "soyoung"},
};

inline constexpr const char* kEnglishGivenNames[] = {
    "James",     "Olivia",    "William", "Emma",   "Benjamin", "Ava",    "Lucas",  "Sophia", "Henry",  "Mia",
    "Alexander", "Charlotte", "Daniel",  "Amelia", "Michael",  "Harper", "Ethan",  "Evelyn", "Jacob",  "Abigail",
    "Samuel",    "Emily",     "David",   "Ella",   "Joseph",   "Grace",  "Thomas", "Chloe",  "Andrew", "Hannah",
};
inline constexpr const char* kEnglishFamilyNames[] = {
    "Smith",  "Johnson", "Williams", "Brown",  "Jones",   "Garcia", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas",  "Moore",    "Martin", "Jackson", "White",  "Harris", "Clark", "Lewis",  "Walker",
    "Hall",   "Allen",   "Young",    "King",   "Wright",  "Scott",  "Green",  "Baker", "Adams",  "Nelson",
};
inline constexpr const char* kEnglishCountries[] = {"US", "GB", "CA", "AU", "NZ", "IE", "SG", "PH"};

struct Region
{
    const char* code;
    const char* name;
};
inline constexpr Region kRegions[] = {
    {"R-SEOUL", "서울지역본부"},       {"R-GYEONGGI", "경기·인천지역본부"}, {"R-GANGWON", "강원지역본부"},
    {"R-CHUNGCHEONG", "충청지역본부"}, {"R-GYEONGSANG", "경상지역본부"},    {"R-JEOLLA", "전라·제주지역본부"},
};

struct Center
{
    int region; // index into kRegions
    const char* code;
    const char* name;
    const char* city; // for addresses
};
inline constexpr Center kCenters[] = {
    {0, "GANGNAM", "강남센터", "서울특별시 강남구"},
    {0, "SEOCHO", "서초센터", "서울특별시 서초구"},
    {0, "SONGPA", "송파센터", "서울특별시 송파구"},
    {0, "GANGDONG", "강동센터", "서울특별시 강동구"},
    {0, "MAPO", "마포센터", "서울특별시 마포구"},
    {0, "YEONGDEUNGPO", "영등포센터", "서울특별시 영등포구"},
    {0, "NOWON", "노원센터", "서울특별시 노원구"},
    {0, "EUNPYEONG", "은평센터", "서울특별시 은평구"},
    {0, "GWANAK", "관악센터", "서울특별시 관악구"},
    {0, "SEONGBUK", "성북센터", "서울특별시 성북구"},
    {1, "SUWON", "수원센터", "경기도 수원시"},
    {1, "SEONGNAM", "성남센터", "경기도 성남시"},
    {1, "GOYANG", "고양센터", "경기도 고양시"},
    {1, "YONGIN", "용인센터", "경기도 용인시"},
    {1, "BUCHEON", "부천센터", "경기도 부천시"},
    {1, "ANSAN", "안산센터", "경기도 안산시"},
    {1, "INCHEON-NAMDONG", "인천남동센터", "인천광역시 남동구"},
    {1, "INCHEON-BUPYEONG", "인천부평센터", "인천광역시 부평구"},
    {1, "HWASEONG", "화성센터", "경기도 화성시"},
    {2, "CHUNCHEON", "춘천센터", "강원도 춘천시"},
    {2, "WONJU", "원주센터", "강원도 원주시"},
    {2, "GANGNEUNG", "강릉센터", "강원도 강릉시"},
    {3, "DAEJEON", "대전센터", "대전광역시 서구"},
    {3, "CHEONGJU", "청주센터", "충청북도 청주시"},
    {3, "CHEONAN", "천안센터", "충청남도 천안시"},
    {3, "SEJONG", "세종센터", "세종특별자치시"},
    {4, "BUSAN-HAEUNDAE", "부산해운대센터", "부산광역시 해운대구"},
    {4, "BUSANJIN", "부산진센터", "부산광역시 부산진구"},
    {4, "DAEGU-SUSEONG", "대구수성센터", "대구광역시 수성구"},
    {4, "DAEGU-DALSEO", "대구달서센터", "대구광역시 달서구"},
    {4, "ULSAN", "울산센터", "울산광역시 남구"},
    {4, "CHANGWON", "창원센터", "경상남도 창원시"},
    {4, "POHANG", "포항센터", "경상북도 포항시"},
    {4, "GIMHAE", "김해센터", "경상남도 김해시"},
    {5, "GWANGJU", "광주센터", "광주광역시 북구"},
    {5, "JEONJU", "전주센터", "전라북도 전주시"},
    {5, "YEOSU", "여수센터", "전라남도 여수시"},
    {5, "SUNCHEON", "순천센터", "전라남도 순천시"},
    {5, "MOKPO", "목포센터", "전라남도 목포시"},
    {5, "JEJU", "제주센터", "제주특별자치도 제주시"},
};

inline constexpr const char* kInstitutionWords[] = {
    "햇살", "푸른숲", "새싹",   "무지개", "꿈나무", "별빛", "해맑은", "소나무", "다솜", "아람",
    "한빛", "솔빛",   "은하수", "나래",   "키즈",   "숲속", "초록",   "하늘",   "미래", "사랑",
};
inline constexpr const char* kInstitutionKinds[] = {"어린이집", "유치원", "초등학교 돌봄교실", "지역아동센터"};

inline constexpr const char* kStreets[] = {"중앙로", "문화로", "학교길", "공원로", "시장길", "새마을로",
                                           "희망로", "평화로", "대학로", "역전로", "푸른길", "꽃길"};

inline constexpr const char* kBanks[][2] = {
    {"004", "KB국민은행"}, {"088", "신한은행"},    {"020", "우리은행"},   {"081", "하나은행"},
    {"011", "NH농협은행"}, {"003", "IBK기업은행"}, {"090", "카카오뱅크"}, {"071", "우체국"},
};

// Failure reasons as the CMS provider reports them (Korean first, English after).
/// A failed debit of the demo: its debit_reason_codes code (migration 027) and the bilingual name
/// kept as payments.failure_reason. Insufficient funds is the common case.
struct FailureReason
{
    const char* code;
    const char* text;
};
inline constexpr FailureReason kFailureReasons[] = {
    {"0001", "잔액부족 / Insufficient funds"},
    {"0001", "잔액부족 / Insufficient funds"},
    {"0001", "잔액부족 / Insufficient funds"},
    {"1001", "계좌해지 / Account closed"},
    {"1003", "예금주 불일치 / Account holder mismatch"},
    {"3001", "출금정지 계좌 / Account frozen (payment stop)"},
    {"0002", "출금한도 초과 / Withdrawal limit exceeded"},
    {"0004", "통신오류 / Provider timeout"},
};

inline constexpr const char* kChildClasses[] = {"햇님반", "달님반", "별님반", "꽃잎반", "나비반", "새싹반", "사랑반"};

inline constexpr const char* kOccupations[] = {"office worker", "teacher", "nurse",    "engineer", "self-employed",
                                               "civil servant", "student", "designer", "driver",   "retired"};
inline constexpr const char* kEmployers[] = {"Samsung Electronics",
                                             "Hyundai Motor",
                                             "Seoul National University Hospital",
                                             "Kakao",
                                             "Naver",
                                             "LG Chem",
                                             "City Hall",
                                             "Own business",
                                             "SK Telecom",
                                             "Lotte Mart"};
inline constexpr const char* kIncomeRanges[] = {"under_30m_krw", "30m_60m_krw", "60m_100m_krw", "over_100m_krw"};
inline constexpr const char* kSourcesOfFunds[] = {"salary",  "business_income", "savings",
                                                  "pension", "inheritance",     "investment"};
inline constexpr const char* kRiskFactors[] = {"pep_match",        "high_risk_country",  "document_mismatch",
                                               "velocity_anomaly", "address_unverified", "sanctions_near_match"};

} // namespace pd::demo::names
