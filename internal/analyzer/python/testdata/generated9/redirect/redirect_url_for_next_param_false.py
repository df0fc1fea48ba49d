# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=url_for_next_param expected=false
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

@app.route("/")
def index():
    return "home"


@app.route("/redirect_url_for_next_param", methods=["GET", "POST"])
def case_url_for_next_param():
    param = request.args.get("next", "")
    return redirect(url_for("index", next=param))
