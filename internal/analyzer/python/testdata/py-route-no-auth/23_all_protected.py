# AC-1 FALSE: every data route carries @login_required
from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from models import Note, db

app = Flask(__name__)


@app.route("/notes")
@login_required
def notes():
    return jsonify([n.text for n in Note.query.filter_by(user_id=current_user.id)])


@app.route("/notes", methods=["POST"])
@login_required
def add_note():
    db.session.add(Note(user_id=current_user.id, text=str(request.get_json()["text"])))
    db.session.commit()
    return jsonify(ok=True), 201
