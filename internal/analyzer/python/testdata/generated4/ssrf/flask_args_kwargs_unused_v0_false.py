# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=args shape=kwargs_unused sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def build(**opts):
    return opts.get("term", "")


@app.route("/00233", methods=["GET", "POST"])
def benchmark_test_00233():
    param = request.args.get("BenchmarkTest", "")
    bar = build(scope=param) or "none"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
