#include "ReconciliationModel.h"

#include "Labels.h"
#include "Money.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pd::models {

/// The statement side: one row per good line of the file.
class StatementLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Chosen,
        Line,
        Date,
        Member,
        Amount,
        Result,
        NextStep,
        Match,
        Confidence,
        Why,
        Payment,
        Tid,
        ColumnCount
    };
    explicit StatementLinesModel(Reconciliation* r)
        : QAbstractTableModel(r)
        , m_r(r)
    {}
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_r->m_statement.lines.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
            return {};
        }
        switch (section) {
        case Chosen:
            return tr("Apply");
        case Line:
            return tr("Line");
        case Date:
            return tr("Date");
        case Member:
            return tr("Member / contract");
        case Amount:
            return tr("Amount");
        case Tid:
            return tr("Provider id");
        case Result:
            return tr("Result");
        case NextStep:
            return tr("Next step");
        case Match:
            return tr("Match");
        case Confidence:
            return tr("Confidence");
        case Why:
            return tr("Why");
        case Payment:
            return tr("Payment");
        default:
            return {};
        }
    }
    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.column() == Chosen && isChoosable(m_r->m_matches.value(index.row()).kind)) {
            f |= Qt::ItemIsUserCheckable;
        }
        return f;
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_r->m_statement.lines.size()) {
            return {};
        }
        const StatementLine& l = m_r->m_statement.lines[index.row()];
        const LineMatch& m = m_r->m_matches[index.row()];
        const QLocale locale;
        if (role == Qt::CheckStateRole && index.column() == Chosen && isChoosable(m.kind)) {
            return m.chosen ? Qt::Checked : Qt::Unchecked;
        }
        if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Line)) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role == Qt::BackgroundRole && index.column() == Match) {
            switch (m.kind) {
            case MatchKind::ExactTid:
            case MatchKind::MemberMonth:
                return QBrush(m.chosen ? QColor(0xdc, 0xf2, 0xdc) : QColor(0xee, 0xee, 0xee));
            case MatchKind::Suggested:
                return QBrush(QColor(0xff, 0xf4, 0xce));
            case MatchKind::Partial:
            case MatchKind::Ambiguous:
            case MatchKind::Unmatched:
                return QBrush(QColor(0xfd, 0xe2, 0xe1));
            default:
                return QBrush(QColor(0xee, 0xee, 0xee));
            }
        }
        if (role == Qt::ToolTipRole && index.column() == Why) {
            return Reconciliation::whyText(m);
        }
        if (role == Qt::ToolTipRole && (index.column() == NextStep || index.column() == Result) && !l.success) {
            return tr("Taken when the line is applied, and written to the audit log.");
        }
        if (role != Qt::DisplayRole) {
            return {};
        }
        switch (index.column()) {
        case Line:
            return l.line;
        case Date:
            return l.date.toString(QStringLiteral("yyyy-MM-dd"));
        case Member:
            return l.memberRef;
        case Amount:
            return Money(l.amount, Currency::KRW).format(locale);
        case Tid:
            return l.providerTid;
        case Result: {
            if (l.success) {
                return l.resultCode;
            }
            bool known = false;
            const DebitReasonCode reason = debitReasonFor(m_r->m_candidates.reasonCodes, l.resultCode, &known);
            return Reconciliation::reasonText(reason, known);
        }
        case NextStep:
            if (l.success) {
                return {};
            }
            return Reconciliation::actionText(debitReasonFor(m_r->m_candidates.reasonCodes, l.resultCode).action);
        case Match:
            return Reconciliation::matchText(m);
        case Confidence:
            return Reconciliation::confidenceText(m.confidence);
        case Why:
            return Reconciliation::whyText(m);
        case Payment:
            if (m.expected >= 0 && m.expected < m_r->m_candidates.expected.size()) {
                const ExpectedPayment& p = m_r->m_candidates.expected[m.expected];
                return tr("#%1 %2 · %3 · %4")
                    .arg(p.id)
                    .arg(p.member, p.month, Money(p.amount, Currency::KRW).format(locale));
            }
            return {};
        default:
            return {};
        }
    }
    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        if (role != Qt::CheckStateRole || index.column() != Chosen) {
            return false;
        }
        m_r->setChosen(index.row(), value.toInt() == Qt::Checked);
        return true;
    }
    void reset()
    {
        beginResetModel();
        endResetModel();
    }
    void rowsChanged()
    {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
    }

private:
    Reconciliation* m_r;
};

