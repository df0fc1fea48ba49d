# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=form propagation=regex_guard_reassign (helper class) sink=v1 expected=false
import re
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.route("/00380", methods=["POST"])
def benchmark_test_00380():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
