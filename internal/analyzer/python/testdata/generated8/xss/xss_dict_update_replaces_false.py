# generated case (gen8): category=xss rule=PY-XSS fw=flask shape=dict_update_replaces expected=false
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_dict_update_replaces", methods=["GET", "POST"])
def case_dict_update_replaces():
    param = request.headers.get("X-Q", "")
    ctx = {"msg": param}
    ctx.update(msg="Welcome back")
    return make_response("<h1>" + ctx["msg"] + "</h1>")
