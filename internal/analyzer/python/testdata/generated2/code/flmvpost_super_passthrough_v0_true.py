# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvpost propagation=super_passthrough sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value.strip()


class Child(Base):
    def clean(self, value):
        return super().clean(value)


class HandleCodeView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = Child().clean(param)
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
