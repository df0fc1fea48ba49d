# AC-2 FALSE: admin route has @login_required plus an inline role check in its body
from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from models import AuditLog

app = Flask(__name__)


@app.route("/admin/audit")
@login_required
def admin_audit():
    if current_user.role != "admin":
        abort(403)
    return jsonify([e.to_dict() for e in AuditLog.query.limit(100)])


@app.route("/admin/audit/purge", methods=["POST"])
@login_required
def admin_purge_audit():
    if current_user.role != "admin":
        abort(403)
    AuditLog.query.delete()
    return jsonify(ok=True)
