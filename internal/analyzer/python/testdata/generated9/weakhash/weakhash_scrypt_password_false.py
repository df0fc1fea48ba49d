# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=flask shape=scrypt_password expected=false
import hashlib
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakhash_scrypt_password", methods=["GET", "POST"])
def case_scrypt_password():
    param = request.form.get("q", "")
    derived = hashlib.scrypt(param.encode("utf-8"), salt=b"per-user-salt", n=2 ** 14, r=8, p=1).hex()
    return jsonify(result=str(derived))
