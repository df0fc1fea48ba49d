# generated case (gen8): category=xss rule=PY-XSS fw=flask shape=urlquote_in_html expected=false
from urllib.parse import quote
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_urlquote_in_html", methods=["GET", "POST"])
def case_urlquote_in_html():
    param = request.form.get("q", "")
    return make_response('<a href="/search?q=' + quote(param) + '">search again</a>')
