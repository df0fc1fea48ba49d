# generated case: rule=PY-XSS source=headers propagation=json_roundtrip sink=v0 expected=true
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.headers.get("X-P", "")
    bar = json.loads(json.dumps(param))
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
