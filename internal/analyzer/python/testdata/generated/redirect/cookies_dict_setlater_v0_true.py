# generated case: rule=PY-OPEN-REDIRECT source=cookies propagation=dict_setlater sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.cookies.get("p", "")
    m = {"keyA": "a_Value", "keyB": "b_Value"}
    m["keyA"] = param
    bar = m["keyA"]
    return redirect(bar)  # want: PY-OPEN-REDIRECT
