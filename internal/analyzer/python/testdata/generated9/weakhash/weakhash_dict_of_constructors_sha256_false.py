# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=flask shape=dict_of_constructors_sha256 expected=false
import hashlib
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

ALGS = {"default": hashlib.sha256, "legacy": hashlib.md5}


@app.route("/weakhash_dict_of_constructors_sha256", methods=["GET", "POST"])
def case_dict_of_constructors_sha256():
    param = request.form.get("q", "")
    digest = ALGS["default"](param.encode("utf-8")).hexdigest()
    return jsonify(result=str(digest))
