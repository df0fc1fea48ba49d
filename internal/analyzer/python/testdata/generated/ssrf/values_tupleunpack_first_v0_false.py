# generated case: rule=PY-SSRF source=values propagation=tupleunpack_first sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf")
def handle_ssrf():
    param = request.values.get("p", "")
    bar, _other = "safe", param
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=result)
