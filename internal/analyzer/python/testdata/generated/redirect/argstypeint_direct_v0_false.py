# generated case: rule=PY-OPEN-REDIRECT source=argstypeint propagation=direct sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = str(request.args.get("p", default=0, type=int))
    bar = param
    return redirect(bar)
