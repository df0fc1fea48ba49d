# Open redirect FALSE: target accepted only when it has no scheme and no netloc (relative URL)
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/after-login")
def after_login():
    nxt = request.args.get("next", "/")
    parts = urlparse(nxt)
    if parts.netloc == "" and parts.scheme == "":
        return redirect(nxt)
    return redirect("/")
