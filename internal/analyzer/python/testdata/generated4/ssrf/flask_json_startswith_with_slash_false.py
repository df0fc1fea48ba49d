# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=json shape=startswith_with_slash sink=specific expected=false
import requests

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00459", methods=["POST"])
def benchmark_test_00459():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    if not bar.startswith("https://api.example.com/"):
        abort(400)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
