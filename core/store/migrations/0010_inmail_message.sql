-- Schema 10: what inMail read from the bounce mailbox and what it made of it (docs/inmail.md).
-- Each message once, by its fingerprint: a mailbox read again, or a message left behind by a
-- crash between recording it and deleting it, changes nothing twice.

CREATE TABLE inmail_message (
    id          INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL UNIQUE,   -- SHA-256 of the message as read, hex
    mailbox     TEXT NOT NULL,          -- where it was read (URL or path, never a password)
    mailbox_key TEXT NOT NULL,          -- its key there (Maildir file, UIDL, UID)
    read_at     INTEGER NOT NULL,       -- Unix seconds
    kind        TEXT NOT NULL CHECK (kind IN ('dsn', 'arf', 'autoreply', 'unknown')),
    message_id  TEXT NOT NULL DEFAULT '',
    sender      TEXT NOT NULL DEFAULT '',
    subject     TEXT NOT NULL DEFAULT '',
    -- applied: every recipient found its message; unmatched: a bounce (or part of one) that
    -- names no message of ours; not_bounce: neither a bounce, a complaint nor an auto-reply.
    outcome     TEXT NOT NULL CHECK (outcome IN ('applied', 'unmatched', 'not_bounce')),
    raw         BLOB                    -- kept for unmatched and not_bounce, for the operator
);
CREATE INDEX inmail_message_by_outcome ON inmail_message(outcome, read_at);
CREATE INDEX inmail_message_by_key ON inmail_message(mailbox, mailbox_key);

-- Each recipient a message is about, with its qualification and the log row it was matched to.
CREATE TABLE inmail_recipient (
    id             INTEGER PRIMARY KEY,
    message        INTEGER NOT NULL REFERENCES inmail_message(id) ON DELETE CASCADE,
    recipient      TEXT NOT NULL DEFAULT '',
    action         TEXT NOT NULL DEFAULT '',  -- failed, delayed, delivered… (DSN)
    status         TEXT NOT NULL DEFAULT '',  -- 5.1.1
    diagnostic     TEXT NOT NULL DEFAULT '',
    failure_type   INTEGER REFERENCES ref_failure_type(value),
    failure_reason INTEGER REFERENCES ref_failure_reason(value),
    rule           TEXT NOT NULL DEFAULT '',  -- the label of the rule that qualified it
    broadlog_id    INTEGER REFERENCES broadlog(id) ON DELETE SET NULL,
    matched_by     TEXT NOT NULL DEFAULT '' CHECK (matched_by IN ('', 'verp', 'message_id', 'address'))
);
CREATE INDEX inmail_recipient_by_message ON inmail_recipient(message);
CREATE INDEX inmail_recipient_by_broadlog ON inmail_recipient(broadlog_id);

-- The operator's list: bounces inMail could not tie to a message, newest first.
CREATE VIEW v_inmail_unmatched AS
SELECT m.id, datetime(m.read_at, 'unixepoch') AS read_at, m.kind, m.sender, m.subject, m.mailbox,
       group_concat(r.recipient, ' ') AS recipients, group_concat(r.status, ' ') AS statuses
FROM inmail_message m LEFT JOIN inmail_recipient r ON r.message = m.id
WHERE m.outcome = 'unmatched'
GROUP BY m.id
ORDER BY m.read_at DESC, m.id DESC;
