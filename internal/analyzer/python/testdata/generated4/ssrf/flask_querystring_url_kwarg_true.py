# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=querystring shape=url_kwarg sink=specific expected=true
import requests
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00475", methods=["GET", "POST"])
def benchmark_test_00475():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = requests.request("GET", url=bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
