# generated case: rule=PY-TRUST-BOUNDARY source=cookies propagation=method_const sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Thing:
    def do_something(self, value):
        return "safe!"


@app.route("/trustbound")
def handle_trustbound():
    param = request.cookies.get("p", "")
    bar = Thing().do_something(param)
    session["preference"] = bar
    result = True
    return jsonify(result=result)
