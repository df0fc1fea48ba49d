# generated case (gen8): category=xss rule=PY-XSS fw=flask shape=escape_in_helper_branches expected=false
import markupsafe
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

def clean(value):
    if not value:
        return ""
    value = value.strip()
    return str(markupsafe.escape(value))


@app.route("/xss_escape_in_helper_branches", methods=["GET", "POST"])
def case_escape_in_helper_branches():
    param = request.args.get("q", "")
    return make_response("<p>" + clean(param) + "</p>")
