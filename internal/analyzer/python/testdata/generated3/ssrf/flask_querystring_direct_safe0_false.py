# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=querystring propagation=direct sink=safe0 expected=false
import requests
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00400", methods=["GET", "POST"])
def benchmark_test_00400():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = requests.get("https://api.example.com/search", params={"q": bar}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
