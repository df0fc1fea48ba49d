# generated case: rule=PY-SSRF source=values propagation=fullmatch_guard sink=v0 expected=false
import re
import requests

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf")
def handle_ssrf():
    param = request.values.get("p", "")
    bar = param
    if not re.fullmatch(r"[a-z0-9]+", bar):
        abort(400)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=result)
