# py-nosqli: a filter key from input may be an operator ($where, $ne), though a string value cannot
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]
FIELDS = ("name", "email")


@app.route("/by-key")
def key_from_input():
    field = request.args["field"]
    return {"n": len(list(users.find({field: "1"})))}  # want: PY-NOSQLI


@app.route("/by-value")
def value_from_input():
    return {"n": len(list(users.find({"name": request.args["name"]})))}  # safe: PY-NOSQLI (a string)


@app.route("/allowed-key")
def allowed_key():
    field = request.args["field"]
    if field not in FIELDS:
        return {"n": 0}
    return {"n": len(list(users.find({field: request.args["v"]})))}  # safe: PY-NOSQLI
