# Flask class-based MethodView registered with add_url_rule on a blueprint; request data into sinks
import subprocess

from flask import Blueprint, jsonify, redirect, request
from flask.views import MethodView

bp = Blueprint("tools", __name__)


class ArchiveView(MethodView):
    def get(self, name):
        out = subprocess.check_output("tar tzf /srv/archives/" + name, shell=True)  # want: PY-CMDI
        return jsonify(files=out.decode().splitlines())

    def post(self, name):
        return redirect(request.form.get("back", "/"))  # want: PY-OPEN-REDIRECT


bp.add_url_rule("/archives/<name>", view_func=ArchiveView.as_view("archive"))
