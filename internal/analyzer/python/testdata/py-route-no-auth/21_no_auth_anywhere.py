# AC-1 FALSE: no route in the app has any auth check, so there is nothing to compare against
from flask import Flask, jsonify, request

from models import Bookmark, db

app = Flask(__name__)


@app.route("/bookmarks")
def bookmarks():
    return jsonify([b.to_dict() for b in Bookmark.query.all()])


@app.route("/bookmarks", methods=["POST"])
def add_bookmark():
    db.session.add(Bookmark(url=str(request.get_json()["url"])))
    db.session.commit()
    return jsonify(ok=True), 201


@app.route("/bookmarks/<int:bid>", methods=["DELETE"])
def delete_bookmark(bid):
    Bookmark.query.filter_by(id=bid).delete()
    db.session.commit()
    return jsonify(ok=True)
