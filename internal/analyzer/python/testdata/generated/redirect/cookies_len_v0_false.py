# generated case: rule=PY-OPEN-REDIRECT source=cookies propagation=len sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.cookies.get("p", "")
    bar = str(len(param))
    return redirect(bar)
