-- Delivery KPIs kept up to date with every status change (FeedbackService), so that a refresh
-- reads a few rows instead of counting the delivery log. v_delivery_kpi stays the full recount
-- they are tested against.

-- Messages per status and bounce kind, per delivery, then per delivery and recipient domain.
CREATE TABLE delivery_kpi (
    delivery_id        INTEGER PRIMARY KEY REFERENCES delivery(id) ON DELETE CASCADE,
    pending            INTEGER NOT NULL DEFAULT 0,
    taken_into_account INTEGER NOT NULL DEFAULT 0,
    sent               INTEGER NOT NULL DEFAULT 0,
    failed             INTEGER NOT NULL DEFAULT 0,
    ignored            INTEGER NOT NULL DEFAULT 0,
    canceled           INTEGER NOT NULL DEFAULT 0,
    hard_bounces       INTEGER NOT NULL DEFAULT 0, -- failed, hard
    soft_bounces       INTEGER NOT NULL DEFAULT 0  -- soft reason on a live or failed message
);

CREATE TABLE delivery_kpi_domain (
    delivery_id        INTEGER NOT NULL REFERENCES delivery(id) ON DELETE CASCADE,
    domain             TEXT NOT NULL,              -- '' for recipients without a usable address
    pending            INTEGER NOT NULL DEFAULT 0,
    taken_into_account INTEGER NOT NULL DEFAULT 0,
    sent               INTEGER NOT NULL DEFAULT 0,
    failed             INTEGER NOT NULL DEFAULT 0,
    ignored            INTEGER NOT NULL DEFAULT 0,
    canceled           INTEGER NOT NULL DEFAULT 0,
    hard_bounces       INTEGER NOT NULL DEFAULT 0,
    soft_bounces       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (delivery_id, domain)
) WITHOUT ROWID;

-- Messages carrying each failure reason (failed, ignored, or waiting for a retry).
CREATE TABLE delivery_kpi_reason (
    delivery_id INTEGER NOT NULL REFERENCES delivery(id) ON DELETE CASCADE,
    reason      INTEGER NOT NULL REFERENCES ref_failure_reason(value),
    messages    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (delivery_id, reason)
) WITHOUT ROWID;

-- Outcomes per minute (unix time / 60): the throughput report.
CREATE TABLE delivery_throughput (
    delivery_id INTEGER NOT NULL REFERENCES delivery(id) ON DELETE CASCADE,
    minute      INTEGER NOT NULL,
    sent        INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    deferred    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (delivery_id, minute)
) WITHOUT ROWID;

-- The live KPIs per delivery, as the console and `diffusion-cli status` show them.
CREATE VIEW v_delivery_kpi_live AS
SELECT d.id AS delivery_id, d.label, st.id AS state,
       COALESCE(k.pending + k.taken_into_account + k.sent + k.failed + k.canceled, 0) AS to_deliver,
       COALESCE(k.pending, 0) AS pending,
       COALESCE(k.taken_into_account, 0) AS taken_into_account,
       COALESCE(k.sent, 0) AS sent,
       COALESCE(k.failed, 0) AS failed,
       COALESCE(k.ignored, 0) AS ignored,
       COALESCE(k.canceled, 0) AS canceled,
       COALESCE(k.hard_bounces, 0) AS hard_bounces,
       COALESCE(k.soft_bounces, 0) AS soft_bounces,
       COALESCE(k.taken_into_account + k.sent + k.failed, 0) AS processed,
       ROUND(100.0 * COALESCE(k.sent, 0) / MAX(COALESCE(k.pending + k.taken_into_account + k.sent + k.failed + k.canceled, 0), 1), 2) AS success_rate
FROM delivery d
JOIN ref_delivery_state st ON st.value = d.state
LEFT JOIN delivery_kpi k ON k.delivery_id = d.id;
