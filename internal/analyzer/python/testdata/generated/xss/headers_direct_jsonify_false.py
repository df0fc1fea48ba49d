# generated case: rule=PY-XSS source=headers propagation=direct sink=jsonify expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.headers.get("X-P", "")
    bar = param
    return jsonify(echo=bar)
