# gen2_sanitizers: helpers that sanitize (allow-list, int, escape, basename) and one that does not
import os
import re

import markupsafe

HOSTS = {"api": "https://api.example.com", "status": "https://status.example.com"}


def pick_host(key):
    return HOSTS.get(key, "https://api.example.com")


def clean_id(raw):
    return str(int(raw))


def clean_html(raw):
    return markupsafe.escape(raw)


def clean_name(raw):
    return os.path.basename(raw)


def only_alnum(raw):
    if not re.fullmatch(r"[A-Za-z0-9]+", raw):
        raise ValueError("invalid")
    return raw


def trim(raw):
    return raw.strip()
