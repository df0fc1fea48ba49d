# gen2_reexport: views import the re-exported names from the package
from flask import Flask, jsonify, request

from gen2_reexport import Repository, repo

app = Flask(__name__)


@app.route("/items/search")
def search():
    return jsonify(repo.search(request.args.get("q", "")))


@app.route("/items/<item_id>")
def item(item_id):
    return jsonify(Repository().by_id(item_id))
