# generated case: rule=PY-SSRF source=routeparam propagation=helper_secondarg sink=v1 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def pick(first, second):
    return first


@app.route("/ssrf/<p>")
def handle_ssrf(p):
    param = p
    bar = pick("fixed", param)
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=result)
