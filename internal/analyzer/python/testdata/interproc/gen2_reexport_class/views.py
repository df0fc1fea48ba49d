# gen2_reexport_class: views construct the re-exported class
from flask import Flask, jsonify, request

from gen2_reexport_class import Repository

app = Flask(__name__)


@app.route("/items/search")
def search():
    return jsonify(Repository().search(request.args.get("q", "")))


@app.route("/items/<item_id>")
def item(item_id):
    return jsonify(Repository().by_id(item_id))
