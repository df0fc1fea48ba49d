# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=todict propagation=dict_get_default_safe sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00381", methods=["GET", "POST"])
def benchmark_test_00381():
    param = request.args.to_dict().get("BenchmarkTest", "")
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
