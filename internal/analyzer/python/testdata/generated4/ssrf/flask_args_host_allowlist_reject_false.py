# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=args shape=host_allowlist_reject sink=specific expected=false
import requests
import urllib.parse

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


@app.route("/00461", methods=["GET", "POST"])
def benchmark_test_00461():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    parts = urllib.parse.urlsplit(bar)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
