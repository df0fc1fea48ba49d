# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=getdata shape=ctx_enter_const sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Scope:
    def __init__(self, value):
        self.value = value
        self.label = "scope"

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


class Labelled(Scope):
    def __enter__(self):
        return self.label


@app.route("/00087", methods=["POST"])
def benchmark_test_00087():
    param = request.get_data(as_text=True)
    with Labelled(param) as entered:
        bar = entered
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
