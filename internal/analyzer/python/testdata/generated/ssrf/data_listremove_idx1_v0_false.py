# generated case: rule=PY-SSRF source=data propagation=listremove_idx1 sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf", methods=["POST"])
def handle_ssrf():
    param = request.data.decode("utf-8")
    values = ["safe", param, "moresafe"]
    values.remove("safe")
    bar = values[1]
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=result)
