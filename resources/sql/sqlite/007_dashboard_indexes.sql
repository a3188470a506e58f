-- Migration 007, SQLite dialect: see postgresql/007_dashboard_indexes.sql.
CREATE INDEX idx_payments_unsettled_or_late ON payments (due_date, parent_id, amount, status, paid_at, organization_id)
    WHERE status IN ('pending', 'failed')
       OR (status IN ('success', 'refunded') AND paid_at >= date(due_date, '+1 day'));
