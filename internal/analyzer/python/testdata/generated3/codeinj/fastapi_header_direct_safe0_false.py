# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=header propagation=direct sink=safe0 expected=false
import ast

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00165")
def benchmark_test_00165(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    result = ast.literal_eval(bar)
    return {"result": str(result)}
