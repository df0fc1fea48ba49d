# XSS FALSE: html.escape applied before the value is put in the HTML body
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    q = html.escape(request.args.get("q", ""))
    return f"<h1>Results for {q}</h1>"
