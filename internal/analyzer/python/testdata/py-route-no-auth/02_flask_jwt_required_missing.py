# AC-1: API uses @jwt_required() everywhere except the profile update endpoint
from flask import Flask, jsonify, request
from flask_jwt_extended import get_jwt_identity, jwt_required

from models import Profile, db

app = Flask(__name__)


@app.route("/api/health")
def health():
    return jsonify(status="ok")


@app.route("/api/profile")
@jwt_required()
def get_profile():
    return jsonify(Profile.query.get_or_404(get_jwt_identity()).to_dict())


@app.route("/api/profile/<int:user_id>", methods=["PUT"])
def update_profile(user_id):  # want: PY-ROUTE-NO-AUTH
    p = Profile.query.get_or_404(user_id)
    p.display_name = str(request.get_json().get("display_name", p.display_name))
    db.session.commit()
    return jsonify(p.to_dict())


@app.route("/api/profile/avatar", methods=["DELETE"])
@jwt_required()
def delete_avatar():
    p = Profile.query.get_or_404(get_jwt_identity())
    p.avatar = None
    db.session.commit()
    return jsonify(ok=True)
