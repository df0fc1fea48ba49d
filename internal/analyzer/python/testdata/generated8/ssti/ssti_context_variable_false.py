# generated case (gen8): category=ssti rule=PY-SSTI fw=flask shape=context_variable expected=false
from flask import render_template_string
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssti_context_variable", methods=["GET", "POST"])
def case_context_variable():
    param = request.form.get("q", "")
    greeting = param.title()
    return render_template_string("<p>Hello {{ who }}</p>", who=greeting)
