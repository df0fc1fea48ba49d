# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=flask shape=eq_operator_string expected=false
from pymongo import MongoClient
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/nosqli_eq_operator_string", methods=["GET", "POST"])
def case_eq_operator_string():
    param = request.args.get("q", "")
    doc = db.users.find_one({"name": {"$eq": param}})
    return jsonify(result=str(doc is not None))
