# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=getlist shape=env_default_on expected=false
import os
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00175", methods=["GET", "POST"])
def benchmark_test_00175():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=os.environ.get("REQUESTS_CA_BUNDLE", True), proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
