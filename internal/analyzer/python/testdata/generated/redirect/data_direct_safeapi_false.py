# generated case: rule=PY-OPEN-REDIRECT source=data propagation=direct sink=safe-api expected=false
from flask import Flask, jsonify, redirect, request, url_for

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.data.decode("utf-8")
    bar = param
    return redirect(url_for("search", q=bar))
