# generated case: rule=PY-OPEN-REDIRECT source=args propagation=direct sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.args.get("p", "")
    bar = param
    return redirect(bar)  # want: PY-OPEN-REDIRECT
