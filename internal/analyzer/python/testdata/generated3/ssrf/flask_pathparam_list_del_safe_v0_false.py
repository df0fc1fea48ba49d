# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=pathparam propagation=list_del_safe sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00375/<test_id>", methods=["GET", "POST"])
def benchmark_test_00375(test_id):
    param = test_id
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
