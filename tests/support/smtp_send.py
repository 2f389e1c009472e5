#!/usr/bin/python3
"""Sends one message with Python's smtplib and reports every server reply as JSON: an SMTP client
independent of Diffusion's own, to check test servers and fixtures.

Usage: smtp_send.py --port PORT --from ADDRESS --to ADDRESS [--to ADDRESS ...]
                    [--host 127.0.0.1] [--ehlo NAME] [--starttls] [--cafile PEM]
                    [--server-name NAME] < message

The message on standard input is sent as it is, only dot-stuffed: give it CRLF line ends.
--starttls requires STARTTLS and verifies the server's certificate against --cafile alone, or
against the system's authorities without --cafile; the name it checks is --server-name, or --host.

Prints one JSON object whose replies are [code, "text"]: "greeting", "ehlo", "starttls", "tls"
({"version", "cipher"}), "ehlo_after_tls", "mail", "rcpt" ({address: [code, text]}), "data" (only when a recipient
was accepted), "quit", and "error" (why the conversation stopped early). Exits 0 when the
conversation ran to its end, whatever the replies, and 1 when it stopped early.
"""
import argparse
import json
import smtplib
import ssl
import sys


def reply(code, text):
    return [code, text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)]


def converse(session, args, message, report):
    report["greeting"] = reply(*session.connect(args.host, args.port))
    report["ehlo"] = reply(*session.ehlo())
    if args.starttls:
        context = ssl.create_default_context(cafile=args.cafile)
        # smtplib's starttls() checks the name in _host, which connect() leaves empty.
        session._host = args.server_name or args.host
        report["starttls"] = reply(*session.starttls(context=context))
        report["tls"] = {"version": session.sock.version(), "cipher": session.sock.cipher()[0]}
        report["ehlo_after_tls"] = reply(*session.ehlo())
    report["mail"] = reply(*session.mail(args.sender))
    report["rcpt"] = {}
    for recipient in args.recipients:
        report["rcpt"][recipient] = reply(*session.rcpt(recipient))
    if any(code // 100 == 2 for code, _ in report["rcpt"].values()):
        try:
            report["data"] = reply(*session.data(message))
        except smtplib.SMTPDataError as error:  # DATA itself refused
            report["data"] = reply(error.smtp_code, error.smtp_error)
    report["quit"] = reply(*session.quit())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--from", dest="sender", required=True)
    parser.add_argument("--to", dest="recipients", action="append", required=True)
    parser.add_argument("--ehlo", default="client.diffusion.test")
    parser.add_argument("--starttls", action="store_true")
    parser.add_argument("--cafile")
    parser.add_argument("--server-name")
    args = parser.parse_args()
    message = sys.stdin.buffer.read()

    report = {}
    status = 0
    try:
        converse(smtplib.SMTP(local_hostname=args.ehlo, timeout=60), args, message, report)
    except Exception as error:  # noqa: BLE001 - every failure is part of the report
        report["error"] = f"{type(error).__name__}: {error}"
        status = 1
    print(json.dumps(report))
    return status


if __name__ == "__main__":
    sys.exit(main())
