-- Schema 5: delivery analysis and confirmation, exclusion lists, approval modes, proofs
-- (../shared/spec/email-delivery.md §1 and §8, docs/analysis.md).

ALTER TABLE delivery ADD COLUMN approval_mode TEXT NOT NULL DEFAULT 'manual'
    CHECK (approval_mode IN ('manual', 'semi_automatic', 'automatic'));
ALTER TABLE delivery ADD COLUMN deduplicate INTEGER NOT NULL DEFAULT 1; -- duplicates left out (case-insensitive)
ALTER TABLE delivery ADD COLUMN target_limit INTEGER;                   -- random N recipients; NULL: everyone
ALTER TABLE delivery ADD COLUMN control_group TEXT NOT NULL DEFAULT ''; -- '' none, '500' recipients, '5%'
ALTER TABLE delivery ADD COLUMN proof_of INTEGER REFERENCES delivery(id) ON DELETE CASCADE; -- a proof: its delivery
ALTER TABLE delivery ADD COLUMN analysis_id INTEGER;                    -- the analysis the broadlog comes from

-- One row per analysis run that finished (a canceled one leaves nothing). Numbers rise per
-- delivery, proofs included: proof #N is the delivery's analysis N.
CREATE TABLE analysis (
    id           INTEGER PRIMARY KEY,
    delivery_id  INTEGER NOT NULL REFERENCES delivery(id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    kind         TEXT NOT NULL DEFAULT 'delivery' CHECK (kind IN ('delivery', 'proof')),
    content_hash TEXT NOT NULL,        -- of the delivery's definition; an edit changes it
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER NOT NULL,
    errors       INTEGER NOT NULL DEFAULT 0,
    warnings     INTEGER NOT NULL DEFAULT 0,
    to_deliver   INTEGER NOT NULL DEFAULT 0,
    report       TEXT NOT NULL DEFAULT '{}', -- JSON: counts by reason, estimate, message size
    UNIQUE (delivery_id, number)
);

CREATE TABLE analysis_log (
    id          INTEGER PRIMARY KEY,
    analysis_id INTEGER NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,
    step        TEXT NOT NULL,   -- start_rules, filtering, targeting, personalization, end_rules, sender_domain, estimate
    severity    TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
    code        TEXT NOT NULL,   -- stable id of the finding
    message     TEXT NOT NULL,   -- the sentence in the language of the run
    source      TEXT NOT NULL,   -- the same, untranslated, with %1… for args (the console translates it)
    args        TEXT NOT NULL DEFAULT '[]', -- JSON array
    count       INTEGER,         -- recipients concerned
    examples    TEXT NOT NULL DEFAULT '[]', -- JSON array of addresses
    details     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX analysis_log_by_analysis ON analysis_log(analysis_id);

-- A delivery's exclusion lists: addresses, domains, or every address of another recipient list.
CREATE TABLE exclusion (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES delivery(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('address', 'domain', 'list')),
    value       TEXT NOT NULL,   -- ASCII address or domain (lower-case), or a list name
    UNIQUE (delivery_id, kind, value)
);

CREATE VIEW v_analysis_log AS
SELECT a.delivery_id, a.number, a.kind, l.step, l.severity, l.code, l.count, l.message
FROM analysis_log l JOIN analysis a ON a.id = l.analysis_id
ORDER BY a.delivery_id, a.number, l.id;
