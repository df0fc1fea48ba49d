# AC-2: Flask-Security @roles_required("admin") on admin pages; the settings export forgot it
from flask import Flask, jsonify
from flask_security import auth_required, roles_required

from models import Setting

app = Flask(__name__)


@app.route("/admin/settings")
@auth_required()
@roles_required("admin")
def admin_settings():
    return jsonify({s.key: s.value for s in Setting.query.all()})


@app.route("/admin/settings", methods=["PUT"])
@auth_required()
@roles_required("admin")
def update_settings():
    return jsonify(ok=True)


@app.route("/admin/settings/export")
@auth_required()
def export_settings():  # want: PY-ROUTE-NO-ROLE
    return jsonify([{"key": s.key, "value": s.value} for s in Setting.query.all()])
