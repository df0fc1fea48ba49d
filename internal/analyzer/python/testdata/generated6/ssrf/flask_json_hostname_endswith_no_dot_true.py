# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=flask source=json shape=hostname_endswith_no_dot sink=specific expected=true
import requests
import urllib.parse

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00421", methods=["POST"])
def benchmark_test_00421():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    host = urllib.parse.urlparse(bar).hostname or ""
    if not host.endswith("example.com"):
        abort(400)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
