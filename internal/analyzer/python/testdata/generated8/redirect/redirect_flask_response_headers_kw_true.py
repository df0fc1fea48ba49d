# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=flask_response_headers_kw expected=true
from flask import Response
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/redirect_flask_response_headers_kw", methods=["GET", "POST"])
def case_flask_response_headers_kw():
    param = request.form.get("q", "")
    return Response("moved", status=302, headers={"Location": param})  # want: PY-OPEN-REDIRECT
