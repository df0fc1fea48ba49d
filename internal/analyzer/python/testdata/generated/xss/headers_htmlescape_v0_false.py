# generated case: rule=PY-XSS source=headers propagation=htmlescape sink=v0 expected=false
import html

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.headers.get("X-P", "")
    bar = html.escape(param)
    return "<p>Hello " + bar + "</p>"
