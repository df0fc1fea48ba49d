# NoSQLi FALSE: filter built only from constants; request data used just for pagination after int()
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
posts = MongoClient()["blog"]["posts"]


@app.route("/posts")
def published_posts():
    page = int(request.args.get("page", 1))
    cursor = posts.find({"published": True}).skip((page - 1) * 10).limit(10)
    return jsonify([p["title"] for p in cursor])
