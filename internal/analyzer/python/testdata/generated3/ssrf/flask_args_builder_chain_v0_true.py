# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=args propagation=builder_chain sink=v0 expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.route("/00377", methods=["GET", "POST"])
def benchmark_test_00377():
    param = request.args.get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
