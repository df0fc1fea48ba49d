# AC-2 FALSE: every admin route carries @admin_required; /profile is a normal user route with @login_required
from functools import wraps

from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from models import User

app = Flask(__name__)


def admin_required(view):
    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if current_user.role != "admin":
            abort(403)  # want: PY-LOG-NO-SECURITY-EVENT
        return view(*args, **kwargs)
    return wrapper


@app.route("/admin/users")
@admin_required
def admin_users():
    return jsonify([u.username for u in User.query.all()])


@app.route("/admin/users/<int:uid>", methods=["DELETE"])
@admin_required
def delete_user(uid):
    User.query.filter_by(id=uid).delete()
    return jsonify(ok=True)


@app.route("/profile")
@login_required
def profile():
    return jsonify(current_user.to_dict())