/// The ledger side: expected payments no line is matched to.
class ExpectedPaymentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Member, Reference, Institution, Month, Due, Amount, Status, ColumnCount };
    explicit ExpectedPaymentsModel(Reconciliation* r)
        : QAbstractTableModel(r)
        , m_r(r)
    {}
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_r->m_unmatched.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
            return {};
        }
        switch (section) {
        case Id:
            return tr("Payment");
        case Member:
            return tr("Member");
        case Reference:
            return tr("Reference");
        case Institution:
            return tr("Institution");
        case Month:
            return tr("Month");
        case Due:
            return tr("Due");
        case Amount:
            return tr("Amount");
        case Status:
            return tr("Status");
        default:
            return {};
        }
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_r->m_unmatched.size()) {
            return {};
        }
        const ExpectedPayment& p = m_r->m_candidates.expected[m_r->m_unmatched[index.row()]];
        if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Id)) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role != Qt::DisplayRole) {
            return {};
        }
        switch (index.column()) {
        case Id:
            return p.id;
        case Reference:
            return memberReference(p.parentId);
        case Member:
            return p.contractId.isEmpty() ? p.member : QStringLiteral("%1 (%2)").arg(p.member, p.contractId);
        case Institution:
            return p.institution;
        case Month:
            return p.month;
        case Due:
            return p.dueDate.toString(QStringLiteral("yyyy-MM-dd"));
        case Amount:
            return Money(p.amount, Currency::KRW).format(QLocale());
        case Status:
            return p.status == QLatin1String("failed") ? tr("Failed") : tr("Pending");
        default:
            return {};
        }
    }
    void reset()
    {
        beginResetModel();
        endResetModel();
    }

private:
    Reconciliation* m_r;
};

Reconciliation::Reconciliation(QObject* parent)
    : QObject(parent)
    , m_lines(new StatementLinesModel(this))
    , m_expected(new ExpectedPaymentsModel(this))
{}

void Reconciliation::load(const Statement& statement, const ReconciliationCandidates& candidates)
{
    m_statement = statement;
    m_candidates = candidates;
    m_matches = matchStatement(m_statement.lines, m_candidates.expected, m_candidates.appliedTids);
    static_cast<StatementLinesModel*>(m_lines)->reset();
    refresh();
}

void Reconciliation::clear()
{
    load(Statement(), ReconciliationCandidates());
}

ReconciliationBalance Reconciliation::balance() const
{
    return reconciliationBalance(m_statement.lines, m_matches);
}

void Reconciliation::setChosen(int line, bool chosen)
{
    if (line < 0 || line >= m_matches.size() || !isChoosable(m_matches[line].kind)) {
        return;
    }
    m_matches[line].chosen = chosen;
    static_cast<StatementLinesModel*>(m_lines)->rowsChanged();
    Q_EMIT changed();
}

bool Reconciliation::matchByHand(int line, int expected)
{
    if (line < 0 || line >= m_matches.size() || expected < 0 || expected >= m_candidates.expected.size() ||
        !m_unmatched.contains(expected)) {
        return false;
    }
    LineMatch& m = m_matches[line];
    if (m.kind == MatchKind::AlreadyApplied || m.kind == MatchKind::DuplicateInFile) {
        return false;
    }
    const StatementLine& l = m_statement.lines[line];
    const ExpectedPayment& p = m_candidates.expected[expected];
    if (l.success && l.amount < p.amount) {
        return false; // a part payment is settled on the payment, with a reason
    }
    m.kind = MatchKind::Suggested;
    m.expected = expected;
    m.overpaid = std::max<qint64>(0, l.amount - p.amount);
    m.daysLate = int(std::max<qint64>(0, p.dueDate.daysTo(l.date)));
    m.ties = 0;
    explainMatch(m, l, p);
    m.chosen = true; // chosen by a person
    refresh();
    return true;
}

void Reconciliation::unmatch(int line)
{
    if (line < 0 || line >= m_matches.size() || !isChoosable(m_matches[line].kind)) {
        return;
    }
    m_matches[line] = LineMatch();
    refresh();
}

QVector<int> Reconciliation::unmatchedExpected() const
{
    return m_unmatched;
}

int Reconciliation::expectedAtRow(int row) const
{
    return row >= 0 && row < m_unmatched.size() ? m_unmatched[row] : -1;
}

ReconciliationApply Reconciliation::applyRequest(qint64 organizationId) const
{
    return ReconciliationApply{organizationId, m_statement, m_matches, m_candidates.expected};
}

void Reconciliation::refresh()
{
    QVector<bool> taken(m_candidates.expected.size(), false);
    for (const LineMatch& m : m_matches) {
        if (m.expected >= 0 && isChoosable(m.kind)) {
            taken[m.expected] = true;
        }
    }
    m_unmatched.clear();
    for (int e = 0; e < taken.size(); ++e) {
        if (!taken[e]) {
            m_unmatched.append(e);
        }
    }
    static_cast<StatementLinesModel*>(m_lines)->rowsChanged();
    static_cast<ExpectedPaymentsModel*>(m_expected)->reset();
    Q_EMIT changed();
}

