# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=paramnames propagation=direct sink=safe2 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00402", methods=["GET", "POST"])
def benchmark_test_00402():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    resp = requests.get("https://api.example.com/items/" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
