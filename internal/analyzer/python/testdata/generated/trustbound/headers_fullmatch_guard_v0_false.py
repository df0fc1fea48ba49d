# generated case: rule=PY-TRUST-BOUNDARY source=headers propagation=fullmatch_guard sink=v0 expected=false
import os
import re

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.headers.get("X-P", "")
    bar = param
    if not re.fullmatch(r"[a-z0-9]+", bar):
        abort(400)
    session["preference"] = bar
    result = True
    return jsonify(result=result)
