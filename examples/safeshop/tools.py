"""Outbound HTTP through the configured proxy, and hash-verified plugin downloads."""
import hashlib
import hmac
import os
import re
import socket
from urllib.parse import urlsplit

import requests
from flask import abort, current_app

HOSTNAME = re.compile(r"(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def outbound_session():
    proxy = current_app.config["OUTBOUND_PROXY"]
    if not proxy:
        abort(503, "outbound requests are disabled: OUTBOUND_PROXY is not configured")
    sess = requests.Session()
    sess.trust_env = False
    sess.proxies = {"http": proxy, "https": proxy}
    return sess


def allowed_preview_url(url):
    parts = urlsplit(url)
    return (parts.scheme == "https" and parts.hostname in current_app.config["PREVIEW_ALLOWED_HOSTS"]
            and parts.port is None and not parts.username and not parts.password)


def fetch_update(url, expected_sha256):
    if not expected_sha256:
        abort(503, "no pinned update hash configured (UPDATE_SHA256)")
    resp = outbound_session().get(url, timeout=30, allow_redirects=False)
    resp.raise_for_status()
    digest = hashlib.sha256(resp.content).hexdigest()
    if not hmac.compare_digest(digest, expected_sha256.lower()):
        raise ValueError("update rejected: SHA-256 does not match the pinned value")
    os.makedirs(current_app.config["UPDATE_DIR"], mode=0o700, exist_ok=True)
    path = os.path.join(current_app.config["UPDATE_DIR"], "plugin.tar.gz")
    with open(path, "wb") as fh:
        fh.write(resp.content)
    return path  # staged for a reviewed deployment, never executed here


def resolve_host(host):
    if not HOSTNAME.fullmatch(host):
        return []
    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})
    except socket.gaierror:
        return []
