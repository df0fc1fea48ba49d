# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=referer_header expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/redirect_referer_header")
def case_referer_header():
    back = request.headers.get("Referer") or "/"
    return redirect(back)  # want: PY-OPEN-REDIRECT
