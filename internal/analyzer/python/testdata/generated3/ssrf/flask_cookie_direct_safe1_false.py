# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=cookie propagation=direct sink=safe1 expected=false
import requests
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00356", methods=["GET", "POST"])
def benchmark_test_00356():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    host = urllib.parse.urlparse(bar).hostname
    if host not in ("api.example.com", "cdn.example.com"):
        bar = "https://api.example.com/"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
