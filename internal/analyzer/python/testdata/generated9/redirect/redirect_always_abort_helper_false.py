# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=always_abort_helper expected=false
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

def reject():
    abort(403)


@app.route("/redirect_always_abort_helper", methods=["GET", "POST"])
def case_always_abort_helper():
    param = request.args.get("q", "")
    reject()
    return redirect(param)
