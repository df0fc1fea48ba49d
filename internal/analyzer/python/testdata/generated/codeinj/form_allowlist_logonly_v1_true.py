# generated case: rule=PY-CODE-INJECTION source=form propagation=allowlist_logonly sink=v1 expected=true
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.form["p"]
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=result)
