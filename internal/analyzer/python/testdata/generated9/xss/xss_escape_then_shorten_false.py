# generated case (gen9): category=xss rule=PY-XSS fw=flask shape=escape_then_shorten expected=false
import html
import textwrap
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_escape_then_shorten", methods=["GET", "POST"])
def case_escape_then_shorten():
    param = request.cookies.get("q", "")
    short = textwrap.shorten(html.escape(param), width=40)
    return make_response("<p>" + short + "</p>")
