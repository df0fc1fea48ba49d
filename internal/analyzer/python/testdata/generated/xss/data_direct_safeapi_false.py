# generated case: rule=PY-XSS source=data propagation=direct sink=safe-api expected=false
from flask import Flask, jsonify, render_template, request

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.data.decode("utf-8")
    bar = param
    return render_template("hello.html", name=bar)
