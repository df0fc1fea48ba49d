# generated case: rule=PY-TRUST-BOUNDARY source=routeparam propagation=listremove_idx0 sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound/<p>")
def handle_trustbound(p):
    param = p
    values = ["safe", param, "moresafe"]
    values.remove("safe")
    bar = values[0]
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
