# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=getlist_first expected=true
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/redirect_getlist_first", methods=["GET", "POST"])
def case_getlist_first():
    return redirect(next(iter(request.args.getlist("next")), "/"))  # want: PY-OPEN-REDIRECT
