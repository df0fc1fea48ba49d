# XSS FALSE: switch-like dict lookup with a constant key returns a constant heading
from flask import Flask, request

app = Flask(__name__)


@app.route("/landing")
def landing():
    param = request.args.get("headline", "")
    choice = "B"
    bar = {"A": param, "B": "Spring sale", "C": "Clearance"}[choice]
    return "<h1>" + bar + "</h1>"
