# XSS: list items from getlist joined into an HTML list via a comprehension
from flask import Flask, request

app = Flask(__name__)


@app.route("/compare")
def compare():
    items = request.args.getlist("item")
    rows = "".join([f"<li>{i}</li>" for i in items])
    return "<ul>" + rows + "</ul>"  # want: PY-XSS
