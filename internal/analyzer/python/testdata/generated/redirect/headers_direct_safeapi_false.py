# generated case: rule=PY-OPEN-REDIRECT source=headers propagation=direct sink=safe-api expected=false
from flask import Flask, jsonify, redirect, request, url_for

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.headers.get("X-P", "")
    bar = param
    return redirect(url_for("search", q=bar))
