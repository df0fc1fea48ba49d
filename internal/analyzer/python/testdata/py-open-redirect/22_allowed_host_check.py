# Open redirect FALSE: host of the target checked against an allow-list, abort otherwise
from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_HOSTS = {"shop.example.com", "help.example.com"}


@app.route("/out")
def outbound():
    url = request.args.get("url", "")
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    return redirect(url)
