# generated case: rule=PY-TRUST-BOUNDARY source=args propagation=helper_constfold sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def choose(value):
    if len("abc") > 5:
        return value
    return "safe"


@app.route("/trustbound")
def handle_trustbound():
    param = request.args.get("p", "")
    bar = choose(param)
    session["preference"] = bar
    result = True
    return jsonify(result=result)
