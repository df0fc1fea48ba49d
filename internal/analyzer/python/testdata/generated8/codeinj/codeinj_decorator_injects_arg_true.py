# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=decorator_injects_arg expected=true
import functools

from flask import Flask, jsonify, request

app = Flask(__name__)


def with_expression(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(request.args.get("expr", "0"), *args, **kwargs)
    return wrapper


@app.route("/codeinj_decorator_injects_arg")
@with_expression
def case_decorator_injects_arg(expr):
    result = eval(expr)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
