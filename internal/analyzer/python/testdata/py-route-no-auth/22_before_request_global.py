# AC-1 FALSE: a before_request hook enforces login for every route except the public allow-list
import os

from flask import Flask, abort, jsonify, request, session

from models import Document

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
PUBLIC_ENDPOINTS = {"login", "healthz", "static"}


@app.before_request
def require_login():
    if request.endpoint not in PUBLIC_ENDPOINTS and "user_id" not in session:
        abort(401)  # want: PY-LOG-NO-SECURITY-EVENT


@app.route("/login", methods=["POST"])
def login():
    return jsonify(ok=True)


@app.route("/healthz")
def healthz():
    return jsonify(status="ok")


@app.route("/documents")
def documents():
    return jsonify([d.title for d in Document.query.filter_by(owner_id=session["user_id"])])


@app.route("/documents/<int:doc_id>", methods=["DELETE"])
def delete_document(doc_id):
    Document.query.filter_by(id=doc_id, owner_id=session["user_id"]).delete()
    return jsonify(ok=True)
