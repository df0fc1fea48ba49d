# generated case: rule=PY-TRUST-BOUNDARY source=cookies propagation=int_check_then_raw sink=v0 expected=false
import os

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.cookies.get("p", "")
    try:
        int(param)
    except ValueError:
        abort(400)
    bar = param
    session["preference"] = bar
    result = True
    return jsonify(result=result)
