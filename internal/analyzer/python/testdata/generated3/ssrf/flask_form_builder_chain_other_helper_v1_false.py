# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=form propagation=builder_chain_other (helper class) sink=v1 expected=false
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


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


@app.route("/00396", methods=["POST"])
def benchmark_test_00396():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
