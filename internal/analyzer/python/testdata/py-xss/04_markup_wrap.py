# XSS: flash-like message from the query string wrapped in Markup, then rendered unescaped by the template
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/")
def index():
    msg = Markup("<div class='notice'>" + request.args.get("msg", "") + "</div>")  # want: PY-XSS
    return render_template("index.html", msg=msg)
