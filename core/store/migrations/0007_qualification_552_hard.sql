-- Schema 7: the default rule for a bare 552 was stored Soft, while a 5xx reply is never retried
-- (the qualifier already made it Hard). Stored as it behaves, so that the rule editors' check
-- "a 5xx rule is not Soft" holds for every default rule.
UPDATE qualification_rule SET failure_type = 2 WHERE position = 8020 AND smtp_code = '552' AND failure_type = 1;
