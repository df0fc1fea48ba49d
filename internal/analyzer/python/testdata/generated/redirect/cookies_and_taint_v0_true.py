# generated case: rule=PY-OPEN-REDIRECT source=cookies propagation=and_taint sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.cookies.get("p", "")
    bar = "x" and param
    return redirect(bar)  # want: PY-OPEN-REDIRECT
