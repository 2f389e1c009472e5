#!/usr/bin/python3
"""Verifies the DKIM signatures of the message on standard input with python3-dkim.

Usage: dkim_verify.py RECORD [RECORD ...]
Signature N (0 = the topmost DKIM-Signature) is checked against the TXT record N, which stands
in for DNS. There must be as many records as signatures. Prints one line per signature and
exits 0 only when every signature verifies.
"""
import logging
import sys

import dkim


def main():
    records = [record.encode("ascii") for record in sys.argv[1:]]
    if not records:
        print(__doc__, file=sys.stderr)
        return 2
    message = sys.stdin.buffer.read()
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="python3-dkim: %(message)s")
    verifier = dkim.DKIM(message, logger=logging.getLogger("dkim"))
    count = sum(1 for name, _ in verifier.headers if name.lower() == b"dkim-signature")
    if count != len(records):
        print(f"the message has {count} DKIM-Signature header(s) for {len(records)} record(s)")
        return 1
    verified = True
    for index, record in enumerate(records):
        queried = []

        def dns(name, timeout=5, record=record, queried=queried):
            queried.append(name.decode("ascii", "replace"))
            return record

        try:
            ok = verifier.verify(idx=index, dnsfunc=dns)
            reason = "" if ok else " (signature does not match)"
        except dkim.DKIMException as error:
            ok, reason = False, f" ({error})"
        algorithm = verifier.signature_fields.get(b"a", b"?").decode("ascii", "replace")
        print(f"signature {index} {algorithm} {' '.join(queried)}: {'pass' if ok else 'fail'}{reason}")
        verified = verified and ok
    return 0 if verified else 1


if __name__ == "__main__":
    sys.exit(main())
