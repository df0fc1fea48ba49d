# XSS: a claim of a JWT taken from the request (here not even verified)
# written into an HTML page; the claims dict holds input
import jwt
from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    claims = jwt.decode(request.cookies.get("token", ""), options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    return "<h1>Hello " + claims["name"] + "</h1>"  # want: PY-XSS
