# generated case: rule=PY-SSRF source=data propagation=direct sink=v0 expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf", methods=["POST"])
def handle_ssrf():
    param = request.data.decode("utf-8")
    bar = param
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=result)
