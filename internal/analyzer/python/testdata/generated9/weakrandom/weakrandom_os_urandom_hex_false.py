# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=flask shape=os_urandom_hex expected=false
import os
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakrandom_os_urandom_hex", methods=["GET", "POST"])
def case_os_urandom_hex():
    param = request.form.get("q", "")
    token = os.urandom(16).hex()
    session["token"] = token
    return jsonify(result=str(param))
