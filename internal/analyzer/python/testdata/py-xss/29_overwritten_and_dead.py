# XSS FALSE: tainted variable overwritten with a constant; tainted path only in an if False branch
from flask import Flask, request

app = Flask(__name__)


@app.route("/status")
def status():
    note = request.args.get("note", "")
    note = "All systems operational"
    extra = ""
    if False:
        extra = request.args.get("extra", "")
    return "<p>" + note + "</p>" + extra
