# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=cookie propagation=if_fold_div_safe sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00369", methods=["GET", "POST"])
def benchmark_test_00369():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
