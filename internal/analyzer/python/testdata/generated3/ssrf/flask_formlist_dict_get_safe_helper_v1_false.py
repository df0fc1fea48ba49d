# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=formlist propagation=dict_get_safe (helper class) sink=v1 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00378", methods=["POST"])
def benchmark_test_00378():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = Test().do_something(request, param)
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
