# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flmvsuper propagation=int sink=v1 expected=false
import logging

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
BASE_DIR = "/srv/app/files"
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(int(param))
        with open(BASE_DIR + "/" + bar, "rb") as fh:
            result = len(fh.read())
        return jsonify(result=result)


class HandlePathView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()


app.add_url_rule("/path", view_func=HandlePathView.as_view("path"))
