# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=flask shape=function_operator_body expected=true
from pymongo import MongoClient
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/nosqli_function_operator_body", methods=["GET", "POST"])
def case_function_operator_body():
    param = request.form.get("q", "")
    docs = list(db.users.aggregate([{"$match": {"$expr": {"$function": {"body": param, "args": [], "lang": "js"}}}}]))  # want: PY-NOSQLI
    return jsonify(result=str(len(docs)))
