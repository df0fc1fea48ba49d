# generated case (gen8): category=xss rule=PY-XSS fw=flask shape=escape_quote_false_js expected=true
import html
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_escape_quote_false_js", methods=["GET", "POST"])
def case_escape_quote_false_js():
    param = request.cookies.get("q", "")
    val = html.escape(param, quote=False)
    return make_response("<script>var q = '" + val + "';</script>")  # want: PY-XSS
