# generated case: rule=PY-XSS source=args propagation=direct sink=safe-api expected=false
from flask import Flask, jsonify, render_template, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    bar = param
    return render_template("hello.html", name=bar)
