# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=getdata shape=startswith_no_slash sink=specific expected=true
import requests

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00457", methods=["POST"])
def benchmark_test_00457():
    param = request.get_data(as_text=True)
    bar = param
    if not bar.startswith("https://api.example.com"):
        abort(400)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
