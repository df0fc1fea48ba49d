# AC-2: sibling admin views check `user.role != "admin"` inline; delete_user checks login only
import os

from flask import Flask, abort, jsonify, session

from models import User, db

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def current():
    if "user_id" not in session:
        abort(401)
    return User.query.get(session["user_id"])


@app.route("/admin/users")
def list_users():
    user = current()
    if user.role != "admin":
        abort(403)
    return jsonify([u.username for u in User.query.all()])


@app.route("/admin/users/<int:uid>/promote", methods=["POST"])
def promote_user(uid):
    user = current()
    if user.role != "admin":
        abort(403)
    User.query.get_or_404(uid).role = "admin"
    db.session.commit()
    return jsonify(ok=True)


@app.route("/admin/users/<int:uid>", methods=["DELETE"])
def delete_user(uid):  # want: PY-ROUTE-NO-ROLE
    current()
    db.session.delete(User.query.get_or_404(uid))
    db.session.commit()
    return jsonify(ok=True)
