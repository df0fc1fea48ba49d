# generated case: rule=PY-TRUST-BOUNDARY source=args propagation=tupleunpack_first sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.args.get("p", "")
    bar, _other = "safe", param
    session["preference"] = bar
    result = True
    return jsonify(result=result)
