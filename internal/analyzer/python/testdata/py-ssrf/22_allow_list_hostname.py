# SSRF FALSE: hostname of the URL must be in an allow-list, otherwise abort(400)
from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}
PROXIES = {"https": "http://egress.internal:3128"}


@app.route("/image/meta")
def image_meta():
    url = request.args.get("url", "")
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    r = requests.head(url, proxies=PROXIES, timeout=5)
    return jsonify(type=r.headers.get("Content-Type"))
