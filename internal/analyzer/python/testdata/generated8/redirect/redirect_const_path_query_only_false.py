# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=const_path_query_only expected=false
from urllib.parse import quote
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/redirect_const_path_query_only", methods=["GET", "POST"])
def case_const_path_query_only():
    param = request.cookies.get("q", "")
    return redirect("/search?q=" + quote(param))
