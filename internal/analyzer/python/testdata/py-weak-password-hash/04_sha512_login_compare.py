# Weak password hash: login compares sha512(pwd) with the stored value
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)
STORED: dict = {}  # username -> hex digest, loaded at startup


@app.route("/login", methods=["POST"])
def login():  # want: PY-NO-MFA
    pwd = request.form["pwd"]
    ok = STORED.get(request.form["user"]) == hashlib.sha512(pwd.encode()).hexdigest()  # want: PY-WEAK-PASSWORD-HASH
    return jsonify(ok=ok)
