-- Schema 1: the whole first workspace. Codes (statuses, reasons, states) are the numeric values of
-- docs/schema.md; the ref_* tables name them so that the file explains itself to sqlite3 users.

CREATE TABLE ref_delivery_state (value INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label TEXT NOT NULL);
CREATE TABLE ref_message_status (value INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label TEXT NOT NULL);
CREATE TABLE ref_failure_type (value INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label TEXT NOT NULL);
CREATE TABLE ref_failure_reason (value INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label TEXT NOT NULL,
                                 default_type INTEGER NOT NULL REFERENCES ref_failure_type(value));
CREATE TABLE ref_address_status (value INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label TEXT NOT NULL);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE recipient_list (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    custom_columns TEXT NOT NULL DEFAULT '[]', -- JSON array: the CSV columns kept in custom_fields
    created_at     INTEGER NOT NULL,           -- Unix time, seconds
    updated_at     INTEGER NOT NULL
);

CREATE TABLE recipient (
    id            INTEGER PRIMARY KEY,
    list_id       INTEGER NOT NULL REFERENCES recipient_list(id) ON DELETE CASCADE,
    email         TEXT NOT NULL,              -- as imported (trimmed), for display
    email_ascii   TEXT NOT NULL,              -- normalized for sending: domain lower-cased, IDN in ASCII
    domain        TEXT NOT NULL,              -- ASCII domain of email_ascii, '' when there is none
    first_name    TEXT NOT NULL DEFAULT '',
    last_name     TEXT NOT NULL DEFAULT '',
    custom_fields TEXT NOT NULL DEFAULT '{}', -- JSON object: CSV column name -> value
    address_issue INTEGER REFERENCES ref_failure_reason(value), -- 7 or 14 when the address is unusable
    source_line   INTEGER                     -- line of the CSV file it came from
);
CREATE INDEX recipient_by_list ON recipient(list_id);

CREATE TABLE delivery (
    id                 INTEGER PRIMARY KEY,
    label              TEXT NOT NULL DEFAULT '',
    state              INTEGER NOT NULL DEFAULT 0 REFERENCES ref_delivery_state(value),
    list_id            INTEGER REFERENCES recipient_list(id) ON DELETE SET NULL,
    sender_address     TEXT NOT NULL DEFAULT '',
    sender_name        TEXT NOT NULL DEFAULT '',
    reply_to           TEXT NOT NULL DEFAULT '',
    envelope_sender    TEXT NOT NULL DEFAULT '',
    subject            TEXT NOT NULL DEFAULT '',
    html               TEXT NOT NULL DEFAULT '',
    text               TEXT NOT NULL DEFAULT '',
    custom_headers     TEXT NOT NULL DEFAULT '[]', -- JSON array of [name, value]
    unsubscribe_url    TEXT NOT NULL DEFAULT '',
    unsubscribe_mailto TEXT NOT NULL DEFAULT '',
    unsubscribe_headers INTEGER NOT NULL DEFAULT 1, -- List-Unsubscribe(-Post) on (RFC 8058)
    verp               INTEGER NOT NULL DEFAULT 0,  -- MAIL FROM local+<broadlog id>@domain
    validity_seconds   INTEGER NOT NULL DEFAULT 432000, -- 5 days
    dkim_domain        TEXT NOT NULL DEFAULT '',
    dkim_selector      TEXT NOT NULL DEFAULT '',
    dkim_key_path      TEXT NOT NULL DEFAULT '',
    dkim_algorithm     TEXT NOT NULL DEFAULT 'rsa-sha256',
    dkim_canonicalization TEXT NOT NULL DEFAULT 'relaxed' CHECK (dkim_canonicalization IN ('relaxed', 'simple')),
    dkim_oversign_from INTEGER NOT NULL DEFAULT 0,
    content_hash       TEXT,                         -- set by analysis; an edit clears it
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    started_at         INTEGER,
    valid_until        INTEGER                       -- started_at + validity_seconds
);

-- DKIM keys per sender domain; a delivery's own dkim_* columns take precedence.
CREATE TABLE dkim_key (
    id        INTEGER PRIMARY KEY,
    domain    TEXT NOT NULL,                -- ASCII sender domain (d=)
    selector  TEXT NOT NULL,                -- s=
    key_path  TEXT NOT NULL,                -- PEM private key file
    algorithm TEXT NOT NULL DEFAULT 'rsa-sha256' CHECK (algorithm IN ('rsa-sha256', 'ed25519-sha256')),
    UNIQUE (domain, selector)
);

