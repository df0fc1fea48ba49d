# generated case: rule=PY-OPEN-REDIRECT source=data propagation=dict_pop_keyB sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.data.decode("utf-8")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.pop("keyB")
    return redirect(bar)  # want: PY-OPEN-REDIRECT
