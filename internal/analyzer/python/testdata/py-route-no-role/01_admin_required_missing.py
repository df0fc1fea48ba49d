# AC-2: admin routes use @admin_required; the admin user list only has @login_required
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


@app.route("/admin/stats")
@admin_required
def admin_stats():
    return jsonify(users=User.query.count())


@app.route("/admin/users")
@login_required
def admin_users():  # want: PY-ROUTE-NO-ROLE
    return jsonify([u.to_dict() for u in User.query.all()])


@app.route("/admin/users/<int:uid>/lock", methods=["POST"])
@admin_required
def lock_user(uid):
    User.query.get_or_404(uid).lock()
    return jsonify(ok=True)
