# generated case: rule=PY-OPEN-REDIRECT source=json propagation=dict_get_keyA sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.get_json()["p"]
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyA", "")
    return redirect(bar)
