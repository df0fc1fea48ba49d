# generated case: rule=PY-TRUST-BOUNDARY source=headers propagation=listcomp_digits sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.headers.get("X-P", "")
    bar = "".join([c for c in param if c.isdigit()])
    session["preference"] = bar
    result = True
    return jsonify(result=result)
