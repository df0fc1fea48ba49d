# generated case (gen8): category=xss rule=PY-XSS fw=flask shape=markup_param expected=true
from markupsafe import Markup
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_markup_param", methods=["GET", "POST"])
def case_markup_param():
    param = request.cookies.get("q", "")
    return make_response(Markup("<b>") + Markup(param) + Markup("</b>"))  # want: PY-XSS
