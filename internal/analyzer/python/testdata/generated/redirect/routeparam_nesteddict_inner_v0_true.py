# generated case: rule=PY-OPEN-REDIRECT source=routeparam propagation=nesteddict_inner sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect/<p>")
def handle_redirect(p):
    param = p
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["inner"]
    return redirect(bar)  # want: PY-OPEN-REDIRECT
