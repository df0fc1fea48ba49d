# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=getdata propagation=b64_roundtrip sink=v0 expected=true
import base64
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00371", methods=["POST"])
def benchmark_test_00371():
    param = request.get_data(as_text=True)
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
