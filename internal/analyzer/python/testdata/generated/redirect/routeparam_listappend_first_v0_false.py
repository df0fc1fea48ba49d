# generated case: rule=PY-OPEN-REDIRECT source=routeparam propagation=listappend_first sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect/<p>")
def handle_redirect(p):
    param = p
    values = ["safe", "moresafe"]
    values.append(param)
    bar = values[0]
    return redirect(bar)
