# generated case: rule=PY-SSRF source=form propagation=allowlist_block sink=v1 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/ssrf", methods=["POST"])
def handle_ssrf():
    param = request.form["p"]
    bar = param
    result = None
    if bar in ALLOWED:
        resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
        result = resp.status_code
    return jsonify(result=result)
