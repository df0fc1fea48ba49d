# generated case: rule=PY-TRUST-BOUNDARY source=args propagation=guard_and_len sink=v0 expected=true
import os

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/trustbound")
def handle_trustbound():
    param = request.args.get("p", "")
    bar = param
    if bar not in ALLOWED and len(bar) > 100:
        abort(400)
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
