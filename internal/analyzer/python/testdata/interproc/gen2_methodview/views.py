# gen2_methodview: MethodView classes using a shared base with a helper
from flask import jsonify, request
from flask.views import MethodView

from .actions import go, go_home, remove


class BaseView(MethodView):
    def arg(self, name):
        return request.args.get(name, "")


class FileView(BaseView):
    def delete(self):
        remove(self.arg("name"))
        return jsonify(ok=True)


class NextView(BaseView):
    def get(self):
        return go(self.arg("next"))


class HomeView(BaseView):
    def get(self):
        return go_home(self.arg("next"))
