# generated case (gen9): category=xss rule=PY-XSS fw=flask shape=markup_mod_escapes expected=false
from markupsafe import Markup
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_markup_mod_escapes", methods=["GET", "POST"])
def case_markup_mod_escapes():
    param = request.form.get("q", "")
    return Markup("<b>%s</b>") % param
