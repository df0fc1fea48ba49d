# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=flask shape=new_tuple_index expected=true
import hashlib
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

NAMES = ("md5", "sha256")


@app.route("/weakhash_new_tuple_index", methods=["GET", "POST"])
def case_new_tuple_index():
    param = request.cookies.get("q", "")
    digest = hashlib.new(NAMES[0], param.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(digest))
