# generated case: rule=PY-SSRF source=routeparam propagation=closure_const sink=v1 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf/<p>")
def handle_ssrf(p):
    param = p
    def inner(v):
        return "safe"
    bar = inner(param)
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=result)
