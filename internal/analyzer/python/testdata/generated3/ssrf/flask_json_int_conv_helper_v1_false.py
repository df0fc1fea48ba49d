# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=json propagation=int_conv (helper class) sink=v1 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.route("/00390", methods=["POST"])
def benchmark_test_00390():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
