# generated case: rule=PY-OPEN-REDIRECT source=routeparam propagation=format sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect/<p>")
def handle_redirect(p):
    param = p
    bar = "{}".format(param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
