# generated case: rule=PY-OPEN-REDIRECT source=routeparam propagation=listcomp_digits sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect/<p>")
def handle_redirect(p):
    param = p
    bar = "".join([c for c in param if c.isdigit()])
    return redirect(bar)
