# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=queryparams shape=ast_parse_names sink=specific expected=false
import ast

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00348")
def benchmark_test_00348(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    tree = ast.parse(bar, mode="eval")
    result = sorted(n.id for n in ast.walk(tree) if isinstance(n, ast.Name))
    return {"result": str(result)}
