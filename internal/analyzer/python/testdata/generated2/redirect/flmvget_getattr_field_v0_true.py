# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=getattr_field sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class Box:
    pass


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        box = Box()
        box.field = param
        box.other = "safe"
        bar = getattr(box, "field")
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
