# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=querystring propagation=direct sink=safe1 expected=false
import requests
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00383", methods=["GET", "POST"])
def benchmark_test_00383():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    host = urllib.parse.urlparse(bar).hostname
    if host not in ("api.example.com", "cdn.example.com"):
        bar = "https://api.example.com/"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
