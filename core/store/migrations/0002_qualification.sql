-- Schema 2: the default rules that qualify synchronous bounces, and the replies no rule matched
-- (docs/qualification.md).

-- The rules name types and reasons by value, and the ref_* tables are filled after the scripts,
-- in the same transaction: the foreign keys are checked at COMMIT.
PRAGMA defer_foreign_keys = ON;

-- Types: 1 soft, 2 hard, 3 ignored. Reasons: 1 user_unknown, 2 invalid_domain, 3 unreachable,
-- 4 account_disabled, 5 mailbox_full, 20 refused. The first rule (lowest position) that matches
-- wins; the program keeps a refused message (5xx) from being Soft and a retried one from being
-- Hard. Order: outcomes without a reply, one provider text the generic rules would misread, the
-- generic texts (recipient first, then policy and volume), RFC 3463 classes, bare reply codes.
INSERT INTO qualification_rule (position, label, smtp_code, enhanced_code, text_regex, failure_type, failure_reason) VALUES
    (10, 'No mail server found for the domain (DNS)', 'dns', '', '', 1, 2),
    (20, 'Connection refused, unreachable or timed out', 'connect', '', '', 1, 3),
    (30, 'TLS handshake or certificate refused, or STARTTLS missing', 'tls', '', '', 1, 3),
    (40, 'Signing in to the relay impossible (no TLS or no known mechanism)', 'auth', '', '', 1, 3),
    (50, 'Connection lost, closed or silent after connecting', 'lost', '', '', 1, 3),
    (60, 'Not sent by Diffusion (message too big for the server, bad envelope address)', 'local', '', '', 3, 20),

    (1000, 'Microsoft 365: recipient unknown to the directory (5.4.1 Access denied)', '', '5.4.1',
        'recipient address rejected: access denied', 2, 1),

    (2000, 'Greylisting: retried, never counted', '4??', '', 'gr[ae]y-?\s?list', 3, 20),
    (2010, 'Our sender, domain authentication (SPF, DKIM, DMARC) or IP identity (PTR, HELO) refused', '', '',
        'sender address rejected|sender verify|sender domain|verification failed for|\bspf\b|dkim|dmarc|unauthenticated|not authenticated|authentication (check|result)|sending (quota|limit)|reverse (dns|hostname|lookup)|\bptr\b|\brdns\b|find your (reverse )?hostname|client host rejected|\be?helo\b|invalid dns (mx|ptr)|bad dns ptr',
        3, 20),
    (2020, 'Account disabled, suspended or inactive (Gmail DisabledUser, Yahoo 554.30, Orange OFR_418 archived…)', '', '',
        '(account|mailbox|user|address|recipient) (is |has been |was )?(disabled|deactivated|suspended|inactive|locked|expired|closed|frozen)|(disabled|inactive|suspended|deactivated|expired|closed) (user|account|mailbox|recipient|address)|blocked due to inactivity|no longer (active|in use|available)|archived recipient|destinataire archiv|account that you tried to reach is (disabled|inactive)',
        2, 4),
    (2030, 'Mailbox full or over quota (Gmail OverQuota, Outlook QuotaExceeded, Orange OFR_417, GMX storage allocation…)', '', '',
        'mailbox (is )?full|full mailbox|inbox (is )?full|over ?quota|quota ?(exceeded|full)|exceed(ed|s)? (its |the )?(storage|quota)|storage allocation|out of storage|mailbox size limit|(disk|storage) quota|bo[iî]te (du destinataire |aux lettres )?pleine|insufficient (disk )?space in (the )?(user|mailbox)',
        1, 5),
    (2040, 'Message too big for the server', '', '',
        'too (big|large)|(size|length) exceed|exceeds (the )?(maximum|fixed|message)|message size', 3, 20),
    (2050, 'Recipient domain not found', '', '',
        'domain (not found|does not exist|doesn.?t exist|unknown|is invalid|not valid|has no mx)|(no such|unknown|invalid|unresolvable) domain|host or domain name not found|name service error|no mx record|mx lookup fail|unrouteable (mail )?domain|null mx',
        1, 2),
    (2060, 'User unknown (Gmail NoSuchUser, Outlook mailbox unavailable / RecipientNotFound, Yahoo dd, Orange OFR_416, iCloud alias…)', '', '',
        'user unknown|unknown (user|recipient|mailbox|address|local part|alias)|(user|recipient|mailbox|address|account|addressee) (not found|unknown|does not exist|doesn.?t exist|invalid|not valid)|no such (user|recipient|mailbox|address|account|person)|(invalid|bad|non-?existent|inexistent) (recipient|mailbox|user|address|destination)|not a valid (user|mailbox|recipient)|mailbox unavailable|unrouteable address|illegal alias|doesn.?t have an? \S+ account|does not exist|recip(ient)?notfound|no mailbox here|destinataire (invalide|inconnu)|utilisateur inconnu|adresse (invalide|inconnue)|not a known user|not our customer',
        2, 1),

    (3000, 'French providers'' policy and volume codes (Orange OFR, La Poste LPN, SFR, Free), temporary', '4??', '',
        '\bofr\d*_\d+|\blpn\d+_\d+|postmaster\.(sfr|free|orange|laposte)\.|\((dyn|as|dns|rly|con):', 1, 20),
    (3010, 'French providers'' policy codes (Orange OFR, La Poste LPN, SFR, Free), permanent', '5??', '',
        '\bofr\d*_\d+|\blpn\d+_\d+|postmaster\.(sfr|free|orange|laposte)\.|\((dyn|as|dns|rly|con):', 3, 20),
    (3020, 'Rate limited or too many connections: slow down and retry', '4??', '',
        'rate.?limit|too many (connections|messages|mails|emails|recipients|sessions|concurrent|smtp|errors|invalid)|try (again )?(later|after)|please retry later|temporarily (deferred|rejected|unavailable|blocked|suspended)|\bdeferred\b|throttl|slow down|too (fast|quickly)|(unusual|unexpected|high) (volume|rate|traffic)|rate (of|that)|(sending|connection|message) limit|limits? (for|on) how many|max(imum)? (number of )?messages? per|busy|exceeded .{0,30}(limit|rate)',
        1, 20),
    (3030, 'Blocked for now: spam, blocklist (DNSBL), reputation or policy', '4??', '',
        'spam|junk|unsolicited|bulk|block.?list|black.?list|deny.?list|blocked|banned|listed (in|on|at|by)|\brbl\b|dnsbl|spamhaus|spamcop|barracuda|sorbs|uceprotect|cloudmark|proofpoint|mailspike|abuseat|reputation|polic(y|ies)|prohibited|not (allowed|permitted|accepted|authorized)|(access|relay(ing)?|permission) denied|service refused|refused (by|due|for|because)|rejected (by|due|for|because|as)|(message|mail) rejected|virus|malware|phish|content|suspicious|relay|administrative prohibition|rcpthosts|complaints|weren.?t sent',
        1, 20),
    (3040, 'Volume refused for good (the message is not retried; the address is not at fault)', '5??', '',
        'rate.?limit|too many (connections|messages|mails|emails|recipients|sessions|concurrent|smtp|errors|invalid)|try (again )?(later|after)|temporarily (deferred|rejected|unavailable|blocked|suspended)|\bdeferred\b|throttl|slow down|too (fast|quickly)|(unusual|unexpected|high) (volume|rate|traffic)|(sending|connection|message) limit|exceeded .{0,30}(limit|rate)',
        3, 20),
    (3050, 'Blocked: spam, blocklist (DNSBL), reputation or policy (the address is not at fault)', '5??', '',
        'spam|junk|unsolicited|bulk|block.?list|black.?list|deny.?list|blocked|banned|listed (in|on|at|by)|\brbl\b|dnsbl|spamhaus|spamcop|barracuda|sorbs|uceprotect|cloudmark|proofpoint|mailspike|abuseat|reputation|polic(y|ies)|prohibited|not (allowed|permitted|accepted|authorized)|(access|relay(ing)?|permission) denied|service refused|refused (by|due|for|because)|rejected (by|due|for|because|as)|(message|mail) rejected|virus|malware|phish|content|suspicious|relay|administrative prohibition|rcpthosts|complaints|weren.?t sent',
        3, 20),

    (5000, 'RFC 7505 X.1.10: the recipient domain has a null MX', '', '?.1.10', '', 1, 2),
    (5010, 'RFC 3463 X.1.2: bad destination system address', '', '?.1.2', '', 1, 2),
    (5020, 'RFC 3463 X.1.7: bad sender mailbox address (our side)', '', '?.1.7', '', 3, 20),
    (5030, 'RFC 3463 X.1.8: bad sender system address (our side)', '', '?.1.8', '', 3, 20),
    (5040, 'RFC 3463 X.1.x: bad destination mailbox address', '', '?.1.*', '', 2, 1),
    (5050, 'RFC 3463 X.2.1: mailbox disabled', '', '?.2.1', '', 2, 4),
    (5060, 'RFC 3463 X.2.2: mailbox full', '', '?.2.2', '', 1, 5),
    (5070, 'RFC 3463 X.2.3: message longer than the mailbox accepts', '', '?.2.3', '', 3, 20),
    (5080, 'RFC 3463 X.3.4: message too big for the system', '', '?.3.4', '', 3, 20),
    (5090, 'RFC 3463 X.3.x: mail system not accepting mail', '', '?.3.*', '', 1, 3),
    (5100, 'RFC 3463 X.4.4: unable to route', '', '?.4.4', '', 1, 2),
    (5110, 'RFC 3463 X.4.x: network or routing problem', '', '?.4.*', '', 1, 3),
    (5120, 'RFC 3463 X.6.x: message content refused', '', '?.6.*', '', 3, 20),
    (5130, 'RFC 3463 4.7.x: security or policy, temporary', '', '4.7.*', '', 1, 20),
    (5140, 'RFC 3463 5.7.x: security or policy (the address is not at fault)', '', '5.7.*', '', 3, 20),

    (8000, '421: service not available, closing', '421', '', '', 1, 20),
    (8010, '530-538: authentication required or refused (check the route''s credentials)', '53?', '', '', 3, 20),
    (8020, '552: exceeded storage allocation (RFC 5321)', '552', '', '', 1, 5);

