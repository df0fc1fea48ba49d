# NoSQLi FALSE: field name checked against an allow-list, value cast to str
from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
books = MongoClient()["library"]["books"]
SEARCHABLE = ("title", "author", "isbn")


@app.route("/books/search")
def search_books():
    field = request.args.get("field", "title")
    value = request.args.get("value", "")
    if field not in SEARCHABLE:
        abort(400)
    cursor = books.find({field: str(value)})
    return jsonify([b["title"] for b in cursor])
