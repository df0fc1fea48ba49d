# generated case: rule=PY-OPEN-REDIRECT source=headers propagation=and_const sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.headers.get("X-P", "")
    bar = "" and param
    return redirect(bar)
