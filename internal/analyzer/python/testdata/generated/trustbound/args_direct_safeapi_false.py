# generated case: rule=PY-TRUST-BOUNDARY source=args propagation=direct sink=safe-api expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.args.get("p", "")
    bar = param
    session["preference_len"] = len(bar)
    result = True
    return jsonify(result=result)
