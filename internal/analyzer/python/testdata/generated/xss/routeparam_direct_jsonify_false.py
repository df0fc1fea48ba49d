# generated case: rule=PY-XSS source=routeparam propagation=direct sink=jsonify expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss/<p>")
def handle_xss(p):
    param = p
    bar = param
    return jsonify(echo=bar)
