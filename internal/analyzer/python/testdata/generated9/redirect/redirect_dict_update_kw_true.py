# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=dict_update_kw expected=true
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/redirect_dict_update_kw", methods=["GET", "POST"])
def case_dict_update_kw():
    param = request.args.get("q", "")
    target = {"url": "/"}
    target.update(url=param)
    return redirect(target["url"])  # want: PY-OPEN-REDIRECT
