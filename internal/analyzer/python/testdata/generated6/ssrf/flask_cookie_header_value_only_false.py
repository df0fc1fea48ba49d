# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=flask source=cookie shape=header_value_only sink=specific expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00427", methods=["GET", "POST"])
def benchmark_test_00427():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = requests.get("https://api.example.com/search", headers={"X-Search": bar}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
