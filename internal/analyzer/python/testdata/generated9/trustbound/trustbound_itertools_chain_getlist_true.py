# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask shape=itertools_chain_getlist expected=true
import itertools
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/trustbound_itertools_chain_getlist", methods=["GET", "POST"])
def case_itertools_chain_getlist():
    session["tags"] = list(itertools.chain(["default"], request.args.getlist("tag")))  # want: PY-TRUST-BOUNDARY
    return jsonify(result="ok")
