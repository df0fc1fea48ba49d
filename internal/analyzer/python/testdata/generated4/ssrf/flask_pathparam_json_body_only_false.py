# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=pathparam shape=json_body_only sink=specific expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00477/<test_id>", methods=["GET", "POST"])
def benchmark_test_00477(test_id):
    param = test_id
    bar = param
    resp = requests.post("https://api.example.com/notify", json={"url": bar}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
