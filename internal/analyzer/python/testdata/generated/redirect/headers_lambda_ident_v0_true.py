# generated case: rule=PY-OPEN-REDIRECT source=headers propagation=lambda_ident sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.headers.get("X-P", "")
    ident = lambda s: s
    bar = ident(param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
