# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=netloc_check_ignored expected=true
from urllib.parse import urlparse
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

ALLOWED = {"shop.example.com"}


@app.route("/redirect_netloc_check_ignored", methods=["GET", "POST"])
def case_netloc_check_ignored():
    param = request.form.get("q", "")
    trusted = urlparse(param).netloc in ALLOWED
    return redirect(param)  # want: PY-OPEN-REDIRECT
