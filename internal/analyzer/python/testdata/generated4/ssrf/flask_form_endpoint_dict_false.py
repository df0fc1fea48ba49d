# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=form shape=endpoint_dict sink=specific expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
ENDPOINTS = {"status": "https://api.example.com/status", "health": "https://api.example.com/health"}


@app.route("/00463", methods=["POST"])
def benchmark_test_00463():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    url = ENDPOINTS.get(bar, ENDPOINTS["status"])
    resp = requests.get(url, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
