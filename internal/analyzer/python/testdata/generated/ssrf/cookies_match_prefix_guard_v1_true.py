# generated case: rule=PY-SSRF source=cookies propagation=match_prefix_guard sink=v1 expected=true
import re
import requests

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/ssrf")
def handle_ssrf():
    param = request.cookies.get("p", "")
    bar = param
    if not re.match(r"[a-z0-9]+", bar):
        abort(400)
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=result)
