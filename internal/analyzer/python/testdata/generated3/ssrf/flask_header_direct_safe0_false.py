# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=header propagation=direct sink=safe0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00355", methods=["GET", "POST"])
def benchmark_test_00355():
    param = request.headers.get("Referer", "")
    bar = param
    resp = requests.get("https://api.example.com/search", params={"q": bar}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
