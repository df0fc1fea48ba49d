# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=getlist shape=subdomain_host sink=specific expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00467", methods=["GET", "POST"])
def benchmark_test_00467():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    resp = requests.get("https://" + bar + ".partners.example.com/feed", proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
