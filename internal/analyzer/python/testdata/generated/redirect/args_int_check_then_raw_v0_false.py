# generated case: rule=PY-OPEN-REDIRECT source=args propagation=int_check_then_raw sink=v0 expected=false
from flask import Flask, abort, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.args.get("p", "")
    try:
        int(param)
    except ValueError:
        abort(400)
    bar = param
    return redirect(bar)
