# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=flask shape=pycryptodome_md5 expected=true
from Crypto.Hash import MD5
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakhash_pycryptodome_md5", methods=["GET", "POST"])
def case_pycryptodome_md5():
    param = request.cookies.get("q", "")
    digest = MD5.new(param.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(digest))
