# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=quote_path_segment expected=false
from urllib.parse import quote
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/redirect_quote_path_segment", methods=["GET", "POST"])
def case_quote_path_segment():
    param = request.form.get("q", "")
    return redirect("/profile/" + quote(param, safe=""))
