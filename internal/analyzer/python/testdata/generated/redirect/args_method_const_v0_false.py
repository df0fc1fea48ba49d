# generated case: rule=PY-OPEN-REDIRECT source=args propagation=method_const sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return "safe!"


@app.route("/redirect")
def handle_redirect():
    param = request.args.get("p", "")
    bar = Thing().do_something(param)
    return redirect(bar)
