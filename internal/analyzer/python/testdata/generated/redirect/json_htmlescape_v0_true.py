# generated case: rule=PY-OPEN-REDIRECT source=json propagation=htmlescape sink=v0 expected=true
import html

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.get_json()["p"]
    bar = html.escape(param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
