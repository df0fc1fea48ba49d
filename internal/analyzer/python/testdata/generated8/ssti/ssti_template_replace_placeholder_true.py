# generated case (gen8): category=ssti rule=PY-SSTI fw=flask shape=template_replace_placeholder expected=true
from flask import render_template_string
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

PAGE = "<h1>Welcome NAME</h1>"


@app.route("/ssti_template_replace_placeholder", methods=["GET", "POST"])
def case_template_replace_placeholder():
    param = request.cookies.get("q", "")
    return render_template_string(PAGE.replace("NAME", param))  # want: PY-SSTI
