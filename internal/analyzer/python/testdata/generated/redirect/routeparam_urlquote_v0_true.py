# generated case: rule=PY-OPEN-REDIRECT source=routeparam propagation=urlquote sink=v0 expected=true
import urllib.parse

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect/<p>")
def handle_redirect(p):
    param = p
    bar = urllib.parse.quote(param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
