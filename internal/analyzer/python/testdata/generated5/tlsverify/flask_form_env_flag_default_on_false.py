# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=form shape=env_flag_default_on expected=false
import os
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
VERIFY_SSL = os.getenv("VERIFY_SSL", "true").lower() in ("1", "true", "yes")


@app.route("/00176", methods=["POST"])
def benchmark_test_00176():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=VERIFY_SSL, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
