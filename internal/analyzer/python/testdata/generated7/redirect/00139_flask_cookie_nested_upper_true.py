# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=cookie shape=nested_upper sink=v0 expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


def outer_upper(value):
    def inner(v):
        return v.upper()

    return inner(value)


def outer_length(value):
    def inner(v):
        return "len-" + str(len(v))

    return inner(value)


@app.route("/case-00139", methods=["GET", "POST"])
def case_00139():
    param = request.cookies.get("q", "none")
    bar = outer_upper(param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
