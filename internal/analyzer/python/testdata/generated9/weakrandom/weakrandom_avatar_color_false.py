# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=flask shape=avatar_color expected=false
import random
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakrandom_avatar_color", methods=["GET", "POST"])
def case_avatar_color():
    param = request.values.get("q", "")
    color = "#%06x" % random.randint(0, 0xFFFFFF)
    return jsonify(result=str([param, color]))
