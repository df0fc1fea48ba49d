# generated case: rule=PY-TRUST-BOUNDARY source=routeparam propagation=fullmatch_block sink=v0 expected=false
import os
import re

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound/<p>")
def handle_trustbound(p):
    param = p
    bar = param
    result = None
    if re.fullmatch(r"[a-z0-9]+", bar):
        session["preference"] = bar
        result = True
    return jsonify(result=result)
