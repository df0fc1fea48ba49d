# generated case: rule=PY-TRUST-BOUNDARY source=values propagation=method_ident sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Thing:
    def do_something(self, value):
        return value


@app.route("/trustbound")
def handle_trustbound():
    param = request.values.get("p", "")
    bar = Thing().do_something(param)
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
