# generated case: rule=PY-SSRF source=headers propagation=fullmatch_unused sink=v0 expected=true
import re
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf")
def handle_ssrf():
    param = request.headers.get("X-P", "")
    bar = param
    valid = re.fullmatch(r"[a-z0-9]+", bar)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=result)
