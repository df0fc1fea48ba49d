# generated case (gen9): category=xss rule=PY-XSS fw=flask shape=flask_response_mimetype_html expected=true
from flask import Response
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_flask_response_mimetype_html", methods=["GET", "POST"])
def case_flask_response_mimetype_html():
    param = request.args.get("q", "")
    return Response("<p>" + param + "</p>", mimetype="text/html")  # want: PY-XSS
