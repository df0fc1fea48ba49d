# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=cookie shape=asyncio_run_helper sink=v0 expected=true
import asyncio

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


@app.route("/00103", methods=["GET", "POST"])
def benchmark_test_00103():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = asyncio.run(echo_async(param))
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