QString Reconciliation::reasonText(const DebitReasonCode& reason, bool known)
{
    if (!known) {
        return tr("%1: unknown code (failed)").arg(reason.code);
    }
    const bool korean = QLocale().language() == QLocale::Korean;
    return QStringLiteral("%1 %2").arg(reason.code, korean ? reason.nameKo : reason.nameEn);
}

QString Reconciliation::actionText(DebitAction action)
{
    // One vocabulary with the overdue list's "what the failure asks for".
    return Labels::valueLabel(Area::OverdueMembers, QStringLiteral("reason_action"), debitActionKey(action));
}

QVector<int> Reconciliation::chosenFailureActions() const
{
    QVector<int> counts(4, 0);
    for (int i = 0; i < m_statement.lines.size() && i < m_matches.size(); ++i) {
        const StatementLine& line = m_statement.lines[i];
        if (!line.success && m_matches[i].chosen) {
            ++counts[int(debitReasonFor(m_candidates.reasonCodes, line.resultCode).action)];
        }
    }
    return counts;
}

QString Reconciliation::confidenceText(MatchConfidence confidence)
{
    switch (confidence) {
    case MatchConfidence::Exact:
        return tr("Exact");
    case MatchConfidence::High:
        return tr("High");
    case MatchConfidence::Medium:
        return tr("Medium");
    case MatchConfidence::Low:
        return tr("Low");
    case MatchConfidence::None:
        break;
    }
    return {};
}

QString Reconciliation::whyText(const LineMatch& match)
{
    const QLocale locale;
    if (match.referenceCheckFailed && match.expected < 0) {
        return tr("The member reference's check digit is wrong: a typo? Match by hand.");
    }
    if (match.kind == MatchKind::Ambiguous) {
        return tr("%n payment(s) of this amount are due within 3 days of the date: match by hand.", nullptr,
                  match.ties);
    }
    if (match.expected < 0) {
        return {};
    }
    QStringList same;
    if (match.matched & FieldProviderId) {
        same << tr("provider id");
    }
    if (match.matched & FieldReference) {
        same << tr("member reference (check digit valid)");
    } else if (match.matched & FieldMember) {
        same << tr("member");
    }
    if (match.matched & FieldMonth) {
        same << tr("month");
    }
    if (match.matched & FieldAmount) {
        same << tr("amount");
    }
    if ((match.matched & FieldDueDate) && !(match.matched & FieldMonth)) {
        same << tr("due date within 3 days");
    }
    QStringList differs;
    if (!(match.matched & FieldAmount) && match.amountDifference != 0) {
        differs << (match.amountDifference > 0
                        ? tr("amount %1 more").arg(Money(match.amountDifference, Currency::KRW).format(locale))
                        : tr("amount %1 less").arg(Money(-match.amountDifference, Currency::KRW).format(locale)));
    }
    if (!(match.matched & FieldMonth) && match.monthsApart != 0) {
        differs << (match.monthsApart > 0
                        ? tr("paid %n month(s) after the payment's month", nullptr, match.monthsApart)
                        : tr("paid %n month(s) before the payment's month", nullptr, -match.monthsApart));
    }
    if (!(match.matched & FieldMember)) {
        differs << tr("member does not match");
    }
    QString text = tr("Same: %1").arg(same.isEmpty() ? tr("nothing") : same.join(QStringLiteral(", ")));
    if (!differs.isEmpty()) {
        text += QStringLiteral(" · ") + tr("differs: %1").arg(differs.join(QStringLiteral(", ")));
    }
    if (match.ties > 0) {
        text += QStringLiteral(" · ") +
                tr("%n other payment(s) fit as well: not ticked, check before applying", nullptr, match.ties);
    }
    return text;
}

QString Reconciliation::matchText(const LineMatch& match)
{
    QString text;
    switch (match.kind) {
    case MatchKind::ExactTid:
        text = tr("Provider id");
        break;
    case MatchKind::MemberMonth:
        text = tr("Member and month");
        break;
    case MatchKind::Suggested:
        text = tr("Suggested");
        break;
    case MatchKind::Partial:
        text = tr("Partial payment: settle by hand");
        break;
    case MatchKind::Ambiguous:
        text = tr("Several payments fit");
        break;
    case MatchKind::Unmatched:
        text = tr("No payment fits");
        break;
    case MatchKind::AlreadyApplied:
        text = tr("Applied by an earlier import");
        break;
    case MatchKind::DuplicateInFile:
        text = tr("Repeated in this file");
        break;
    }
    if (match.overpaid > 0) {
        text += QStringLiteral(" · ") + tr("overpaid %1").arg(Money(match.overpaid, Currency::KRW).format(QLocale()));
    }
    if (match.daysLate > 0 && isChoosable(match.kind)) {
        text += QStringLiteral(" · ") + tr("late %n day(s)", nullptr, match.daysLate);
    }
    return text;
}

} // namespace pd::models

#include "ReconciliationModel.moc"
