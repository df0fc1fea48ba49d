# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=pathparam propagation=split_first (helper class) sink=v2 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.get("/00145/{test_id}")
def benchmark_test_00145(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
