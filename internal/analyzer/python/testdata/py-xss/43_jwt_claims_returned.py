# XSS FALSE: a Flask view returning the decoded JWT claims returns a dict,
# which Flask answers as JSON; the parsed query string likewise
from urllib.parse import parse_qs

import jwt
from flask import Flask, request

app = Flask(__name__)
KEY = "k"


@app.route("/whoami")
def whoami():
    token = request.headers.get("Authorization", "")[7:]
    claims = jwt.decode(token, KEY, algorithms=["HS256"])
    return claims


@app.route("/query")
def query():
    return parse_qs(request.query_string.decode())
