# generated case: rule=PY-TRUST-BOUNDARY source=args propagation=listneg_first sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.args.get("p", "")
    values = [param, "safe", "moresafe"]
    bar = values[-1]
    session["preference"] = bar
    result = True
    return jsonify(result=result)
