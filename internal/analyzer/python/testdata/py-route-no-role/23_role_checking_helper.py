# AC-2 FALSE: every admin view calls a require_role("admin") helper that aborts with 403
from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from models import Report

app = Flask(__name__)


def require_role(role):
    if current_user.role != role:
        abort(403)


@app.route("/admin/reports")
@login_required
def admin_reports():
    require_role("admin")
    return jsonify([r.title for r in Report.query.all()])


@app.route("/admin/reports/<int:rid>", methods=["DELETE"])
@login_required
def admin_delete_report(rid):
    require_role("admin")
    Report.query.filter_by(id=rid).delete()
    return jsonify(ok=True)
