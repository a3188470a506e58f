// libFuzzer targets for the console's JSON response parsers: every answer RestBackend
// reads goes through json::parse() and one of these readers. Built once per parser by
// scripts/fuzz.sh (clang, ASan, UBSan), each binary picking its parser with PD_FUZZ_PARSER, and
// seeded with real responses of paydesk-server on the demo data (tests/fuzz/corpus).
#include "Json.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstring>
#include <functional>

using namespace pd;

namespace {

template<typename T>
void read(const QByteArray& bytes)
{
    auto parsed = json::parse(bytes);
    if (parsed.ok()) {
        auto value = json::fromJson<T>(parsed.value());
        if (value.ok()) {
            // A value that was read must write back to JSON that reads again.
            auto again = json::fromJson<T>(json::toJson(value.value()));
            if (!again.ok()) {
                __builtin_trap();
            }
        }
    }
}

struct Parser
{
    const char* name;
    std::function<void(const QByteArray&)> run;
};

const Parser kParsers[] = {
    {"connection_info", read<ConnectionInfo>},
    {"count", read<CountResult>},
    {"detail", read<DetailRecord>},
    {"organizations", read<QVector<Organization>>},
    {"bch_account", read<BchAccount>},
    {"created_invoice", read<CreatedInvoice>},
    {"sheet_items", read<QVector<InvoiceSheetItem>>},
    {"kyc_queue", read<KycQueueSummary>},
    {"kyc_settings", read<KycSettings>},
    {"kyc_claim", read<KycClaim>},
    {"kyc_decision", read<KycDecisionResult>},
    {"reviewer_activity", read<QVector<ReviewerActivity>>},
    {"totals", read<ListTotals>},
    {"settlement_run", read<SettlementRunResult>},
    {"reconciliation_candidates", read<ReconciliationCandidates>},
    {"reconciliation_outcome", read<ReconciliationOutcome>},
    {"chart", read<ChartData>},
    {"page",
     [](const QByteArray& bytes) {
         // The first byte picks the area, the rest is the page.
         if (bytes.isEmpty()) {
             return;
         }
         const QVector<Area> areas = allAreas();
         const Area area = areas.at(quint8(bytes.at(0)) % areas.size());
         auto parsed = json::parse(bytes.mid(1));
         if (parsed.ok()) {
             auto page = json::pageFromJson(parsed.value(), area);
             if (page.ok() && !json::pageFromJson(json::toJson(page.value(), area), area).ok()) {
                 __builtin_trap();
             }
         }
     }},
    {"problem", [](const QByteArray& bytes) { (void)json::errorFromProblem(bytes, 400 + bytes.size() % 200); }},
};

const Parser* chosen()
{
    static const Parser* parser = []() -> const Parser* {
        for (const Parser& p : kParsers) {
            if (std::strcmp(p.name, PD_FUZZ_PARSER) == 0) {
                return &p;
            }
        }
        return nullptr;
    }();
    return parser;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Parser* parser = chosen();
    if (!parser) {
        __builtin_trap(); // PD_FUZZ_PARSER names no parser
    }
    parser->run(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