CREATE TABLE broadlog (
    id              INTEGER PRIMARY KEY,
    delivery_id     INTEGER NOT NULL REFERENCES delivery(id) ON DELETE CASCADE,
    recipient_id    INTEGER REFERENCES recipient(id) ON DELETE SET NULL,
    address         TEXT NOT NULL,
    domain          TEXT NOT NULL,
    status          INTEGER NOT NULL DEFAULT 0 REFERENCES ref_message_status(value),
    failure_type    INTEGER REFERENCES ref_failure_type(value),
    failure_reason  INTEGER REFERENCES ref_failure_reason(value),
    retries         INTEGER NOT NULL DEFAULT 0,
    last_reply      TEXT NOT NULL DEFAULT '',
    mx_host         TEXT NOT NULL DEFAULT '',
    next_attempt_at INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
CREATE INDEX broadlog_by_delivery_status ON broadlog(delivery_id, status);
CREATE INDEX broadlog_by_recipient ON broadlog(recipient_id); -- keeps ON DELETE SET NULL cheap

CREATE TABLE quarantine (
    address        TEXT PRIMARY KEY,          -- normalized (ASCII) address
    status         INTEGER NOT NULL DEFAULT 1 REFERENCES ref_address_status(value),
    error_count    INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT NOT NULL DEFAULT '',
    reason         INTEGER REFERENCES ref_failure_reason(value),
    first_error_at INTEGER,
    last_error_at  INTEGER,
    updated_at     INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE mx_rule (
    id                   INTEGER PRIMARY KEY,
    position             INTEGER NOT NULL,    -- first matching rule (lowest position) wins
    mask                 TEXT NOT NULL,       -- '*' and '?' wildcards on the MX host name
    max_connections      INTEGER NOT NULL,
    max_messages_per_connection INTEGER NOT NULL,
    messages_per_hour    INTEGER NOT NULL,    -- 0 = no hourly limit
    connect_timeout_s    INTEGER NOT NULL,
    command_timeout_s    INTEGER NOT NULL,
    data_timeout_s       INTEGER NOT NULL,
    tls_policy           TEXT NOT NULL DEFAULT 'opportunistic'
        CHECK (tls_policy IN ('default', 'disabled', 'opportunistic', 'required', 'verify'))
);

-- Where mail for a domain goes instead of its MX hosts (Postfix transport maps). Domain '*' is
-- the relay (smart host) for every domain without a route of its own. Several rows for one
-- domain are tried in position order (failover).
CREATE TABLE route (
    id         INTEGER PRIMARY KEY,
    domain     TEXT NOT NULL,                -- ASCII domain, or '*'
    position   INTEGER NOT NULL DEFAULT 0,
    host       TEXT NOT NULL,
    port       INTEGER NOT NULL DEFAULT 25 CHECK (port BETWEEN 1 AND 65535),
    tls_policy TEXT NOT NULL DEFAULT 'opportunistic'
        CHECK (tls_policy IN ('disabled', 'opportunistic', 'required', 'verify')),
    auth_user  TEXT NOT NULL DEFAULT '',     -- AUTH toward a relay; the password is never stored here
    UNIQUE (domain, position)
);

-- Every SMTP outcome, as the engine reported it: the history behind each broadlog row.
CREATE TABLE delivery_event (
    id          INTEGER PRIMARY KEY,
    broadlog_id INTEGER NOT NULL REFERENCES broadlog(id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected', 'deferred', 'connection_error')),
    phase       TEXT NOT NULL,                 -- connect, greeting, ehlo, starttls, auth, mail, rcpt, data, body
    reply       TEXT NOT NULL DEFAULT '',      -- "550 5.1.1 …", or the connection error
    mx_host     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX delivery_event_by_broadlog ON delivery_event(broadlog_id);

CREATE TABLE qualification_rule (
    id             INTEGER PRIMARY KEY,
    position       INTEGER NOT NULL,
    label          TEXT NOT NULL DEFAULT '',
    smtp_code      TEXT NOT NULL DEFAULT '',  -- e.g. '550', '5??', '' for any
    enhanced_code  TEXT NOT NULL DEFAULT '',  -- e.g. '5.1.1', '4.7.*', '' for any
    text_regex     TEXT NOT NULL DEFAULT '',  -- case-insensitive, '' for any
    failure_type   INTEGER NOT NULL REFERENCES ref_failure_type(value),
    failure_reason INTEGER NOT NULL REFERENCES ref_failure_reason(value)
);

CREATE TABLE event_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    delivery_id INTEGER REFERENCES delivery(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,                -- e.g. 'import', 'analysis', 'confirm', 'proof'
    severity    TEXT NOT NULL DEFAULT 'info' CHECK (severity IN ('info', 'warning', 'error')),
    message     TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}'    -- JSON
);
CREATE INDEX event_log_by_delivery ON event_log(delivery_id, at);

-- Generic MX rule and the big mailbox providers (maxima follow their published guidance).
INSERT INTO mx_rule (position, mask, max_connections, max_messages_per_connection, messages_per_hour,
                     connect_timeout_s, command_timeout_s, data_timeout_s, tls_policy) VALUES
    (10, '*.google.com',             10, 100, 0,     30, 300, 600, 'opportunistic'),
    (20, '*.outlook.com',            10, 100, 0,     30, 300, 600, 'opportunistic'),
    (30, '*.yahoodns.net',            5, 100, 0,     30, 300, 600, 'opportunistic'),
    (40, '*.orange.fr',               2,  50, 20000, 30, 300, 600, 'opportunistic'),
    (50, '*.free.fr',                 2,  50, 20000, 30, 300, 600, 'opportunistic'),
    (60, '*.sfr.fr',                  2,  50, 20000, 30, 300, 600, 'opportunistic'),
    (70, '*.gmx.net',                 5, 100, 0,     30, 300, 600, 'opportunistic'),
    (80, '*.icloud.com',              5, 100, 0,     30, 300, 600, 'opportunistic'),
    (1000, '*',                      10, 100, 0,     30, 300, 600, 'opportunistic');

-- Readable views for manual inspection with the sqlite3 CLI.
CREATE VIEW v_broadlog AS
SELECT b.id, b.delivery_id, b.address, b.domain,
       s.id AS status, t.id AS failure_type, r.id AS failure_reason,
       b.retries, b.last_reply, b.mx_host,
       datetime(b.updated_at, 'unixepoch') AS updated_at,
       datetime(b.sent_at, 'unixepoch') AS sent_at
FROM broadlog b
JOIN ref_message_status s ON s.value = b.status
LEFT JOIN ref_failure_type t ON t.value = b.failure_type
LEFT JOIN ref_failure_reason r ON r.value = b.failure_reason;

CREATE VIEW v_delivery_kpi AS
SELECT d.id AS delivery_id, d.label, st.id AS state,
       COALESCE(SUM(b.status <> 4), 0) AS to_deliver,
       COALESCE(SUM(b.status = 0), 0) AS pending,
       COALESCE(SUM(b.status = 1), 0) AS taken_into_account,
       COALESCE(SUM(b.status = 2), 0) AS sent,
       COALESCE(SUM(b.status = 3), 0) AS failed,
       COALESCE(SUM(b.status = 4), 0) AS ignored,
       COALESCE(SUM(b.status = 5), 0) AS canceled,
       COALESCE(SUM(b.status = 3 AND b.failure_type = 2), 0) AS hard_bounces,
       COALESCE(SUM(b.status IN (1, 3) AND b.failure_type = 1), 0) AS soft_bounces,
       COALESCE(SUM(b.status IN (1, 2, 3)), 0) AS processed,
       ROUND(100.0 * COALESCE(SUM(b.status = 2), 0) / MAX(COALESCE(SUM(b.status <> 4), 0), 1), 2) AS success_rate
FROM delivery d
JOIN ref_delivery_state st ON st.value = d.state
LEFT JOIN broadlog b ON b.delivery_id = d.id
GROUP BY d.id;

CREATE VIEW v_list_summary AS
SELECT l.id AS list_id, l.name,
       COUNT(r.id) AS recipients,
       COALESCE(SUM(r.address_issue IS NULL), 0) AS usable,
       COALESCE(SUM(r.address_issue = 7), 0) AS address_not_specified,
       COALESCE(SUM(r.address_issue = 14), 0) AS bad_quality,
       datetime(l.updated_at, 'unixepoch') AS updated_at
FROM recipient_list l
LEFT JOIN recipient r ON r.list_id = l.id
GROUP BY l.id;

CREATE VIEW v_quarantine AS
SELECT q.address, s.id AS status, q.error_count, r.id AS reason, q.last_error,
       datetime(q.first_error_at, 'unixepoch') AS first_error_at,
       datetime(q.last_error_at, 'unixepoch') AS last_error_at
FROM quarantine q
JOIN ref_address_status s ON s.value = q.status
LEFT JOIN ref_failure_reason r ON r.value = q.reason;
