"""Application factory."""
import os

from flask import Flask, jsonify

from .api import bp as api_bp
from .auth import bp as auth_bp


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
    app.config["SESSION_COOKIE_SECURE"] = True
    app.register_blueprint(auth_bp)
    app.register_blueprint(api_bp)

    @app.errorhandler(500)
    def internal(err):
        return jsonify(error="internal server error"), 500

    return app
