# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=values shape=quoted_path_segment sink=specific expected=false
import requests
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00465", methods=["GET", "POST"])
def benchmark_test_00465():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    resp = requests.get("https://api.example.com/users/" + urllib.parse.quote(bar, safe=""), proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
