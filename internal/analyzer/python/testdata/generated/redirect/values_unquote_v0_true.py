# generated case: rule=PY-OPEN-REDIRECT source=values propagation=unquote sink=v0 expected=true
import urllib.parse

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.values.get("p", "")
    bar = urllib.parse.unquote(param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
