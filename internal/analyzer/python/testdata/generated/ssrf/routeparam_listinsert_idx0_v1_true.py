# generated case: rule=PY-SSRF source=routeparam propagation=listinsert_idx0 sink=v1 expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf/<p>")
def handle_ssrf(p):
    param = p
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[0]
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=result)
