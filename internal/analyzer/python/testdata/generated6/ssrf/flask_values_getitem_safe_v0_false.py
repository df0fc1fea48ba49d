# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=flask source=values shape=getitem_safe sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Registry:
    def __init__(self, value):
        self.value = value

    def __getitem__(self, key):
        return self.value if key == "term" else "fixed"


@app.route("/00271", methods=["GET", "POST"])
def benchmark_test_00271():
    param = request.values.get("BenchmarkTest", "")
    bar = Registry(param)["other"]
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
