# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=values shape=settings_class_true expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Settings:
    VERIFY_SSL = True
    TIMEOUT = 5


@app.route("/00162", methods=["GET", "POST"])
def benchmark_test_00162():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=Settings.VERIFY_SSL, proxies=PROXIES, timeout=Settings.TIMEOUT)
    result = resp.status_code
    return jsonify(result=str(result))
