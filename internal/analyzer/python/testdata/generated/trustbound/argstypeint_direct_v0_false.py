# generated case: rule=PY-TRUST-BOUNDARY source=argstypeint propagation=direct sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = str(request.args.get("p", default=0, type=int))
    bar = param
    session["preference"] = bar
    result = True
    return jsonify(result=result)
