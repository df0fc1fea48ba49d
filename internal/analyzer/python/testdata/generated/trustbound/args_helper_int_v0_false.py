# generated case: rule=PY-TRUST-BOUNDARY source=args propagation=helper_int sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def do_something(value):
    return str(int(value))


@app.route("/trustbound")
def handle_trustbound():
    param = request.args.get("p", "")
    bar = do_something(param)
    session["preference"] = bar
    result = True
    return jsonify(result=result)
