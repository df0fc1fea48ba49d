# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=paramnames propagation=match_const_safe (helper class) sink=v1 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.route("/00384", methods=["GET", "POST"])
def benchmark_test_00384():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = Test().do_something(request, param)
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
