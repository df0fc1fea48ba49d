# py-jwt-no-verify: an unverified peek at a token's issuer is fine when the same token is verified before use
import jwt
from flask import Flask, request

app = Flask(__name__)
ISSUER_KEYS = {"a": "k1", "b": "k2"}


@app.route("/peek")
def peek_then_verify():
    token = request.headers["Authorization"]
    unverified = jwt.decode(token, options={"verify_signature": False})  # safe: PY-JWT-NO-VERIFY (verified below)
    claims = jwt.decode(token, ISSUER_KEYS[unverified["iss"]], algorithms=["HS256"])
    return {"sub": claims["sub"]}


@app.route("/trusted")
def peek_only():
    token = request.headers["Authorization"]
    claims = jwt.decode(token, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    return {"sub": claims["sub"]}


@app.route("/other")
def verifies_another_token():
    token = request.headers["Authorization"]
    refresh = request.cookies["refresh"]
    claims = jwt.decode(token, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    jwt.decode(refresh, "k1", algorithms=["HS256"])
    return {"sub": claims["sub"]}
