# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=getdata propagation=join_builder_replaced sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00387", methods=["POST"])
def benchmark_test_00387():
    param = request.get_data(as_text=True)
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
