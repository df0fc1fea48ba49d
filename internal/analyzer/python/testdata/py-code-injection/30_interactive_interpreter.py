# py-code-injection: the code module's interpreters run the source they are given
import code

from flask import Flask, request

app = Flask(__name__)


@app.route("/run")
def run_source():
    return str(code.InteractiveInterpreter().runsource(request.args["src"]))  # want: PY-CODE-INJECTION


@app.route("/console")
def console_push():
    console = code.InteractiveConsole()
    return str(console.push(request.args["line"]))  # want: PY-CODE-INJECTION


@app.route("/fixed")
def fixed_source():
    return str(code.InteractiveInterpreter().runsource("1 + 1"))  # safe: PY-CODE-INJECTION
