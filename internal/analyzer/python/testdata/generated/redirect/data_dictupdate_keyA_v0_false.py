# generated case: rule=PY-OPEN-REDIRECT source=data propagation=dictupdate_keyA sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.data.decode("utf-8")
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyA"]
    return redirect(bar)
