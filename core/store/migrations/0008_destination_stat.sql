-- Schema 8 (7 was taken first by 0007): the live state of each destination's ready queue while an engine sends a delivery
-- (docs/engine.md, "Destinations, live"). The engine's I/O threads take it every second and the
-- engine writes the destinations that changed; its rows go when the engine starts or ends, so a
-- row means "an engine is sending this delivery there now" (or was, when its process died).

CREATE TABLE destination_stat (
    delivery_id       INTEGER NOT NULL REFERENCES delivery(id) ON DELETE CASCADE,
    destination       TEXT NOT NULL,    -- its hosts, sorted ("mx1.example:25,mx2.example:25")
    rule_mask         TEXT NOT NULL,    -- the MX rule it follows
    queued            INTEGER NOT NULL, -- messages in its ready queue
    connections       INTEGER NOT NULL, -- SMTP sessions open or opening
    connection_window INTEGER NOT NULL, -- sessions it may open now (halved by throttling replies)
    max_connections   INTEGER NOT NULL, -- the rule's maximum
    rate_per_minute   INTEGER NOT NULL, -- messages accepted in the last minute
    deferrals         INTEGER NOT NULL, -- deferred or not connected since the engine started
    state             TEXT NOT NULL CHECK (state IN ('normal', 'throttled', 'suspended')),
    until             INTEGER,          -- throttled or suspended: when it ends; NULL when normal
    updated_at        INTEGER NOT NULL,
    PRIMARY KEY (delivery_id, destination)
) WITHOUT ROWID;
