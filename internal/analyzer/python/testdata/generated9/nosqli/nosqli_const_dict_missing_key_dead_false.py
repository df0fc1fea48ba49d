# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=flask shape=const_dict_missing_key_dead expected=false
from pymongo import MongoClient
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

db = MongoClient("mongodb://localhost:27017")["shop"]
MODES = {"fast": "a"}


@app.route("/nosqli_const_dict_missing_key_dead", methods=["GET", "POST"])
def case_const_dict_missing_key_dead():
    param = request.cookies.get("q", "")
    docs = []
    if MODES.get("legacy"):
        docs = list(db.users.find({"$where": "this.name == '" + param + "'"}))
    return jsonify(result=str(len(docs)))
