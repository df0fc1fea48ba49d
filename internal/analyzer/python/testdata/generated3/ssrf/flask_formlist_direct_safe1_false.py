# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=formlist propagation=direct sink=safe1 expected=false
import requests
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00401", methods=["POST"])
def benchmark_test_00401():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    host = urllib.parse.urlparse(bar).hostname
    if host not in ("api.example.com", "cdn.example.com"):
        bar = "https://api.example.com/"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
