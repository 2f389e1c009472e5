-- Schema 9: inMail's inbound rules, which qualify asynchronous bounces from their own texts
-- before the synchronous rules see their SMTP reply (docs/inmail.md, qualification).

-- The rules name types and reasons by value, and the ref_* tables are filled after the scripts,
-- in the same transaction: the foreign keys are checked at COMMIT.
PRAGMA defer_foreign_keys = ON;

-- `pattern` is a regular expression searched case-insensitively in the recipient's status, its
-- diagnostic, the bounce's subject and its human-readable text (a complaint's feedback type
-- too); empty matches every bounce of the kind. `kind`: which bounces the rule applies to.
CREATE TABLE inbound_rule (
    id             INTEGER PRIMARY KEY,
    position       INTEGER NOT NULL,
    label          TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL DEFAULT 'any' CHECK (kind IN ('any', 'dsn', 'arf', 'autoreply', 'unknown')),
    pattern        TEXT NOT NULL DEFAULT '',
    failure_type   INTEGER NOT NULL REFERENCES ref_failure_type(value),
    failure_reason INTEGER NOT NULL REFERENCES ref_failure_reason(value)
);

-- Types: 1 soft, 2 hard, 3 ignored. Reasons: 1 user_unknown, 2 invalid_domain, 3 unreachable,
-- 4 account_disabled, 5 mailbox_full, 20 refused. The first rule (lowest position) that matches
-- wins; the program keeps a delayed recipient from being Hard and a failed one with a 5.x.x
-- status from being Soft. Order: what the address itself says (disabled, full) before the
-- message (too big), the domain before the user, then policy and the network. The texts are
-- those of the MTAs' and providers' bounces in English and French; a bounce no rule matches
-- goes on to the synchronous rules (qualification_rule) with its SMTP reply.
INSERT INTO inbound_rule (position, label, kind, pattern, failure_type, failure_reason) VALUES
    (10, 'Account disabled, suspended or closed', 'dsn',
        '(account|mailbox|user|address|recipient) (is |has been |was )?(disabled|deactivated|suspended|inactive|locked|closed|expired|frozen)|(disabled|inactive|suspended|deactivated|closed|expired) (account|mailbox|user|recipient)|no longer (active|in use|available)|blocked due to inactivity|account that you tried to reach is (disabled|inactive)|compte (est |a été )?(désactivé|suspendu|inactif|bloqué|fermé|clôturé)|bo[iî]te (aux lettres )?(est |a été )?(désactivée|suspendue|fermée|inactive)|destinataire archiv',
        2, 4),
    (20, 'Mailbox full or over quota', 'dsn',
        'mailbox (is )?full|full mailbox|inbox (is )?full|over ?quota|quota (exceeded|full|dépassé|atteint)|exceed(ed|s)? (its |the )?(storage|quota)|storage allocation|out of storage|insufficient (disk )?(space|storage)|bo[iî]te (du destinataire |aux lettres )?(est )?pleine|dépassement de quota|espace (de stockage )?insuffisant|postfach (ist )?voll',
        1, 5),
    (30, 'Message too big for the recipient''s server', 'dsn',
        'message (is )?too (big|large)|message size (exceeds|limit)|exceeds (the )?(maximum|size limit|message size)|size limit exceeded|message trop (gros|volumineux|grand)|taille (maximale )?(du message )?dépassée',
        3, 20),
    (40, 'Recipient domain not found', 'dsn',
        'host or domain name not found|domain (name )?(not found|does not exist|doesn.?t exist|unknown|is invalid)|(no such|unknown|unrouteable|unresolvable|invalid) domain|unrouteable address|name service error|no mx (record|host)|mx lookup fail|null mx|domaine (introuvable|inconnu|inexistant|invalide)|le domaine .{0,60}n.existe pas',
        1, 2),
    (50, 'User unknown (no such user, mailbox unavailable, address not found)', 'dsn',
        'user unknown|unknown (user|recipient|mailbox|address|local.?part|alias)|no such (user|recipient|mailbox|address|account|person)|(user|recipient|mailbox|address|account|addressee) (not found|unknown|does not exist|doesn.?t exist|invalid)|mailbox unavailable|recipient ?not ?found|(invalid|non-?existent|inexistent|bad) (recipient|mailbox|user|address|destination)|not a valid (user|mailbox|recipient)|no mailbox here|doesn.?t have an? \S+ account|address you entered couldn.?t be found|destinataire (inconnu|invalide|introuvable)|utilisateur inconnu|adresse (invalide|inconnue|introuvable)|au moins un destinataire invalide|n.existe pas|empf[äa]nger unbekannt',
        2, 1),
    (60, 'Refused as spam, by a blocklist or by policy (the address is not at fault)', 'dsn',
        '\bspam\b|spamhaus|spamcop|block ?list|black ?list|deny ?list|listed (in|on|at|by) |dnsbl|\brbl\b|reputation|policy (violation|reasons|rejection)|(rejected|refused|blocked) (for|due to|because of|by) (policy|content|security|our)|(message|mail) (content )?(rejected|refused|blocked)|unsolicited|considéré comme (spam|indésirable)|courrier indésirable|pourriel|contenu (refusé|interdit)',
        3, 20),
    (70, 'Mail loop', 'dsn',
        'mail (forwarding )?loop|routing loop|too many hops|hop count exceeded|loops back to myself|boucle de (messagerie|distribution|routage)',
        1, 3),
    (80, 'Recipient''s server unreachable, or the message expired in a queue', 'dsn',
        'connection (timed out|refused)|timed out|no route to host|network is unreachable|host unreachable|retry time(out)? (not reached|exceeded)|delivery time expired|message expired|expired after|délai (d.attente |de remise )?(dépassé|expiré)|connexion (refusée|impossible|expirée)',
        1, 3);

CREATE VIEW v_inbound_rule AS
SELECT i.position, i.id, i.label, i.kind, i.pattern,
       t.id AS failure_type, r.id AS failure_reason
FROM inbound_rule i
JOIN ref_failure_type t ON t.value = i.failure_type
JOIN ref_failure_reason r ON r.value = i.failure_reason
ORDER BY i.position, i.id;
