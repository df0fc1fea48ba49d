# generated case: rule=PY-SSRF source=args propagation=allowlist_logonly sink=v0 expected=true
import logging
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/ssrf")
def handle_ssrf():
    param = request.args.get("p", "")
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=result)
