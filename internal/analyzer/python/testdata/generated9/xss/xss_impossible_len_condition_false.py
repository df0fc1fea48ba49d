# generated case (gen9): category=xss rule=PY-XSS fw=flask shape=impossible_len_condition expected=false
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_impossible_len_condition", methods=["GET", "POST"])
def case_impossible_len_condition():
    param = request.args.get("q", "")
    if len(param) < 0:
        return make_response("<p>" + param + "</p>")
    return make_response("<p>nothing</p>")
