# generated case: rule=PY-OPEN-REDIRECT source=args propagation=direct sink=safe-api expected=false
from flask import Flask, jsonify, redirect, request, url_for

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.args.get("p", "")
    bar = param
    return redirect(url_for("search", q=bar))
