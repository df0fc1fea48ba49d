# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=flask shape=new_uppercase_md5 expected=true
import hashlib
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakhash_new_uppercase_md5", methods=["GET", "POST"])
def case_new_uppercase_md5():
    param = request.form.get("q", "")
    digest = hashlib.new("MD5", param.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(digest))
