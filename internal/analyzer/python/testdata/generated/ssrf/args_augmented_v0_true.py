# generated case: rule=PY-SSRF source=args propagation=augmented sink=v0 expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf")
def handle_ssrf():
    param = request.args.get("p", "")
    bar = ""
    bar += param
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=result)
