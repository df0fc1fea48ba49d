# generated case: rule=PY-DESERIALIZATION source=values propagation=allowlist_logonly sink=v0 expected=true
import base64
import logging
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/deser")
def handle_deser():
    param = request.values.get("p", "")
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
