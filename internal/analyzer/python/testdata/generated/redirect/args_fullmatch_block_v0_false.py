# generated case: rule=PY-OPEN-REDIRECT source=args propagation=fullmatch_block sink=v0 expected=false
import re

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.args.get("p", "")
    bar = param
    if re.fullmatch(r"[a-z0-9]+", bar):
        return redirect(bar)
    return jsonify(result=None)
