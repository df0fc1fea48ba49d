# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flmvinherit propagation=int sink=v0 expected=false
import os

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(int(param))
        with open(os.path.join(BASE_DIR, bar)) as fh:
            result = len(fh.read())
        return jsonify(result=result)


class HandlePathView(BaseLookupView):
    init_every_request = False


app.add_url_rule("/path", view_func=HandlePathView.as_view("path"))
