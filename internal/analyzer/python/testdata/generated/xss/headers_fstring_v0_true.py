# generated case: rule=PY-XSS source=headers propagation=fstring sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.headers.get("X-P", "")
    bar = f"{param}"
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
