# Trust boundary FALSE: the session gets the id of the user loaded from the DB after a password check
import os

from flask import Flask, abort, jsonify, request, session
from werkzeug.security import check_password_hash

from models import User

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/login", methods=["POST"])
def login():  # want: PY-NO-MFA
    user = User.query.filter_by(username=request.form["username"]).first()
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        abort(401)  # want: PY-LOG-NO-SECURITY-EVENT
    session["user_id"] = user.id
    return jsonify(ok=True)
