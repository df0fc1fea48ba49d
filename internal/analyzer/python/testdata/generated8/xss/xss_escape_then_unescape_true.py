# generated case (gen8): category=xss rule=PY-XSS fw=flask shape=escape_then_unescape expected=true
import html
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_escape_then_unescape", methods=["GET", "POST"])
def case_escape_then_unescape():
    param = (request.get_json(silent=True) or {}).get("q", "")
    shown = html.unescape(html.escape(param))
    return make_response("<p>Hello " + shown + "</p>")  # want: PY-XSS
