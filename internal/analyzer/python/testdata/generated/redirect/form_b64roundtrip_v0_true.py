# generated case: rule=PY-OPEN-REDIRECT source=form propagation=b64roundtrip sink=v0 expected=true
import base64

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.form["p"]
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    return redirect(bar)  # want: PY-OPEN-REDIRECT
