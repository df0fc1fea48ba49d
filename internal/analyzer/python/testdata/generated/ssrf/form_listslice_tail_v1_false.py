# generated case: rule=PY-SSRF source=form propagation=listslice_tail sink=v1 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf", methods=["POST"])
def handle_ssrf():
    param = request.form["p"]
    values = [param, "safe", "moresafe"]
    bar = values[1:][0]
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=result)
