# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=args shape=reverse_last sink=v0 expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00107", methods=["GET", "POST"])
def benchmark_test_00107():
    param = request.args.get("BenchmarkTest", "")
    items = [param, "safe"]
    items.reverse()
    bar = items[-1]
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
