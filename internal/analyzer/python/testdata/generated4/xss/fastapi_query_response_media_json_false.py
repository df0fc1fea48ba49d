# generated case (gen_cases4): category=xss rule=PY-XSS fw=fastapi source=query shape=response_media_json sink=specific expected=false
import json

from fastapi import FastAPI, Request, Response

app = FastAPI()


@app.get("/00428")
def benchmark_test_00428(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    return Response(content=json.dumps({"name": bar}), media_type="application/json")
