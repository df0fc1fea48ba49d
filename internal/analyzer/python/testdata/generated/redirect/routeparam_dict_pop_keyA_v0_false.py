# generated case: rule=PY-OPEN-REDIRECT source=routeparam propagation=dict_pop_keyA sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect/<p>")
def handle_redirect(p):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.pop("keyA")
    return redirect(bar)
