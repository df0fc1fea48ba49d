# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=flask source=getdata shape=max_key_len sink=v0 expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00186", methods=["POST"])
def benchmark_test_00186():
    param = request.get_data(as_text=True)
    bar = max(["safe", param], key=len)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
