# AC-1: @login_required placed ABOVE @app.route registers the undecorated function, so /notes/export is unprotected
from flask import Flask, jsonify
from flask_login import current_user, login_required

from models import Note

app = Flask(__name__)


@app.route("/notes")
@login_required
def notes():
    return jsonify([n.text for n in Note.query.filter_by(user_id=current_user.id)])


@app.route("/notes/<int:nid>")
@login_required
def note(nid):
    return jsonify(Note.query.filter_by(id=nid, user_id=current_user.id).first_or_404().text)


@login_required
@app.route("/notes/export")
def export_notes():  # want: PY-ROUTE-NO-AUTH
    return jsonify([n.text for n in Note.query.all()])
