# generated case: rule=PY-OPEN-REDIRECT source=args propagation=dict_keyB sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.args.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyB"]
    return redirect(bar)  # want: PY-OPEN-REDIRECT
