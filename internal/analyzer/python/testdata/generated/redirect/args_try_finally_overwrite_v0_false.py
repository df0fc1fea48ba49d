# generated case: rule=PY-OPEN-REDIRECT source=args propagation=try_finally_overwrite sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.args.get("p", "")
    try:
        bar = param
    finally:
        bar = "safe"
    return redirect(bar)
