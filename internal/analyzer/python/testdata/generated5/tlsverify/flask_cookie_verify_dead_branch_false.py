# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=cookie shape=verify_dead_branch expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
DEBUG_TLS = False


@app.route("/00171", methods=["GET", "POST"])
def benchmark_test_00171():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    verify = True
    if DEBUG_TLS:
        verify = False
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=verify, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
