# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=flask shape=csrf_randint_hex expected=true
import random
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakrandom_csrf_randint_hex", methods=["GET", "POST"])
def case_csrf_randint_hex():
    param = request.cookies.get("q", "")
    session["csrf"] = "%x" % random.randint(0, 2 ** 64)  # want: PY-WEAK-RANDOM
    return jsonify(result=str(param))
