# generated case: rule=PY-OPEN-REDIRECT source=headers propagation=dict_get_keyB sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.headers.get("X-P", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyB", "")
    return redirect(bar)  # want: PY-OPEN-REDIRECT
