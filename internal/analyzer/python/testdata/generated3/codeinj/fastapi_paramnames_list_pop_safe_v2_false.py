# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=paramnames propagation=list_pop_safe sink=v2 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00136")
def benchmark_test_00136(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}
