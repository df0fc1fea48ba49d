# generated case: rule=PY-TRUST-BOUNDARY source=values propagation=allowlist_logonly sink=v0 expected=true
import logging
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/trustbound")
def handle_trustbound():
    param = request.values.get("p", "")
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
