# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=cookie variant=requests_verify_true expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00758", methods=["GET", "POST"])
def benchmark_test_00758():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=True, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
