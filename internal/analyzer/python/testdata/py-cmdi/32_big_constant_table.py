# CMDi, safe: a long table of constants (kept as one clean container, not
# element by element) is an allow-list, and its entries are constants.
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)

TOOLS = [
    "tool-0",
    "tool-1",
    "tool-2",
    "tool-3",
    "tool-4",
    "tool-5",
    "tool-6",
    "tool-7",
    "tool-8",
    "tool-9",
    "tool-10",
    "tool-11",
    "tool-12",
    "tool-13",
    "tool-14",
    "tool-15",
    "tool-16",
    "tool-17",
    "tool-18",
    "tool-19",
    "tool-20",
    "tool-21",
    "tool-22",
    "tool-23",
    "tool-24",
    "tool-25",
    "tool-26",
    "tool-27",
    "tool-28",
    "tool-29",
    "tool-30",
    "tool-31",
    "tool-32",
    "tool-33",
    "tool-34",
    "tool-35",
    "tool-36",
    "tool-37",
    "tool-38",
    "tool-39",
]


@app.route("/tools/run")
def run_tool():
    tool = request.args.get("tool", "")
    if tool not in TOOLS:
        abort(400)
    subprocess.call("run-" + tool, shell=True)
    return "ok"


@app.route("/tools/first")
def first_tool():
    subprocess.call(TOOLS[3] + " --version", shell=True)
    return "ok"
