# SSRF: allowing only http and https still lets the input choose the host;
# a host allow-list (with or without the scheme check) does not.
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.partner.example"}
PROXIES = {"https": "http://egress.internal:3128"}


@app.route("/fetch")
def fetch():
    url = request.args.get("url", "")
    if urlparse(url).scheme != "https":
        abort(400)
    return {"status": requests.get(url, proxies=PROXIES, timeout=5).status_code}  # want: PY-SSRF


@app.route("/fetch-checked")
def fetch_checked():
    url = request.args.get("url", "")
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    return {"status": requests.get(url, proxies=PROXIES, timeout=5).status_code}  # safe: the host is on the allow-list
