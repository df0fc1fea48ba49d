# generated case: rule=PY-OPEN-REDIRECT source=json propagation=json_roundtrip sink=v0 expected=true
import json

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.get_json()["p"]
    bar = json.loads(json.dumps(param))
    return redirect(bar)  # want: PY-OPEN-REDIRECT
