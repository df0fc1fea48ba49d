# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=staticmethod_int sink=v0 expected=false
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class Util:
    @staticmethod
    def clean(value):
        return str(int(value))


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = Util.clean(param)
        return redirect(bar)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
