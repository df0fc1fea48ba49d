# generated case: rule=PY-XSS source=data propagation=urlquote sink=v0 expected=false
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.data.decode("utf-8")
    bar = urllib.parse.quote(param)
    return "<p>Hello " + bar + "</p>"
