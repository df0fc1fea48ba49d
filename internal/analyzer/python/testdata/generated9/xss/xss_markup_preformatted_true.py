# generated case (gen9): category=xss rule=PY-XSS fw=flask shape=markup_preformatted expected=true
from markupsafe import Markup
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_markup_preformatted", methods=["GET", "POST"])
def case_markup_preformatted():
    param = request.args.get("q", "")
    return Markup("<b>%s</b>" % param)  # want: PY-XSS
