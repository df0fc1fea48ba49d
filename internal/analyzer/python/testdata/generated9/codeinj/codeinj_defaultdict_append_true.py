# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=defaultdict_append expected=true
import collections
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/codeinj_defaultdict_append", methods=["GET", "POST"])
def case_defaultdict_append():
    param = (request.get_json(silent=True) or {}).get("q", "")
    parts = collections.defaultdict(str)
    parts["expr"] += param
    value = eval(parts["expr"])  # want: PY-CODE-INJECTION
    return jsonify(result=str(value))
