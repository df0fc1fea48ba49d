# generated case: rule=PY-OPEN-REDIRECT source=cookies propagation=tupleunpack_first sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.cookies.get("p", "")
    bar, _other = "safe", param
    return redirect(bar)
