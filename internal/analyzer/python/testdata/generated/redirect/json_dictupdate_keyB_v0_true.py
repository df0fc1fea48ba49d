# generated case: rule=PY-OPEN-REDIRECT source=json propagation=dictupdate_keyB sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.get_json()["p"]
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyB"]
    return redirect(bar)  # want: PY-OPEN-REDIRECT
