# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=paramnames shape=not_insecure_true expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
INSECURE = True


@app.route("/00167", methods=["GET", "POST"])
def benchmark_test_00167():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=not INSECURE, proxies=PROXIES, timeout=5)  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return jsonify(result=str(result))
