# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=flask source=header shape=urljoin_fixed_base sink=specific expected=true
import requests
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00415", methods=["GET", "POST"])
def benchmark_test_00415():
    param = request.headers.get("Referer", "")
    bar = param
    resp = requests.get(urllib.parse.urljoin("https://api.example.com/v1/", bar), proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
