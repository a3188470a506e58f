#pragma once

#include "Reconciliation.h"

#include <QAbstractTableModel>

namespace pd::models {

/// A reconciliation in progress: the statement (result file lines) and the ledger (expected
/// payments) with the matches between them, as two table models for side-by-side views. The
/// user chooses or drops matches and matches lines by hand; balance() is the running
/// difference (KMyMoney's reconciliation: work until it is zero).
class Reconciliation : public QObject
{
    Q_OBJECT
public:
    explicit Reconciliation(QObject* parent = nullptr);

    /// Starts over with a parsed file and its candidates; matches are computed here.
    void load(const Statement& statement, const ReconciliationCandidates& candidates);
    void clear();

    const Statement& statement() const { return m_statement; }
    const ReconciliationCandidates& candidates() const { return m_candidates; }
    const QVector<LineMatch>& matches() const { return m_matches; }
    ReconciliationBalance balance() const;

    /// Chooses or drops a line's match (only choosable kinds can be chosen).
    void setChosen(int line, bool chosen);
    /// Matches a line to an expected payment by hand (chosen); false when either is taken or
    /// the line is a duplicate or already applied.
    bool matchByHand(int line, int expected);
    /// Drops a line's match: the line and its payment are unmatched again.
    void unmatch(int line);
    /// Indexes of the expected payments no line is matched to.
    QVector<int> unmatchedExpected() const;
    /// The matches as the database will apply them.
    ReconciliationApply applyRequest(qint64 organizationId) const;

    QAbstractTableModel* linesModel() const { return m_lines; }
    QAbstractTableModel* expectedModel() const { return m_expected; }
    /// The expected payment index shown on row `row` of expectedModel().
    int expectedAtRow(int row) const;

    /// Words for a match kind, with its nuance ("Late 3 d", "Overpaid ₩5,000").
    static QString matchText(const LineMatch& match);
    /// A confidence grade in words ("Exact", "High", ...); empty for none.
    static QString confidenceText(MatchConfidence confidence);
    /// Why a line matches its payment (docs/DOMAIN.md, "Explained matches"): the fields that
    /// agree, how the others differ, and a near-tie's warning; for an ambiguous line, how many
    /// fit.
    static QString whyText(const LineMatch& match);
    /// A failure code in words of the interface's language ("0001 Insufficient funds",
    /// "0001 잔액부족"); an unknown code says so.
    static QString reasonText(const DebitReasonCode& reason, bool known);
    /// What applying a failed line with this action does ("Suspend the contract").
    static QString actionText(DebitAction action);
    /// How many chosen failure lines lead to each DebitAction (indexed by int(DebitAction)).
    QVector<int> chosenFailureActions() const;

Q_SIGNALS:
    void changed();

private:
    void refresh();

    Statement m_statement;
    ReconciliationCandidates m_candidates;
    QVector<LineMatch> m_matches;
    QVector<int> m_unmatched;
    QAbstractTableModel* m_lines;
    QAbstractTableModel* m_expected;
    friend class StatementLinesModel;
    friend class ExpectedPaymentsModel;
};

} // namespace pd::models
