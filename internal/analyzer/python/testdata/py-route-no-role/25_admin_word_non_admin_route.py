# AC-2 FALSE: "admin" only appears in a route that shows the public contact of the shop admin; real admin routes are checked
from functools import wraps

from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from models import User

app = Flask(__name__)


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_authenticated or current_user.role != "admin":
            abort(403)  # want: PY-LOG-NO-SECURITY-EVENT
        return view(*args, **kwargs)
    return wrapper


@app.route("/admin/users")
@admin_required
def admin_users():
    return jsonify([u.username for u in User.query.all()])


@app.route("/contact/admin-email")
@login_required
def contact_admin_email():
    return jsonify(email="shop-admin@example.com")
