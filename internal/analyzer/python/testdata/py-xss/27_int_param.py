# XSS FALSE: page number converted with int() before going into the HTML
from flask import Flask, request

app = Flask(__name__)


@app.route("/gallery")
def gallery():
    page = int(request.args.get("page", "1"))
    return f"<h1>Gallery page {page}</h1>"
