# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=values propagation=try_int_fallback sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00399", methods=["GET", "POST"])
def benchmark_test_00399():
    param = request.values.get("BenchmarkTest", "")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
