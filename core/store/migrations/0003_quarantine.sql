-- Schema 3: what the quarantine rules need beyond the first quarantine table (docs/quarantine.md).

-- A soft error counts only when the "duration between two significant errors" has passed since
-- the last one that counted; last_error_at moves with every error, so it cannot tell.
ALTER TABLE quarantine ADD COLUMN last_counted_error_at INTEGER;
-- The operator's words when denylisting by hand ('' otherwise).
ALTER TABLE quarantine ADD COLUMN note TEXT NOT NULL DEFAULT '';

DROP VIEW v_quarantine;
CREATE VIEW v_quarantine AS
SELECT q.address, s.id AS status, q.error_count, r.id AS reason, q.last_error, q.note,
       datetime(q.first_error_at, 'unixepoch') AS first_error_at,
       datetime(q.last_error_at, 'unixepoch') AS last_error_at,
       datetime(q.last_counted_error_at, 'unixepoch') AS last_counted_error_at,
       datetime(q.updated_at, 'unixepoch') AS updated_at
FROM quarantine q
JOIN ref_address_status s ON s.value = q.status
LEFT JOIN ref_failure_reason r ON r.value = q.reason;

-- releaseExpired() looks for the rows a rule may release without reading the whole table.
CREATE INDEX quarantine_by_status ON quarantine(status, last_error_at);
