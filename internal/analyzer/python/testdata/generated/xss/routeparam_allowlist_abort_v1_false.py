# generated case: rule=PY-XSS source=routeparam propagation=allowlist_abort sink=v1 expected=false
from flask import Flask, abort, jsonify, make_response, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/xss/<p>")
def handle_xss(p):
    param = p
    bar = param
    if bar not in ALLOWED:
        abort(400)
    return make_response("<div>" + bar + "</div>")
