# generated case: rule=PY-SSRF source=headers propagation=listappend_first sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf")
def handle_ssrf():
    param = request.headers.get("X-P", "")
    values = ["safe", "moresafe"]
    values.append(param)
    bar = values[0]
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=result)