-- Replies no rule matched, grouped by their text once the parts that change from one message to
-- the next (addresses, IPs, URLs, ids, numbers) are replaced: what an operator should write a
-- rule for next.
CREATE TABLE to_qualify (
    normalized    TEXT PRIMARY KEY,          -- '550 5.7.1 <address>: mail from <ip> refused …'
    smtp_code     INTEGER NOT NULL,
    enhanced_code TEXT NOT NULL DEFAULT '',
    example       TEXT NOT NULL,             -- the last raw reply, as broadlog.last_reply keeps it
    count         INTEGER NOT NULL DEFAULT 1,
    first_seen    INTEGER NOT NULL,
    last_seen     INTEGER NOT NULL
) WITHOUT ROWID;

CREATE VIEW v_qualification_rule AS
SELECT q.position, q.id, q.label, q.smtp_code, q.enhanced_code, q.text_regex,
       t.id AS failure_type, r.id AS failure_reason
FROM qualification_rule q
JOIN ref_failure_type t ON t.value = q.failure_type
JOIN ref_failure_reason r ON r.value = q.failure_reason
ORDER BY q.position, q.id;

CREATE VIEW v_to_qualify AS
SELECT count, normalized, example, smtp_code, enhanced_code,
       datetime(first_seen, 'unixepoch') AS first_seen,
       datetime(last_seen, 'unixepoch') AS last_seen
FROM to_qualify
ORDER BY count DESC, last_seen DESC;
