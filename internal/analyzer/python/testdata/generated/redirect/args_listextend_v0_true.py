# generated case: rule=PY-OPEN-REDIRECT source=args propagation=listextend sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.args.get("p", "")
    values = ["safe"]
    values.extend([param])
    bar = values[-1]
    return redirect(bar)  # want: PY-OPEN-REDIRECT
