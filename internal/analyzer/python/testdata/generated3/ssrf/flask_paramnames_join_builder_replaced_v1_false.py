# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=paramnames propagation=join_builder_replaced sink=v1 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00342", methods=["GET", "POST"])
def benchmark_test_00342():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
