# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=super_int sink=v0 expected=false
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class Base:
    def clean(self, value):
        return str(int(value))


class Child(Base):
    def clean(self, value):
        return super().clean(value)


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = Child().clean(param)
        return redirect(bar)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
