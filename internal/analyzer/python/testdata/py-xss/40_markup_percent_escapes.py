# XSS, safe: % on a Markup format escapes its arguments (as + does).
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return Markup("<b>%s</b>") % name


@app.route("/pair")
def pair():
    a = request.args.get("a", "")
    b = request.args.get("b", "")
    return Markup("<i>%s</i> and <i>%s</i>") % (a, b)
