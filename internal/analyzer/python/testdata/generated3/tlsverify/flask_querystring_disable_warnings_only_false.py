# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=querystring variant=disable_warnings_only expected=false
import requests
import urllib.parse
import urllib3

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00757", methods=["GET", "POST"])
def benchmark_test_00757():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    urllib3.disable_warnings()
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
