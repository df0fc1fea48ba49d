# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=json shape=kwargs_dict_true expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00166", methods=["POST"])
def benchmark_test_00166():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    opts = {"verify": True, "timeout": 5, "proxies": PROXIES}
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, **opts)
    result = resp.status_code
    return jsonify(result=str(result))
