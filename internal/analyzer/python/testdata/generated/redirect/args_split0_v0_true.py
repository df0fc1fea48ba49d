# generated case: rule=PY-OPEN-REDIRECT source=args propagation=split0 sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.args.get("p", "")
    bar = param.split("\n")[0]
    return redirect(bar)  # want: PY-OPEN-REDIRECT
