# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=args variant=requests_verify_false expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00740", methods=["GET", "POST"])
def benchmark_test_00740():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=False, proxies=PROXIES, timeout=5)  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return jsonify(result=str(result))
