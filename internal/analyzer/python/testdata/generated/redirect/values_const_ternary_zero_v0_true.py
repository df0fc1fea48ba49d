# generated case: rule=PY-OPEN-REDIRECT source=values propagation=const_ternary_zero sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.values.get("p", "")
    bar = "safe" if 0 else param
    return redirect(bar)  # want: PY-OPEN-REDIRECT
