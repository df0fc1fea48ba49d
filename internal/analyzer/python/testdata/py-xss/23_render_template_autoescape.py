# XSS FALSE: tainted value passed as a context variable to an autoescaped template
from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    return render_template("search.html", query=q, results=[])
