#!/usr/bin/python3
"""Parses a message from stdin with Python's own e-mail package, an implementation independent of
Diffusion's, and prints what it understood as JSON: every header (decoded, in order), every leaf
part (content type, charset, transfer encoding, decoded text) and the defects found."""
import email
import email.policy
import json
import sys

raw = sys.stdin.buffer.read()
message = email.message_from_bytes(raw, policy=email.policy.default)

def defects(part):
    return [type(d).__name__ for d in part.defects]

result = {
    "headers": [[name, str(value)] for name, value in message.items()],
    "multipart": message.is_multipart(),
    "contentType": message.get_content_type(),
    "parts": [],
    "defects": defects(message),
}
for part in message.walk():
    if part.is_multipart():
        result["defects"] += defects(part)
        continue
    result["parts"].append({
        "contentType": part.get_content_type(),
        "charset": part.get_content_charset(),
        "transferEncoding": part.get("Content-Transfer-Encoding"),
        "content": part.get_content(),
        "defects": defects(part),
    })
json.dump(result, sys.stdout, ensure_ascii=False)
