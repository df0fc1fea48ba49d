# JWT no verify FALSE: HS256 with key and algorithms list
import os

import jwt
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
JWT_SECRET = os.environ["JWT_SECRET"]


@app.route("/api/me")
def me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        abort(401)
    return jsonify(user=claims["sub"])
